#pragma once

#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pass {

class CaseBulkLoader;
class SyncEntityAdapter;
class SyncLog;

// Applies one page of the change feed and its cursor in one transaction. Statements are
// prepared once per writer, through the SQLite API directly (Qt's binding layer cost more than
// the writes). Records new to this store — the whole of an initial sync — take a fast path:
// case files through CaseBulkLoader, support requests, visits and messages through plain
// inserts; everything else goes through the entity adapters. Records with unsent edits or an
// open conflict are merged field by field, never overwritten.
class PageWriter
{
public:
    using AdapterLookup = std::function<SyncEntityAdapter *(const QString &entity)>;
    PageWriter(QSqlDatabase db, SyncLog *log, AdapterLookup adapters);
    ~PageWriter();
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    bool apply(const QJsonArray &changes, const QString &nextCursor, QString *error);

private:
    struct Statement;
    bool applyChange(const QJsonObject &change, QString *error);
    bool loadProtected(QString *error);
    bool isProtected(const QString &entity, const QString &id) const;
    qint64 baseVersion(const QString &entity, const QString &id, bool *found);
    bool existsLocally(const QString &entity, const QString &id);
    bool insertFresh(const QString &entity, const QString &id, qint64 version, const QJsonObject &data,
                     bool *stored, QString *error);
    bool setBase(const QString &entity, const QString &id, qint64 version, const QJsonObject &data, QString *error);
    bool removeBase(const QString &entity, const QString &id, QString *error);

    QSqlDatabase m_db;
    SyncLog *m_log;
    AdapterLookup m_adapters;
    sqlite3 *m_handle = nullptr;
    std::unique_ptr<CaseBulkLoader> m_bulk;
    QSet<QString> m_protected; // entity + '/' + id of records with unsent edits or open conflicts
    std::unique_ptr<Statement> m_baseVersion, m_setBase, m_removeBase, m_caseExists, m_requestExists,
        m_visitExists, m_messageExists, m_insertRequest, m_insertVisit, m_insertMessage;
    QString m_now;
    qint64 m_previousAutocheckpoint = 1000;
};

} // namespace pass
