#pragma once

#include "core/domain/enums.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pass {

// The names of domain values as every view shows them, in the user's language — the one place
// they are written. Wire names are for files and the portal, never for people.
class DomainLabels
{
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)
public:
    // "Express decision", "Tacit approval", "Withdrawn"; no outcome: "Open".
    static QString outcome(std::optional<Outcome> outcome);
    // Open with suspended terms reads "Open, suspended".
    static QString caseState(std::optional<Outcome> outcome, bool suspended);
    // By wire name (express, tacit, withdrawn; "open" or empty: still open); unknown as given.
    static QString outcome(const QString &wireName);
    static QString requestStatus(RequestStatus status);
    static QString requestKind(RequestKind kind);
    static QString priority(Priority priority);
    static QString visitMode(VisitMode mode);
    static QString yesNo(bool value);
    // What kind of record a synced edit is about, by the sync's entity name (case_file,
    // support_request, visit, request_message); unknown as given.
    static QString recordKind(const QString &entity);
};

} // namespace pass
