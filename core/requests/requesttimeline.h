#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// One line of a request's timeline: a status change (who, when, why), a message or a visit.
struct TimelineEntry
{
    enum class Kind { Status, Message, Visit };
    Kind kind = Kind::Status;
    QString at;    // RFC 3339 (status, message) or the visit's date
    QString who;
    QString text;  // the status wire name, the message body, the visit's activities
    QString detail; // a reason; a visit's hours and confirmation
    bool pending = false; // made on this PC and not yet acknowledged by the portal
};

// The request's life in time order: the status changes the portal recorded, a local change not
// yet sent (pending), the messages and the visits; none for a request that is not here. False with
// *error when the store cannot be read.
bool requestTimeline(QSqlDatabase db, const QString &requestId, QList<TimelineEntry> *entries, QString *error);

} // namespace pass
