#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pass {

struct CaseFile;

// What one case file adds to the maintained aggregates (table case_stats), per semester.
// Every indicator of DPCM 12.11.2021 App. 2 is a sum over these cells, so the engine reads a
// few hundred rows instead of a million case files. The definitions live here, in one place:
//  - started: start_date in S;
//  - concluded_tacit / concluded_express (+ with conference / with suspension): end_date in S;
//  - express_duration_sum: sum of (end_date - start_date) in days for the express ones;
//  - concluded_late: concluded (tacit or express) in S with duration > legal term;
//  - withdrawn: closed in S on withdrawal (closed, not concluded);
//  - backlog_delta: the case is in the backlog at the end E of every semester from the one
//    containing start + term + 1 day (first E with E - start > term) up to, excluding, the one
//    containing end_date (the last E with end_date > E); +1 at the first, -1 after the last.
//  - backlog_net_delta: the same marks for the variant net of suspensions, where the term is
//    extended by the case's suspension days (start + term + suspension days + 1).
class CaseStatsAccumulator
{
public:
    struct Counters
    {
        qint64 started = 0, concludedTacit = 0, concludedExpress = 0, expressWithConference = 0,
               expressWithSuspension = 0, expressDurationSum = 0, concludedLate = 0, withdrawn = 0,
               backlogDelta = 0, backlogNetDelta = 0;
        bool isZero() const;
        Counters &operator+=(const Counters &other);
    };

    // Adds (sign = +1) or removes (sign = -1) a case file's contribution, for its authority and
    // for the all-authorities row '*'. legalTerm is the term in force at its start date.
    void add(const CaseFile &c, std::optional<int> legalTerm, int sign);
    // Adds what another accumulator counted (on another thread, say) and leaves it empty.
    void absorb(CaseStatsAccumulator &&other);
    // Writes the accumulated deltas into case_stats (inside the caller's transaction) and clears.
    bool flush(QSqlDatabase &db, QString *error);
    bool isEmpty() const { return m_cells.isEmpty(); }

    // Recomputes case_stats from all case files (after a change of legal terms), in one
    // transaction of its own.
    static bool rebuild(QSqlDatabase &db, QString *error);
    // The two halves of rebuild(), for callers that count on a read connection of their own
    // (another thread) while they write something else: adds every case file of the store;
    // then, in the caller's transaction, replaces case_stats with what was counted.
    bool countAll(QSqlDatabase &db, QString *error);
    bool replaceAll(QSqlDatabase &db, QString *error);

private:
    // Cells are keyed by small integers (interned authority and procedure codes, semester) so a
    // bulk load of a million case files hashes each string once per row, not once per cell.
    static quint64 key(int authority, int procedure, int semester)
    {
        return (quint64(quint32(authority)) << 40) | (quint64(quint32(procedure)) << 20) | quint32(semester);
    }
    int intern(QHash<QString, int> &ids, QStringList &names, const QString &name);
    void addFor(int authority, int procedure, const CaseFile &c, std::optional<int> legalTerm, int sign);
    // The cells of the all-authorities row '*' (interned as all): sums over the authorities.
    QHash<quint64, Counters> allAuthoritiesCells(int all) const;

    QHash<QString, int> m_authorityIds;
    QStringList m_authorities;
    QHash<QString, int> m_procedureIds;
    QStringList m_procedures;
    QHash<quint64, Counters> m_cells;
};

} // namespace pass
