#include "domainlabels.h"

#include <QCoreApplication>

namespace pass {

QString DomainLabels::outcome(std::optional<Outcome> outcome)
{
    if (!outcome)
        return tr("Open");
    switch (*outcome) {
    case Outcome::Express:
        return tr("Express decision");
    case Outcome::Tacit:
        return tr("Tacit approval");
    case Outcome::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString DomainLabels::caseState(std::optional<Outcome> value, bool suspended)
{
    if (!value && suspended)
        return tr("Open, suspended");
    return outcome(value);
}

QString DomainLabels::outcome(const QString &wireName)
{
    if (wireName.isEmpty() || wireName == u"open")
        return outcome(std::optional<Outcome>());
    const std::optional<Outcome> value = outcomeFromWireName(wireName);
    return value ? outcome(value) : wireName;
}

QString DomainLabels::requestStatus(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Draft: return tr("Draft");
    case RequestStatus::Submitted: return tr("Submitted");
    case RequestStatus::Accepted: return tr("Accepted");
    case RequestStatus::Assigned: return tr("Assigned");
    case RequestStatus::InProgress: return tr("In progress");
    case RequestStatus::Completed: return tr("Completed");
    case RequestStatus::Rejected: return tr("Rejected");
    case RequestStatus::Withdrawn: return tr("Withdrawn (request)");
    }
    return {};
}

QString DomainLabels::requestKind(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Technical: return tr("Technical assistance");
    case RequestKind::Legal: return tr("Legal assistance");
    case RequestKind::Coaching: return tr("Specialist coaching");
    case RequestKind::Training: return tr("Training");
    case RequestKind::FocusGroup: return tr("Focus group");
    }
    return {};
}

QString DomainLabels::priority(Priority priority)
{
    switch (priority) {
    case Priority::Low: return tr("Low");
    case Priority::Normal: return tr("Normal");
    case Priority::High: return tr("High");
    case Priority::Urgent: return tr("Urgent");
    }
    return {};
}

QString DomainLabels::visitMode(VisitMode mode)
{
    switch (mode) {
    case VisitMode::OnSite: return tr("On site");
    case VisitMode::Remote: return tr("Remote");
    }
    return {};
}

QString DomainLabels::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DomainLabels::recordKind(const QString &entity)
{
    if (entity == u"case_file")
        return tr("Case file");
    if (entity == u"support_request")
        return tr("Support request");
    if (entity == u"visit")
        return tr("Visit");
    if (entity == u"request_message")
        return tr("Message");
    return entity;
}

} // namespace pass
