#pragma once

#include <QtGlobal>

#include <array>
#include <chrono>

namespace pass {

// Where an import spends its time, for the benchmark: nanoseconds per phase, filled only when
// ImportOptions::phases points here (reading the clock around every step of every row costs a
// few percent, so normal imports do not).
struct ImportPhases
{
    enum Phase {
        ReadParse,   // reading the file, decoding, splitting records into cells
        MapValidate, // cells to a case file, the store rules, duplicates within the file
        Match,       // looking up the stored case with the same authority + protocol
        Insert,      // the case_files row and its suspensions
        Update,      // changed cases: row, audit rows per field, outbox row
        Stats,       // the maintained aggregates, in memory
        Audit,       // the audit trail of the created cases
        Outbox,      // what the created cases leave for the portal
        Finish,      // index rebuild and the aggregates written to case_stats
        Commit,      // COMMIT, including the WAL checkpoint that follows it
        Count
    };
    std::array<qint64, Count> ns{};

    static const char *name(int phase);
};

// Adds the time from construction to destruction to one phase; does nothing without phases.
class PhaseTimer
{
public:
    PhaseTimer(ImportPhases *phases, ImportPhases::Phase phase)
        : m_slot(phases ? &phases->ns[phase] : nullptr)
    {
        if (m_slot)
            m_start = std::chrono::steady_clock::now();
    }
    ~PhaseTimer()
    {
        if (m_slot)
            *m_slot += std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m_start)
                           .count();
    }
    PhaseTimer(const PhaseTimer &) = delete;
    PhaseTimer &operator=(const PhaseTimer &) = delete;

private:
    qint64 *m_slot;
    std::chrono::steady_clock::time_point m_start;
};

inline const char *ImportPhases::name(int phase)
{
    static constexpr std::array<const char *, Count> names{"read+parse", "map+validate", "match existing",
                                                           "insert",     "update",       "stats",
                                                           "audit",      "outbox",       "indexes+stats flush",
                                                           "commit"};
    return phase >= 0 && phase < Count ? names[phase] : "?";
}

} // namespace pass
