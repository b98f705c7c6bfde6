#pragma once

#include "core/indicators/indicatorscope.h"

#include <QList>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace pass {

// Where case files pile up, so that an expert sees where to go first.
struct BottleneckReport
{
    // Open case files by age as a share of their legal term, and by how long overdue.
    enum Band { UpToHalfTerm, UpToTerm, OverdueUnder30Days, Overdue30To180Days, OverdueOver180Days, BandCount };
    struct AgeProfile
    {
        QString key; // procedure code or ISTAT code
        std::array<qint64, BandCount> counts{};
        qint64 total() const;
    };
    // An authority × procedure and its pressure: √((average duration ÷ legal term)² +
    // (backlog ÷ started)²), as the Provincia autonoma di Trento's tooling ranks comuni, with
    // both ratios weighted towards the procedure's average over every authority of the store
    // when the pair has few case files behind them (kCredibilityCases, see bottlenecks.cpp).
    struct Pressure
    {
        QString authorityIstat;
        QString procedureCode;
        std::optional<double> averageDurationDays; // the pair's own, as in the DFP table
        int legalTermDays = 0;
        qint64 concludedExpress = 0; // express decisions of the semester behind the average
        qint64 backlog = 0;  // at the end of the semester (maintained aggregates)
        qint64 started = 0;
        double durationRatio = 0; // the pair's own average ÷ term; 0 without express decisions
        double backlogRatio = 0;  // the pair's own backlog ÷ started; backlog ÷ 1 when nothing started
        // The procedure's over every authority of the store, in the same semester.
        std::optional<double> procedureDurationRatio; // empty: no express decision anywhere
        double procedureBacklogRatio = 0;
        double weightedDurationRatio = 0; // as if kCredibilityCases more decisions took the procedure's average
        double weightedBacklogRatio = 0;  // as if kCredibilityCases more cases started at the procedure's ratio
        double pressure = 0; // from the weighted ratios
    };
    // How many case files of the procedure's average are added to each pair's own before its
    // ratios are taken: a pair's own figures weigh n ÷ (n + 5).
    static constexpr int kCredibilityCases = 5;
    // A pair is ranked from this many case files behind its figures: express decisions of the
    // semester plus the backlog at its end.
    static constexpr int kMinimumCases = 5;

    Semester semester;
    QList<AgeProfile> byProcedure; // catalogue order, those with open case files
    QList<AgeProfile> byAuthority; // most open case files first
    qint64 concludedExpress = 0;
    qint64 expressWithConference = 0;
    qint64 expressWithSuspension = 0;
    QList<Pressure> ranking; // highest pressure first
    int unrankedPairs = 0;   // pairs with decisions or backlog, but fewer than kMinimumCases
    QString error;

    std::optional<double> conferenceSharePct() const;
    std::optional<double> suspensionSharePct() const;
    static Band bandOf(qint64 ageDays, int legalTermDays);
};

class BottleneckAnalysis
{
public:
    explicit BottleneckAnalysis(QSqlDatabase db) : m_db(std::move(db)) { }

    // The ages on the scope's day; the shares and the pressure over `semester` (default: the
    // last complete one before the scope's day).
    BottleneckReport build(const IndicatorScope &scope, std::optional<Semester> semester = std::nullopt) const;

private:
    QSqlDatabase m_db;
};

} // namespace pass
