#pragma once

#include "enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace pass {

// Plain values that cross the boundary between the store, the indicator engine, the importer,
// the sync engine and the UI models. Identifiers are English; the Italian term is in brackets.

// Ente: comune, provincia or città metropolitana. ISTAT code kept as text (leading zeros).
struct Authority
{
    QString istat;
    QString name;
    QString kind; // comune | provincia | citta_metropolitana
    QString provinceCode;
    std::optional<int> population;
    std::optional<int> passPhase; // 1 pilot, 2, 3
    bool retired = false;         // code retired by a merger, kept for history

    // Piccolo comune: population up to 5,000 (law 158/2017, art. 1 c. 2).
    bool isSmall() const { return kind == u"comune" && population && *population <= 5000; }
};

struct TaskForce
{
    QString code;
    QString nameIt;
    QString nameEn;
    int sortOrder = 0;
};

// A legal term applies to case files started on or after validFrom.
struct LegalTerm
{
    QDate validFrom;
    std::optional<int> days; // empty: the procedure has no statutory term
    QString note;
};

// Procedura monitorata.
struct ProcedureType
{
    QString code;
    QString name;
    QString taskForceCode;
    QString authorityLevels; // "COMUNE|PROVINCIA"
    QString tacitApproval;   // yes | no | partial | n/a
    QString legalBasis;
    QString source;
    QList<LegalTerm> terms; // sorted by validFrom

    // The term in force for a case started on the given date.
    std::optional<int> termFor(QDate startDate) const;
    // The term in force today, for display.
    std::optional<int> currentTerm() const { return termFor(QDate::currentDate()); }
};

// Sospensione dei termini. Dates may be unknown when an import carries only a flag.
struct Suspension
{
    QDate from;
    QDate to;
    QString reason;
    // The length of a period whose dates are unknown, as its source declared it (a registry's
    // "Giorni sospensione" column). Dates, when both are known, win over it. Kept on the period
    // rather than beside the case so that the dated periods entered in the application and a
    // file's bare count never have to be reconciled, and so that the count travels with the
    // suspensions array to the portal instead of through a second, derived field.
    int days = 0;

    friend bool operator==(const Suspension &, const Suspension &) = default;
};

// Pratica. No personal data of applicants is kept: monitoring does not need it.
struct CaseFile
{
    QString id; // UUID, created by the client
    QString authorityIstat;
    QString procedureCode;
    QString protocolNumber;
    QDate startDate;
    QDate endDate; // null while open
    std::optional<Outcome> outcome;
    bool servicesConference = false;
    QList<Suspension> suspensions;
    QString responsible;
    QString notes;
    qint64 version = 0; // server version; 0 until the server has acknowledged the record

    bool isSuspended() const { return !suspensions.isEmpty(); }
    bool isOpen() const { return !outcome.has_value(); }
    // Days of the dated periods plus the declared days of the undated ones.
    int suspensionDays() const;

    friend bool operator==(const CaseFile &, const CaseFile &) = default;
};

// One status change of a support request as the portal recorded it: who, when (RFC 3339 UTC)
// and the reason given (rejection, withdrawal).
struct StatusChange
{
    RequestStatus status = RequestStatus::Draft;
    QString by;
    QString at;
    QString reason;

    friend bool operator==(const StatusChange &, const StatusChange &) = default;
};

// Richiesta di supporto.
struct SupportRequest
{
    QString id;
    QString authorityIstat;
    QString taskForceCode;
    QStringList procedureCodes;
    RequestKind kind = RequestKind::Technical;
    QString subject;
    QString description;
    Priority priority = Priority::Normal;
    RequestStatus status = RequestStatus::Draft;
    QStringList assignedExperts;
    QDate createdOn;
    QString statusReason;   // why it was rejected or withdrawn
    QString closingSummary; // what the experts left behind when they completed it
    QList<StatusChange> statusHistory; // set by the portal, oldest first
    qint64 version = 0;

    friend bool operator==(const SupportRequest &, const SupportRequest &) = default;
};

// Something to do after a visit, by a date.
struct FollowUp
{
    QString action;
    QDate due;

    friend bool operator==(const FollowUp &, const FollowUp &) = default;
};

// Visita / attività of an expert for a request.
struct Visit
{
    QString id;
    QString requestId;
    QString expert;
    QDate date;
    QTime start; // optional: start/end, or hours alone
    QTime end;
    double hours = 0;
    VisitMode mode = VisitMode::OnSite;
    QString participants; // roles, not names ("RUP, tecnico istruttore")
    QString activities;
    QString outcome;
    QString followUps;    // free notes
    QList<FollowUp> followUpItems;
    QStringList procedureCodes;
    VisitConfirmation confirmation = VisitConfirmation::Pending;
    QString confirmationNote;
    qint64 version = 0;

    friend bool operator==(const Visit &, const Visit &) = default;
};

// A message in a support request's thread.
struct RequestMessage
{
    QString id;
    QString requestId;
    QString author;
    QString body;
    QString createdAt; // RFC 3339 UTC
    qint64 version = 0;

    friend bool operator==(const RequestMessage &, const RequestMessage &) = default;
};

} // namespace pass
