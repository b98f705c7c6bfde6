#include "enums.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N> &table,
                            QStringView name)
{
    for (const auto &[v, n] : table) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Outcome, QStringView>, 3> kOutcomes{{
    {Outcome::Express, u"express"},
    {Outcome::Tacit, u"tacit"},
    {Outcome::Withdrawn, u"withdrawn"},
}};

constexpr std::array<std::pair<RequestStatus, QStringView>, 8> kStatuses{{
    {RequestStatus::Draft, u"draft"},
    {RequestStatus::Submitted, u"submitted"},
    {RequestStatus::Accepted, u"accepted"},
    {RequestStatus::Assigned, u"assigned"},
    {RequestStatus::InProgress, u"in_progress"},
    {RequestStatus::Completed, u"completed"},
    {RequestStatus::Rejected, u"rejected"},
    {RequestStatus::Withdrawn, u"withdrawn"},
}};

constexpr std::array<std::pair<RequestKind, QStringView>, 5> kKinds{{
    {RequestKind::Technical, u"technical"},
    {RequestKind::Legal, u"legal"},
    {RequestKind::Coaching, u"coaching"},
    {RequestKind::Training, u"training"},
    {RequestKind::FocusGroup, u"focus_group"},
}};

constexpr std::array<std::pair<Priority, QStringView>, 4> kPriorities{{
    {Priority::Low, u"low"},
    {Priority::Normal, u"normal"},
    {Priority::High, u"high"},
    {Priority::Urgent, u"urgent"},
}};

constexpr std::array<std::pair<VisitMode, QStringView>, 2> kModes{{
    {VisitMode::OnSite, u"onsite"},
    {VisitMode::Remote, u"remote"},
}};

constexpr std::array<std::pair<VisitConfirmation, QStringView>, 3> kConfirmations{{
    {VisitConfirmation::Pending, u"pending"},
    {VisitConfirmation::Confirmed, u"confirmed"},
    {VisitConfirmation::Disputed, u"disputed"},
}};

} // namespace

QString toWireName(Outcome value) { return nameOf(kOutcomes, value); }
QString toWireName(RequestStatus value) { return nameOf(kStatuses, value); }
QString toWireName(RequestKind value) { return nameOf(kKinds, value); }
QString toWireName(Priority value) { return nameOf(kPriorities, value); }
QString toWireName(VisitMode value) { return nameOf(kModes, value); }
QString toWireName(VisitConfirmation value) { return nameOf(kConfirmations, value); }

std::optional<Outcome> outcomeFromWireName(QStringView name) { return valueOf(kOutcomes, name); }
std::optional<RequestStatus> requestStatusFromWireName(QStringView name)
{
    return valueOf(kStatuses, name);
}
std::optional<RequestKind> requestKindFromWireName(QStringView name) { return valueOf(kKinds, name); }
std::optional<Priority> priorityFromWireName(QStringView name) { return valueOf(kPriorities, name); }
std::optional<VisitMode> visitModeFromWireName(QStringView name) { return valueOf(kModes, name); }
std::optional<VisitConfirmation> visitConfirmationFromWireName(QStringView name)
{
    return valueOf(kConfirmations, name);
}

bool isAllowedTransition(RequestStatus from, RequestStatus to)
{
    using S = RequestStatus;
    if (from == to)
        return true;
    switch (from) {
    case S::Draft:
        return to == S::Submitted || to == S::Withdrawn;
    case S::Submitted:
        return to == S::Accepted || to == S::Rejected || to == S::Withdrawn;
    case S::Accepted:
        return to == S::Assigned || to == S::Rejected || to == S::Withdrawn;
    case S::Assigned:
        return to == S::InProgress || to == S::Withdrawn;
    case S::InProgress:
        return to == S::Completed || to == S::Withdrawn;
    case S::Completed:
    case S::Rejected:
    case S::Withdrawn:
        return false;
    }
    return false;
}

} // namespace pass
