#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pass {

struct ProcedureType;

// One open case file (no outcome yet) as the deadline watch, the bottleneck ages and the
// running semester's backlog see it: its term and its deadlines, gross and net of suspensions.
struct OpenCase
{
    QString id;
    QString authorityIstat;
    QString procedureCode;
    QString protocolNumber;
    QString responsible;
    QDate startDate;
    int suspensionDays = 0;
    std::optional<int> legalTermDays; // in force at the start date; empty: no statutory term

    // The last day within the term: start + term (gross) or start + term + suspension days (net).
    QDate deadline(bool netOfSuspensions) const;
    // Days past the term on `day` (positive: overdue), gross or net; nullopt without a term.
    std::optional<qint64> daysOverdue(QDate day, bool netOfSuspensions) const;
};

// Reads the open case files of some authorities: a few through the partial index of open case
// files (a few percent of a mature store), straight through the SQLite API; many, or all, from
// the store's snapshot of its open case files (StoreSnapshots), read again only after a commit.
class OpenCaseScan
{
public:
    // Counts need only the authority, procedure, start and suspension days: without the text
    // fields a read through the indexes converts a third of the columns.
    enum class Fields { All, CountsOnly };
    explicit OpenCaseScan(QSqlDatabase db, Fields fields = Fields::All);

    // authorities empty: all. startedOnOrBefore: skips cases started later (the running
    // semester counted as of a past day). visit returns false to stop early.
    bool run(const QStringList &authorities, QDate startedOnOrBefore,
             const std::function<bool(const OpenCase &)> &visit, QString *error) const;

private:
    bool runOnSnapshot(const QStringList &authorities, QDate startedOnOrBefore,
                       const std::function<bool(const OpenCase &)> &visit, QString *error) const;

    QSqlDatabase m_db;
    Fields m_fields;
};

// The backlog on one day from the open case files, per procedure: gross and net of
// suspensions. The running semester's figure, counted as of today rather than at its end.
struct OpenBacklog
{
    qint64 gross = 0;
    qint64 net = 0;
};
QHash<QString, OpenBacklog> openBacklogOn(QSqlDatabase db, const QStringList &authorities, QDate day,
                                          QString *error);

} // namespace pass
