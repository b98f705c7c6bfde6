#pragma once

#include "core/domain/records.h"
#include "core/indicators/casestats.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <random>
#include <vector>

namespace pass {

// The case files of the demo story: who handles which procedures, how slow each authority is
// over time, which cases get suspended, withdrawn or approved by silence. Deterministic for a
// given random engine state.
class DemoCaseFactory
{
public:
    struct Profile
    {
        Authority authority;
        QList<ProcedureType> procedures;
        std::discrete_distribution<int> pick;
        bool supported = false; // asked the task forces for support
        bool lagging = false;   // still slow at the end of the story
    };

    // Builds one profile per authority in scope (sorted by ISTAT code) from the catalogue.
    // `protocolCounters` holds, per authority, how many case files the store already has, so
    // new protocol numbers never collide with earlier demo runs.
    DemoCaseFactory(const QList<Authority> &authorities, const QList<ProcedureType> &types,
                    const QSet<QString> &area, bool wholeRegion, QHash<QString, int> protocolCounters,
                    QDate asOf, std::mt19937_64 &rng);

    bool isEmpty() const { return m_profiles.isEmpty(); }
    const QList<Profile> &profiles() const { return m_profiles; }

    // Generates `count` case files with ascending start dates (2021-01-01 up to asOf) and
    // hands them over `batchSize` at a time. Ascending order makes row ids, case ids, protocol
    // numbers and the start-date indexes grow together, so the store appends to its B-trees.
    // `sink` returns false to stop early; generate() then returns false.
    using Sink = std::function<bool(std::vector<CaseFile> &&batch)>;
    // Each case is also added to `stats` (the maintained aggregates), here on the generating
    // thread rather than on the writing one.
    bool generate(qint64 count, quint64 seed, int batchSize, CaseStatsAccumulator &stats, const Sink &sink);

private:
    CaseFile makeCase(Profile &profile, const ProcedureType &type, QDate start, quint64 sequence);

    std::mt19937_64 &m_rng;
    std::uniform_real_distribution<double> m_unit{0.0, 1.0};
    std::lognormal_distribution<double> m_noise{0.0, 0.3};
    QList<Profile> m_profiles;
    std::discrete_distribution<int> m_pickProfile;
    QHash<QString, int> m_protocolCounters;
    QDate m_asOf;
    QStringList m_officers;
    QStringList m_suspensionReasons;
};

} // namespace pass
