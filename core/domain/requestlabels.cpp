#include "requestlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace pass {

QString requestStatusLabel(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Draft: return QCoreApplication::translate("RequestLabels", "draft");
    case RequestStatus::Submitted: return QCoreApplication::translate("RequestLabels", "submitted");
    case RequestStatus::Accepted: return QCoreApplication::translate("RequestLabels", "accepted");
    case RequestStatus::Assigned: return QCoreApplication::translate("RequestLabels", "assigned");
    case RequestStatus::InProgress: return QCoreApplication::translate("RequestLabels", "in progress");
    case RequestStatus::Completed: return QCoreApplication::translate("RequestLabels", "completed");
    case RequestStatus::Rejected: return QCoreApplication::translate("RequestLabels", "rejected");
    case RequestStatus::Withdrawn: return QCoreApplication::translate("RequestLabels", "withdrawn");
    }
    return {};
}

QString requestKindLabel(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Technical: return QCoreApplication::translate("RequestLabels", "technical assistance");
    case RequestKind::Legal: return QCoreApplication::translate("RequestLabels", "legal assistance");
    case RequestKind::Coaching: return QCoreApplication::translate("RequestLabels", "specialist coaching");
    case RequestKind::Training: return QCoreApplication::translate("RequestLabels", "training");
    case RequestKind::FocusGroup: return QCoreApplication::translate("RequestLabels", "focus group");
    }
    return {};
}

QString priorityLabel(Priority priority)
{
    switch (priority) {
    case Priority::Low: return QCoreApplication::translate("RequestLabels", "low");
    case Priority::Normal: return QCoreApplication::translate("RequestLabels", "normal");
    case Priority::High: return QCoreApplication::translate("RequestLabels", "high");
    case Priority::Urgent: return QCoreApplication::translate("RequestLabels", "urgent");
    }
    return {};
}

QString visitModeLabel(VisitMode mode)
{
    return mode == VisitMode::OnSite ? QCoreApplication::translate("RequestLabels", "on site") : QCoreApplication::translate("RequestLabels", "remote");
}

QString visitConfirmationLabel(VisitConfirmation confirmation)
{
    switch (confirmation) {
    case VisitConfirmation::Pending: return QCoreApplication::translate("RequestLabels", "awaiting confirmation");
    case VisitConfirmation::Confirmed: return QCoreApplication::translate("RequestLabels", "confirmed");
    case VisitConfirmation::Disputed: return QCoreApplication::translate("RequestLabels", "disputed");
    }
    return {};
}

} // namespace pass

namespace pass {

QString requestFieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("authority_istat"), QT_TRANSLATE_NOOP("RequestLabels", "authority")},
        {QStringLiteral("task_force_code"), QT_TRANSLATE_NOOP("RequestLabels", "task force")},
        {QStringLiteral("procedure_codes"), QT_TRANSLATE_NOOP("RequestLabels", "procedures")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("RequestLabels", "kind")},
        {QStringLiteral("subject"), QT_TRANSLATE_NOOP("RequestLabels", "subject")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("RequestLabels", "description")},
        {QStringLiteral("priority"), QT_TRANSLATE_NOOP("RequestLabels", "priority")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("RequestLabels", "status")},
        {QStringLiteral("assigned_experts"), QT_TRANSLATE_NOOP("RequestLabels", "assigned experts")},
        {QStringLiteral("status_reason"), QT_TRANSLATE_NOOP("RequestLabels", "reason")},
        {QStringLiteral("closing_summary"), QT_TRANSLATE_NOOP("RequestLabels", "closing summary")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("RequestLabels", "date")},
        {QStringLiteral("hours"), QT_TRANSLATE_NOOP("RequestLabels", "hours")},
        {QStringLiteral("mode"), QT_TRANSLATE_NOOP("RequestLabels", "mode")},
        {QStringLiteral("participants"), QT_TRANSLATE_NOOP("RequestLabels", "participants")},
        {QStringLiteral("activities"), QT_TRANSLATE_NOOP("RequestLabels", "what was done")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("RequestLabels", "outcome")},
        {QStringLiteral("start_time"), QT_TRANSLATE_NOOP("RequestLabels", "start")},
        {QStringLiteral("end_time"), QT_TRANSLATE_NOOP("RequestLabels", "end")},
        {QStringLiteral("follow_up_items"), QT_TRANSLATE_NOOP("RequestLabels", "follow-ups")},
        {QStringLiteral("confirmation"), QT_TRANSLATE_NOOP("RequestLabels", "confirmation")},
        {QStringLiteral("confirmation_note"), QT_TRANSLATE_NOOP("RequestLabels", "confirmation note")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("RequestLabels", "message")},
    };
    const char *label = labels.value(field);
    return label ? QCoreApplication::translate("RequestLabels", label) : field;
}

} // namespace pass
