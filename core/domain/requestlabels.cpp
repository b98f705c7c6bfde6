#include "requestlabels.h"

#include <QCoreApplication>

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
