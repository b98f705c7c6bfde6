#include "editjournal.h"

#include "core/store/outbox.h"
#include "core/store/requestcodec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {

bool hasUnsyncedWork(QSqlDatabase &db, const QString &entity, const QString &recordId, bool *unsynced,
                     QString *error)
{
    if (!Outbox(db).hasPendingFor(entity, recordId, unsynced, error))
        return false;
    if (*unsynced)
        return true;
    QSqlQuery q(db);
    const bool prepared = q.prepare(
        u"SELECT 1 FROM sync_conflicts WHERE resolved_at IS NULL AND entity = ? AND record_id = ? LIMIT 1"_s);
    q.addBindValue(entity);
    q.addBindValue(recordId);
    if (!prepared || !q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    *unsynced = q.next();
    return true;
}

// The merge base is captured lazily: a pulled record carries only its version, and the server's
// state it stands for is kept (sync_base) when the record is first edited locally — the row as
// it was before the edit. A record with unsent edits or an open conflict keeps the base it has:
// its row already holds local changes the server has not seen. A record the server does not know
// yet (version 0) needs none.
bool captureSyncBase(QSqlDatabase &db, const QString &entity, const QString &recordId, const QJsonObject &before,
                     qint64 baseVersion, QString *error)
{
    if (baseVersion <= 0)
        return true;
    bool unsynced = false;
    if (!hasUnsyncedWork(db, entity, recordId, &unsynced, error))
        return false;
    if (unsynced)
        return true;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO sync_base (entity, record_id, version, data) VALUES (?, ?, ?, ?) "
              "ON CONFLICT(entity, record_id) DO UPDATE SET version = excluded.version, data = excluded.data"_s);
    q.addBindValue(entity);
    q.addBindValue(recordId);
    q.addBindValue(baseVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}


QStringList changedJsonFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.value() != before.value(it.key()))
            changed << it.key();
    }
    return changed;
}

bool journalEdit(QSqlDatabase &db, const EditContext &ctx, const QString &entity,
                 const QString &recordId, const QString &action, const QJsonObject &before,
                 const QJsonObject &after, qint64 baseVersion, QString *error)
{
    const QStringList changed = action == u"delete" ? QStringList() : changedJsonFields(before, after);
    if (action == u"update" && changed.isEmpty())
        return true;
    if (!AuditLog(db).record(ctx, entity, recordId, action, before, after, changed, error))
        return false;
    if (!ctx.goesToOutbox())
        return true;
    if (action != u"create" && !captureSyncBase(db, entity, recordId, before, baseVersion, error))
        return false;
    QJsonObject fields;
    if (action == u"create") {
        fields = after;
    } else if (action == u"update") {
        for (const QString &f : changed)
            fields.insert(f, after.value(f));
    }
    for (const QString &owned : RequestCodec::serverOwnedFields(entity))
        fields.remove(owned);
    if (action == u"update" && fields.isEmpty())
        return true;
    return Outbox(db).enqueue(entity, recordId, action, baseVersion, fields, error);
}

} // namespace pass
