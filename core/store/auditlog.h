#pragma once

#include "core/store/sqlitestatement.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// Where an edit comes from; decides whether it goes to the outbox.
enum class EditOrigin { Local, Import, Sync, Demo, Conflict };
QString originName(EditOrigin origin);

// Who makes an edit and why; passed to every write in the store.
struct EditContext
{
    EditOrigin origin = EditOrigin::Local;
    QString actor; // the signed-in account or the OS user

    bool goesToOutbox() const
    {
        return origin == EditOrigin::Local || origin == EditOrigin::Import || origin == EditOrigin::Conflict;
    }
    static EditContext local();
    // What the portal sent, as the sync writes it: no outbox row.
    static EditContext fromPortal();
};

// Appends to the audit trail: one row per changed field, inside the caller's transaction.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db) : m_db(std::move(db)) { }

    // action is create, update or delete; fields lists the changed ones (empty for delete).
    bool record(const EditContext &ctx, const QString &entity, const QString &recordId,
                const QString &action, const QJsonObject &before, const QJsonObject &after,
                const QStringList &fields, QString *error);

    struct Entry
    {
        QString at, actor, origin, action, field, oldValue, newValue;
        // For entries an import run wrote: the run, its file, and (for the case files it
        // created) the line of the file the case came from; 0 and empty otherwise.
        qint64 importRun = 0;
        QString importFile;
        qint64 importLine = 0;
    };
    // Oldest first. For a case file created by an import run, the first entry is the run's:
    // who imported it, when, from which file and line (also as text in new_value). Changes a
    // re-import made name their run and file. False (and *error) when the store cannot be read:
    // never an empty history.
    bool history(const QString &entity, const QString &recordId, QList<Entry> *entries, QString *error) const;

private:
    QSqlDatabase m_db;
};

// The audit trail's one INSERT, prepared once on the connection's SQLite handle and reused: how
// every writer appends audit rows, AuditLog::record() and the bulk importer (a million rows
// cost no more than their inserts). Inside the caller's transaction.
class AuditAppender
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);
    // A null field, oldValue or newValue is stored as NULL.
    bool append(const QString &at, const QString &actor, const QString &origin, const QString &entity,
                const QString &recordId, const QString &action, const QString &field, const QString &oldValue,
                const QString &newValue, QString *error);

private:
    SqliteStatement m_insert;
};

QString utcNow();

} // namespace pass
