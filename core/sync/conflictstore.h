#pragma once

#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace pass {

class SyncEntityAdapter;

// Stored sync conflicts (sync_conflicts): one row per clashing field, or one row with field
// "*" when an edit met a deletion. Resolving one writes the chosen value locally and, when the
// server must learn about it, an ordinary outbox mutation.
class ConflictStore
{
public:
    static inline const QString kWholeRecord = QStringLiteral("*");

    struct Conflict
    {
        qint64 id = 0;
        QString entity;
        QString recordId;
        QString field;
        QJsonValue base;
        QJsonValue mine;   // Null for "*" rows: I deleted it
        QJsonValue theirs; // Null for "*" rows: the server deleted it
        qint64 serverVersion = 0;
        QString detectedAt;
        QString resolvedAt;
        QString resolution;
    };
    enum class Choice { Mine, Theirs };

    using AdapterLookup = std::function<SyncEntityAdapter *(const QString &entity)>;

    ConflictStore(QSqlDatabase db, AdapterLookup adapters);

    // Inside the caller's transaction; replaces an open conflict on the same field.
    bool record(const QString &entity, const QString &recordId, const QString &field, const QJsonValue &base,
                const QJsonValue &mine, const QJsonValue &theirs, qint64 serverVersion, QString *error);
    // False (and *error) when the store cannot be read: never "no conflicts".
    bool open(QList<Conflict> *conflicts, QString *error) const;
    bool openCount(qint64 *count, QString *error) const;
    // In its own transaction.
    bool resolve(qint64 id, Choice choice, QString *error);

private:
    QSqlDatabase m_db;
    AdapterLookup m_adapters;
};

} // namespace pass
