// Dashboard figures over the hand-computed fixture (dashboardfixture.cpp): the running semester
// counted as of today, the net variant, scope filters, the headline, the target path with its
// milestone, the drill-down levels and the forecast of a real series.
#include "dashboardfixture.h"

#include "core/indicators/dashboardfigures.h"
#include "core/indicators/indicatorengine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runningSemesterIsCountedAsOfToday();
    void netVariantDeductsSuspensions();
    void totalSeries();
    void targetPathFollowsTheMilestone();
    void headline();
    void forecastOfTheTotal();
    void smallComuniFilter();
    void filterMatchingNoAuthorityGivesZeros();
    void drillDown();
    void targetsRefuseMilestonesOutOfOrder();

private:
    IndicatorScope scope() const;
    DashboardFixture m_fixture;
};

IndicatorScope TestDashboard::scope() const
{
    IndicatorScope s;
    s.asOf = DashboardFixture::today();
    return s;
}

void TestDashboard::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.open(&error), qPrintable(error));
}

void TestDashboard::runningSemesterIsCountedAsOfToday()
{
    IndicatorEngine engine(m_fixture.database().connection());
    IndicatorEngine::Query q;
    q.procedureCode = u"PDC-LOM"_s;
    q.from = q.to = Semester(2024, 2);
    q.asOf = DashboardFixture::today();
    const QList<IndicatorRow> today = engine.compute(q);
    QCOMPARE(today.size(), 1);
    QVERIFY(today.first().isRunning());
    QCOMPARE(today.first().asOf, DashboardFixture::today());
    // X1, X5, X8, Y1 are past their term on 2024-10-15; X4 (2024-10-31) and X7 (2024-11-30) not yet.
    QCOMPARE(today.first().backlog, std::optional<qint64>(4));
    // Counted at the semester's last day the same semester would show 6: the old spike.
    q.asOf = QDate(2024, 12, 31);
    QCOMPARE(engine.compute(q).first().backlog, std::optional<qint64>(6));
    // Once the semester is over it is counted at its end, and not marked running.
    q.asOf = QDate(2025, 1, 10);
    const IndicatorRow closed = engine.compute(q).first();
    QVERIFY(!closed.isRunning());
    QCOMPARE(closed.backlog, std::optional<qint64>(6));
}

void TestDashboard::netVariantDeductsSuspensions()
{
    IndicatorEngine engine(m_fixture.database().connection());
    IndicatorEngine::Query q;
    q.procedureCode = u"PDC-LOM"_s;
    q.from = Semester(2023, 1);
    q.to = Semester(2024, 2);
    q.asOf = DashboardFixture::today();
    const QList<IndicatorRow> rows = engine.compute(q);
    QCOMPARE(rows.size(), 4);
    // X5 is suspended 150 days: its net deadline is 2024-08-07, so it is not in 2024-S1's net backlog.
    const qint64 gross[] = {2, 3, 3, 4}, net[] = {2, 3, 2, 4};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(rows.at(i).backlog, std::optional<qint64>(gross[i]));
        QCOMPARE(rows.at(i).backlogNet, std::optional<qint64>(net[i]));
    }
}

void TestDashboard::totalSeries()
{
    IndicatorScope s = scope();
    s.from = Semester(2023, 1);
    const DashboardFigures f = DashboardBuilder(m_fixture.database().connection()).build(s);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.level, DashboardFigures::Level::TaskForce);
    QCOMPARE(f.total.points.size(), 4);
    const qint64 started[] = {5, 1, 2, 3}, concluded[] = {1, 1, 2, 0}, backlog[] = {2, 3, 3, 4};
    const double duration[] = {47, 45, 337};
    for (int i = 0; i < 4; ++i) {
        const SemesterPoint &p = f.total.points.at(i);
        QCOMPARE(p.started, started[i]);
        QCOMPARE(p.concluded, concluded[i]); // W1, withdrawn, is closed but not concluded
        QCOMPARE(p.backlog, std::optional<qint64>(backlog[i]));
        if (i < 3)
            QCOMPARE(p.averageDurationDays, std::optional<double>(duration[i]));
        QCOMPARE(p.legalTermDays.value_or(0), 60.0);
        QCOMPARE(p.asOf.has_value(), i == 3);
    }
    QCOMPARE(f.total.points.at(0).clearanceRatePct(), std::optional<double>(20.0)); // 1 of 5
    QCOMPARE(f.total.points.at(2).clearanceRatePct(), std::optional<double>(100.0)); // 2 of 2
    // The task force of PDC-LOM carries everything; the others are zeros.
    const auto building = std::find_if(f.groups.cbegin(), f.groups.cend(),
                                       [](const DashboardSeries &g) { return g.key == u"EDILIZIA_URBANISTICA"; });
    QVERIFY(building != f.groups.cend());
    QCOMPARE(building->points.at(3).backlog, std::optional<qint64>(4));
}

