#pragma once

#include "core/store/auditlog.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace pass {

// Records an edit of any synced entity, inside the caller's transaction: the audit rows for the
// changed fields and, when the edit must reach the portal, its outbox row. For an update only
// the changed fields go to the outbox, with the version the edit was based on. The first such
// edit of a synced record also keeps its pre-edit state as the merge base (sync_base).
bool journalEdit(QSqlDatabase &db, const EditContext &ctx, const QString &entity,
                 const QString &recordId, const QString &action, const QJsonObject &before,
                 const QJsonObject &after, qint64 baseVersion, QString *error);

// Sets *unsynced when the record has unsent edits (outbox rows) or an open sync conflict: its
// local row is not simply the server's state at its version. Returns false with *error when
// the store cannot be read: never take a record for settled (and delete it) on a failed read.
bool hasUnsyncedWork(QSqlDatabase &db, const QString &entity, const QString &recordId, bool *unsynced,
                     QString *error);

// Before the first local edit of a synced record (baseVersion > 0, nothing unsent, no open
// conflict) keeps its state as the merge base of later pulls (sync_base); otherwise does nothing.
// For writers that add outbox rows without journalEdit (bulk import).
bool captureSyncBase(QSqlDatabase &db, const QString &entity, const QString &recordId, const QJsonObject &before,
                     qint64 baseVersion, QString *error);

// Names of the fields whose values differ between two wire objects.
QStringList changedJsonFields(const QJsonObject &before, const QJsonObject &after);

} // namespace pass
