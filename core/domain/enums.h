#pragma once

#include <QString>

#include <optional>

namespace pass {

// How a case file ended. "Open" is the absence of an outcome.
enum class Outcome { Express, Tacit, Withdrawn };

enum class RequestStatus {
    Draft,
    Submitted,
    Accepted,
    Assigned,
    InProgress,
    Completed,
    Rejected,
    Withdrawn
};

enum class RequestKind { Technical, Legal, Coaching, Training, FocusGroup };

enum class Priority { Low, Normal, High, Urgent };

enum class VisitMode { OnSite, Remote };

// The authority's countersignature of an expert's visit.
enum class VisitConfirmation { Pending, Confirmed, Disputed };

// Wire and storage names (stable, English, lower case) for each enum.
QString toWireName(Outcome value);
QString toWireName(RequestStatus value);
QString toWireName(RequestKind value);
QString toWireName(Priority value);
QString toWireName(VisitMode value);
QString toWireName(VisitConfirmation value);

std::optional<Outcome> outcomeFromWireName(QStringView name);
std::optional<RequestStatus> requestStatusFromWireName(QStringView name);
std::optional<RequestKind> requestKindFromWireName(QStringView name);
std::optional<Priority> priorityFromWireName(QStringView name);
std::optional<VisitMode> visitModeFromWireName(QStringView name);
std::optional<VisitConfirmation> visitConfirmationFromWireName(QStringView name);

// True when a request may move from one status to the other (draft → submitted → accepted →
// assigned → in progress → completed, with rejected / withdrawn as exits).
bool isAllowedTransition(RequestStatus from, RequestStatus to);

} // namespace pass