void TestDashboard::targetPathFollowsTheMilestone()
{
    IndicatorScope s = scope();
    s.from = Semester(2023, 1);
    const DashboardFigures f = DashboardBuilder(m_fixture.database().connection()).build(s);
    // Baseline 2023-S2 (backlog 3, duration 45): 0 % there, -20 %/-10 % at the milestone
    // 2024-06-30, -40 %/-20 % at the due date 2024-12-31; nothing before the baseline.
    QVERIFY(!f.total.points.at(0).targetBacklog);
    QCOMPARE(f.total.points.at(1).targetBacklog.value_or(-1), 3.0);
    QVERIFY(qAbs(f.total.points.at(2).targetBacklog.value_or(-1) - 2.4) < 1e-9);
    QVERIFY(qAbs(f.total.points.at(3).targetBacklog.value_or(-1) - 1.8) < 1e-9);
    QVERIFY(qAbs(f.total.points.at(2).targetDuration.value_or(-1) - 40.5) < 1e-9);
    QVERIFY(qAbs(f.total.points.at(3).targetDuration.value_or(-1) - 36.0) < 1e-9);
}

void TestDashboard::headline()
{
    const DashboardFigures f = DashboardBuilder(m_fixture.database().connection()).build(scope());
    const Headline &h = f.headline;
    QCOMPARE(h.baselineSemester, Semester(2023, 2));
    QCOMPARE(h.baselineBacklog, std::optional<qint64>(3));
    QCOMPARE(h.backlogNow, std::optional<qint64>(4));
    QVERIFY(qAbs(h.backlogClearedPct.value_or(0) - (-100.0 / 3.0)) < 1e-9); // (3 - 4) / 3
    QCOMPARE(h.durationSemester, Semester(2024, 1));
    QCOMPARE(h.durationNow, std::optional<double>(337.0));
    QCOMPARE(h.baselineDuration, std::optional<double>(45.0));
    QVERIFY(qAbs(h.durationChangePct.value_or(0) - (337.0 - 45.0) / 45.0 * 100.0) < 1e-9);
    QVERIFY(qAbs(h.targetBacklog.value_or(-1) - 1.8) < 1e-9);
    QVERIFY(qAbs(h.targetDuration.value_or(-1) - 36.0) < 1e-9);
    // The due date is in the running semester: judged on the projection (3.5 > 1.8).
    QVERIFY(h.backlogAtDueIsProjected);
    QVERIFY(qAbs(h.backlogAtDue.value_or(-1) - 3.5) < 1e-9);
    QCOMPARE(h.meetsBacklogTarget, std::optional<bool>(false));
}

void TestDashboard::forecastOfTheTotal()
{
    // Complete semesters 2023-S1..2024-S1: 2, 3, 3 (changes +1, 0: mean 0.5, lowest 0, highest 1).
    const DashboardFigures gross = DashboardBuilder(m_fixture.database().connection()).build(scope());
    QVERIFY(gross.total.forecast);
    const BacklogForecast &f = *gross.total.forecast;
    QCOMPARE(f.lastActual, Semester(2024, 1));
    QCOMPARE(f.points.size(), 2); // to the running semester's next: 2025-S1
    QVERIFY(qAbs(f.points.at(0).expected - 3.5) < 1e-9 && qAbs(f.points.at(0).low - 3) < 1e-9 && qAbs(f.points.at(0).high - 4) < 1e-9);
    QVERIFY(qAbs(f.points.at(1).expected - 4.0) < 1e-9 && qAbs(f.points.at(1).low - 3) < 1e-9 && qAbs(f.points.at(1).high - 5) < 1e-9);
    // Net: 2, 3, 2 (changes +1, -1): mean 0, so 2 on, within 1-3 then 0-4.
    IndicatorScope net = scope();
    net.netOfSuspensions = true;
    const DashboardFigures n = DashboardBuilder(m_fixture.database().connection()).build(net);
    QVERIFY(n.total.forecast);
    QVERIFY(qAbs(n.total.forecast->points.at(1).expected - 2) < 1e-9);
    QVERIFY(qAbs(n.total.forecast->points.at(1).low - 0) < 1e-9);
    QVERIFY(qAbs(n.total.forecast->points.at(1).high - 4) < 1e-9);
    QCOMPARE(n.headline.backlogNow, std::optional<qint64>(4));
}

