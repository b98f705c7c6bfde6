#include "requesttimeline.h"

#include "core/domain/requestlabels.h"
#include "core/store/requeststore.h"
#include "core/store/sql.h"

#include <QSet>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {

bool requestTimeline(QSqlDatabase db, const QString &requestId, QList<TimelineEntry> *result, QString *error)
{
    RequestStore store(db);
    result->clear();
    std::optional<SupportRequest> request;
    if (!store.findRequest(requestId, &request, error))
        return false;
    if (!request)
        return true;
    QList<TimelineEntry> entries;
    for (const StatusChange &c : request->statusHistory)
        entries.append({TimelineEntry::Kind::Status, c.at, c.by, toWireName(c.status), c.reason, false});
    // A status change made here and still in the outbox: the audit trail knows who and when.
    QSqlQuery pending(db);
    if (!sql::exec(pending, u"SELECT a.at, a.actor, a.new_value FROM audit_log a WHERE a.entity = 'support_request' "
                    "AND a.record_id = ? AND a.field = 'status' AND a.origin <> 'sync' "
                    "AND EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'support_request' AND o.record_id = a.record_id) "
                    "ORDER BY a.id DESC LIMIT 1"_s, {requestId}, error))
        return false;
    if (pending.next()) {
        QString status = pending.value(2).toString();
        status.remove(u'"');
        if (request->statusHistory.isEmpty() || toWireName(request->statusHistory.last().status) != status
            || request->version == 0)
            entries.append({TimelineEntry::Kind::Status, pending.value(0).toString(), pending.value(1).toString(),
                            status, request->statusReason, true});
    } else if (!sql::finished(pending, error)) {
        return false;
    }
    // Messages and visits written here wait in the outbox until the portal has them.
    QSet<QString> unsent;
    QSqlQuery outbox(db);
    if (!sql::forEachRow(outbox, u"SELECT record_id FROM outbox WHERE entity IN ('request_message', 'visit')"_s, {},
                         error, [&](const QSqlQuery &q) { unsent.insert(q.value(0).toString()); }))
        return false;
    QList<RequestMessage> messages;
    QList<Visit> visits;
    if (!store.messages(requestId, &messages, error) || !store.visits(requestId, &visits, error))
        return false;
    for (const RequestMessage &m : std::as_const(messages))
        entries.append({TimelineEntry::Kind::Message, m.createdAt, m.author, m.body, {}, unsent.contains(m.id)});
    for (const Visit &v : std::as_const(visits)) {
        entries.append({TimelineEntry::Kind::Visit, v.date.toString(Qt::ISODate), v.expert, v.activities,
                        u"%1 h · %2"_s.arg(QLocale().toString(v.hours, 'f', 1), visitConfirmationLabel(v.confirmation)),
                        unsent.contains(v.id)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    *result = std::move(entries);
    return true;
}

} // namespace pass
