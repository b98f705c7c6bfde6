#include "syncstatus.h"

#include "core/sync/conflictstore.h"
#include "core/sync/syncstate.h"

using namespace Qt::StringLiterals;

namespace pass {

SyncStatus SyncStatus::read(QSqlDatabase db, int limit)
{
    SyncStatus s;
    const Outbox outbox(db);
    s.waiting = outbox.count();
    s.retrying = outbox.retrying(limit);
    s.refused = RejectionStore(db).list();
    s.conflicts = ConflictStore(db, [](const QString &) { return nullptr; }).openCount();
    const SyncState state(db);
    s.portal = state.value(u"portal_url"_s);
    s.account = state.value(u"account"_s);
    s.lastSync = state.value(QString::fromUtf16(SyncState::kLastSync));
    s.lastError = state.value(QString::fromUtf16(SyncState::kLastError));
    s.cursor = state.value(QString::fromUtf16(SyncState::kCursor));
    return s;
}

} // namespace pass
