#pragma once

#include "core/store/outbox.h"
#include "core/sync/rejectionstore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// What the sync has to tell a person, read in one go (passctl status): edits waiting to be sent,
// those of them waiting for a retry after a failure (with the portal's or the network's words),
// edits the portal refused by one of its rules (with its words), open conflicts, the last sync
// and its error. (The status bar reads it through SyncController::status().)
struct SyncReport
{
    qint64 waiting = 0;               // every edit not yet taken by the portal
    QList<OutboxEntry> retrying;      // of those, the ones that failed at least once (up to `limit`)
    qint64 retryingCount = 0;         // how many failed at least once, all of them
    QList<RejectionStore::Rejection> refused;
    qint64 conflicts = 0;
    QString portal;
    QString account;
    QString lastSync;
    QString lastError;
    QString cursor;

    // Lists at most `limit` retrying edits (the counts of waiting and retrying edits are exact). False (and
    // *error) when any part cannot be read: a report of empty queues must mean empty queues.
    static bool read(QSqlDatabase db, SyncReport *report, QString *error, int limit = 100);
};

} // namespace pass
