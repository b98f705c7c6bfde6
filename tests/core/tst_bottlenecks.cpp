// Bottlenecks over the hand-computed fixture (dashboardfixture.cpp), "today" 2024-10-15.
#include "dashboardfixture.h"

#include "core/indicators/bottlenecks.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace pass;

class TestBottlenecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bands_data();
    void bands();
    void agesPerProcedureAndAuthority();
    void netAges();
    void expressShares();
    void pressureRanking();

private:
    IndicatorScope scope() const;
    DashboardFixture m_fixture;
};

IndicatorScope TestBottlenecks::scope() const
{
    IndicatorScope s;
    s.asOf = DashboardFixture::today();
    return s;
}

void TestBottlenecks::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.open(&error), qPrintable(error));
}

void TestBottlenecks::bands_data()
{
    QTest::addColumn<qint64>("age");
    QTest::addColumn<int>("band");
    // Term 60 days.
    QTest::newRow("half the term") << qint64(30) << int(BottleneckReport::UpToHalfTerm);
    QTest::newRow("just past half") << qint64(31) << int(BottleneckReport::UpToTerm);
    QTest::newRow("term reached exactly") << qint64(60) << int(BottleneckReport::UpToTerm);
    QTest::newRow("one day over") << qint64(61) << int(BottleneckReport::OverdueUnder30Days);
    QTest::newRow("29 days over") << qint64(89) << int(BottleneckReport::OverdueUnder30Days);
    QTest::newRow("30 days over") << qint64(90) << int(BottleneckReport::Overdue30To180Days);
    QTest::newRow("180 days over") << qint64(240) << int(BottleneckReport::Overdue30To180Days);
    QTest::newRow("181 days over") << qint64(241) << int(BottleneckReport::OverdueOver180Days);
}

void TestBottlenecks::bands()
{
    QFETCH(qint64, age);
    QFETCH(int, band);
    QCOMPARE(int(BottleneckReport::bandOf(age, 60)), band);
}

void TestBottlenecks::agesPerProcedureAndAuthority()
{
    const BottleneckReport r = BottleneckAnalysis(m_fixture.database().connection()).build(scope());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    // X7 14 days (<= 50 %), X4 44 days (<= 100 %), X8 15 days over, X1 592, X5 219, Y1 442 over.
    QCOMPARE(r.byProcedure.size(), 1);
    QCOMPARE(r.byProcedure.first().key, u"PDC-LOM"_s);
    QCOMPARE(r.byProcedure.first().counts, (std::array<qint64, 5>{1, 1, 1, 0, 3}));
    QCOMPARE(r.byAuthority.size(), 2);
    QCOMPARE(r.byAuthority.at(0).key, QString::fromLatin1(DashboardFixture::kCrema));
    QCOMPARE(r.byAuthority.at(0).counts, (std::array<qint64, 5>{1, 1, 1, 0, 2}));
    QCOMPARE(r.byAuthority.at(1).counts, (std::array<qint64, 5>{0, 0, 0, 0, 1}));
}

void TestBottlenecks::netAges()
{
    IndicatorScope s = scope();
    s.netOfSuspensions = true;
    const BottleneckReport r = BottleneckAnalysis(m_fixture.database().connection()).build(s);
    // X5 less its 150 suspended days: 129 days old, 69 over the term.
    QCOMPARE(r.byProcedure.first().counts, (std::array<qint64, 5>{1, 1, 1, 1, 2}));
}

void TestBottlenecks::expressShares()
{
    // Last complete semester 2024-S1: one express decision (X2), with a services conference.
    const BottleneckReport r = BottleneckAnalysis(m_fixture.database().connection()).build(scope());
    QCOMPARE(r.semester, Semester(2024, 1));
    QCOMPARE(r.concludedExpress, 1);
    QCOMPARE(r.conferenceSharePct(), std::optional<double>(100.0));
    QCOMPARE(r.suspensionSharePct(), std::optional<double>(0.0));
    const BottleneckReport none = BottleneckAnalysis(m_fixture.database().connection()).build(scope(), Semester(2022, 1));
    QVERIFY(!none.conferenceSharePct());
}

void TestBottlenecks::pressureRanking()
{
    const BottleneckReport r = BottleneckAnalysis(m_fixture.database().connection()).build(scope());
    QCOMPARE(r.ranking.size(), 2);
    // Crema: 337 / 60 = 5.6167 and backlog 2 (X1, X5) / started 2 = 1: sqrt(5.6167² + 1²) = 5.7050.
    const auto &crema = r.ranking.at(0);
    QCOMPARE(crema.authorityIstat, QString::fromLatin1(DashboardFixture::kCrema));
    QCOMPARE(crema.backlog, 2);
    QCOMPARE(crema.started, 2);
    QCOMPARE(crema.averageDurationDays, std::optional<double>(337.0));
    QVERIFY(qAbs(crema.pressure - 5.704993) < 1e-5);
    // Agnadello: no decision, backlog 1 (Y1) and nothing started: 1 / 1.
    const auto &agnadello = r.ranking.at(1);
    QCOMPARE(agnadello.started, 0);
    QVERIFY(!agnadello.averageDurationDays);
    QCOMPARE(agnadello.pressure, 1.0);
}

QTEST_GUILESS_MAIN(TestBottlenecks)
#include "tst_bottlenecks.moc"
