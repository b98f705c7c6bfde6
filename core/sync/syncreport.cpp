#include "syncreport.h"

#include "core/sync/conflictstore.h"
#include "core/sync/syncstate.h"

using namespace Qt::StringLiterals;

namespace pass {

bool SyncReport::read(QSqlDatabase db, SyncReport *report, QString *error, int limit)
{
    SyncReport &s = *report;
    const Outbox outbox(db);
    if (!outbox.count(&s.waiting, error) || !outbox.retrying(limit, &s.retrying, error)
        || !outbox.retryingCount(&s.retryingCount, error)
        || !RejectionStore(db).list(&s.refused, error)
        || !ConflictStore(db, [](const QString &) { return nullptr; }).openCount(&s.conflicts, error))
        return false;
    const SyncState state(db);
    const std::pair<QString *, QString> values[] = {
        {&s.portal, u"portal_url"_s},
        {&s.account, u"account"_s},
        {&s.lastSync, QString::fromUtf16(SyncState::kLastSync)},
        {&s.lastError, QString::fromUtf16(SyncState::kLastError)},
        {&s.cursor, QString::fromUtf16(SyncState::kCursor)},
    };
    for (const auto &[field, key] : values) {
        const std::optional<QString> value = state.value(key, error);
        if (!value)
            return false;
        *field = *value;
    }
    return true;
}

} // namespace pass
