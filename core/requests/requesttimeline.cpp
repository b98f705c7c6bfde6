#include "requesttimeline.h"

#include "core/domain/requestlabels.h"
#include "core/store/requeststore.h"

#include <QSet>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {

QList<TimelineEntry> requestTimeline(QSqlDatabase db, const QString &requestId)
{
    RequestStore store(db);
    QList<TimelineEntry> entries;
    const auto request = store.findRequest(requestId);
    if (!request)
        return entries;
    for (const StatusChange &c : request->statusHistory)
        entries.append({TimelineEntry::Kind::Status, c.at, c.by, toWireName(c.status), c.reason, false});
    // A status change made here and still in the outbox: the audit trail knows who and when.
    QSqlQuery pending(db);
    pending.prepare(u"SELECT a.at, a.actor, a.new_value FROM audit_log a WHERE a.entity = 'support_request' "
                    "AND a.record_id = ? AND a.field = 'status' AND a.origin <> 'sync' "
                    "AND EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'support_request' AND o.record_id = a.record_id) "
                    "ORDER BY a.id DESC LIMIT 1"_s);
    pending.addBindValue(requestId);
    if (pending.exec() && pending.next()) {
        QString status = pending.value(2).toString();
        status.remove(u'"');
        if (request->statusHistory.isEmpty() || toWireName(request->statusHistory.last().status) != status
            || request->version == 0)
            entries.append({TimelineEntry::Kind::Status, pending.value(0).toString(), pending.value(1).toString(),
                            status, request->statusReason, true});
    }
    // Messages and visits written here wait in the outbox until the portal has them.
    QSet<QString> unsent;
    QSqlQuery outbox(db);
    outbox.prepare(u"SELECT record_id FROM outbox WHERE entity IN ('request_message', 'visit')"_s);
    if (outbox.exec()) {
        while (outbox.next())
            unsent.insert(outbox.value(0).toString());
    }
    for (const RequestMessage &m : store.messages(requestId))
        entries.append({TimelineEntry::Kind::Message, m.createdAt, m.author, m.body, {}, unsent.contains(m.id)});
    for (const Visit &v : store.visits(requestId)) {
        entries.append({TimelineEntry::Kind::Visit, v.date.toString(Qt::ISODate), v.expert, v.activities,
                        u"%1 h · %2"_s.arg(QLocale().toString(v.hours, 'f', 1), visitConfirmationLabel(v.confirmation)),
                        unsent.contains(v.id)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    return entries;
}

} // namespace pass
