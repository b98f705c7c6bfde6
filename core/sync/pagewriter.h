#pragma once

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>

namespace pass {

class SyncEntityAdapter;
class SyncLog;

// Applies one page of the change feed and its cursor in one transaction. Statements are
// prepared once per writer (Qt does not cache them, and preparing cost more than the writes);
// case files new to this store go through DemoCaseWriter, the rest through the entity adapters.
// Records with unsent edits or an open conflict are merged field by field, never overwritten.
class PageWriter
{
public:
    using AdapterLookup = std::function<SyncEntityAdapter *(const QString &entity)>;
    PageWriter(QSqlDatabase db, SyncLog *log, AdapterLookup adapters);
    ~PageWriter();

    bool apply(const QJsonArray &changes, const QString &nextCursor, QString *error);

private:
    bool applyChange(const QJsonObject &change, class DemoCaseWriter *bulk, QString *error);
    qint64 baseVersion(const QString &entity, const QString &id);
    bool isProtected(const QString &entity, const QString &id);
    bool exists(const QString &table, const QString &id);
    bool setBase(const QString &entity, const QString &id, qint64 version, const QJsonObject &data, QString *error);
    bool removeBase(const QString &entity, const QString &id, QString *error);

    QSqlDatabase m_db;
    SyncLog *m_log;
    AdapterLookup m_adapters;
    QSqlQuery m_baseVersion;
    QSqlQuery m_outbox;
    QSqlQuery m_conflict;
    QSqlQuery m_setBase;
    QSqlQuery m_removeBase;
    QSqlQuery m_caseExists;
    QSqlQuery m_caseVersion;
};

} // namespace pass