void TestDashboard::smallComuniFilter()
{
    IndicatorScope s = scope();
    s.provinceCode = u"CR"_s;
    s.smallComuniOnly = true;
    s.from = Semester(2023, 1);
    std::optional<QStringList> authorities;
    QString error;
    QVERIFY2(scopeAuthorities(m_fixture.database().connection(), s, &authorities, &error), qPrintable(error));
    QVERIFY(authorities);
    QVERIFY(authorities->contains(QString::fromLatin1(DashboardFixture::kAgnadello)));
    QVERIFY(!authorities->contains(QString::fromLatin1(DashboardFixture::kCrema)));
    const DashboardFigures f = DashboardBuilder(m_fixture.database().connection()).build(s);
    // Agnadello only: Y2 and Y1 started in 2023-S1; Y1 is in the backlog from 2023-S2 on.
    const qint64 started[] = {2, 0, 0, 0}, backlog[] = {0, 1, 1, 1};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(f.total.points.at(i).started, started[i]);
        QCOMPARE(f.total.points.at(i).backlog, std::optional<qint64>(backlog[i]));
    }
}

void TestDashboard::filterMatchingNoAuthorityGivesZeros()
{
    // The shipped comuni carry no PAsS phase: phase 3 matches none, and must not mean "all".
    IndicatorScope s = scope();
    s.passPhase = 3;
    const DashboardFigures f = DashboardBuilder(m_fixture.database().connection()).build(s);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    for (const SemesterPoint &p : f.total.points) {
        QCOMPARE(p.started, 0);
        QCOMPARE(p.backlog.value_or(0), 0);
    }
}

void TestDashboard::drillDown()
{
    IndicatorScope s = scope();
    s.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
    const DashboardFigures procedures = DashboardBuilder(m_fixture.database().connection()).build(s);
    QCOMPARE(procedures.level, DashboardFigures::Level::Procedure);
    QVERIFY(procedures.groups.size() > 1);
    const auto pdc = std::find_if(procedures.groups.cbegin(), procedures.groups.cend(),
                                  [](const DashboardSeries &g) { return g.key == u"PDC-LOM"; });
    QVERIFY(pdc != procedures.groups.cend());
    QCOMPARE(pdc->points.last().backlog, procedures.total.points.last().backlog);

    s.procedureCode = u"PDC-LOM"_s;
    const DashboardFigures authorities = DashboardBuilder(m_fixture.database().connection()).build(s);
    QCOMPARE(authorities.level, DashboardFigures::Level::Authority);
    QCOMPARE(authorities.groups.size(), 2);
    QCOMPARE(authorities.groups.at(0).key, QString::fromLatin1(DashboardFixture::kCrema)); // the larger backlog first
    QCOMPARE(authorities.groups.at(0).label, u"Crema"_s);
    QCOMPARE(authorities.groups.at(0).points.last().backlog, std::optional<qint64>(3)); // X1, X5, X8
    QCOMPARE(authorities.groups.at(1).points.last().backlog, std::optional<qint64>(1)); // Y1
}

void TestDashboard::targetsRefuseMilestonesOutOfOrder()
{
    Target t;
    t.baselineSemester = Semester(2021, 2);
    t.dueDate = QDate(2025, 6, 30);
    t.backlogReductionPct = 40;
    t.milestones = {TargetMilestone{QDate(2024, 6, 30), 30, 0}, TargetMilestone{QDate(2023, 12, 31), 20, 0}};
    QVERIFY(!t.validate().isEmpty());
    QString error;
    QVERIFY(!TargetStore(m_fixture.database().connection()).save(t, &error));
    QVERIFY(error.contains(u"2023-12-31"_s));
    t.milestones = {TargetMilestone{QDate(2023, 12, 31), 20, 0}, TargetMilestone{QDate(2024, 6, 30), 30, 0}};
    QVERIFY(t.validate().isEmpty());
    // Between the two milestones, halfway in days: 25 %.
    const QDate mid = QDate(2023, 12, 31).addDays(QDate(2023, 12, 31).daysTo(QDate(2024, 6, 30)) / 2);
    QVERIFY(qAbs(t.reductionPctOn(Target::Measure::Backlog, mid) - 25.0) < 0.1);
    QCOMPARE(t.reductionPctOn(Target::Measure::Backlog, QDate(2030, 1, 1)), 40.0);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
