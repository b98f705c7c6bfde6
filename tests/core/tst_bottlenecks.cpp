// Bottlenecks over the hand-computed fixture (dashboardfixture.cpp), "today" 2024-10-15.
#include "dashboardfixture.h"

#include "core/indicators/bottlenecks.h"
#include "core/store/casefilestore.h"

#include <QTemporaryDir>
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
    void pressureRankingIsRobust();

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
    // Crema: one decision (X2) and a backlog of 2; Agnadello: a backlog of 1. Both have fewer than
    // kMinimumCases case files behind their figures: counted, not ranked.
    const BottleneckReport r = BottleneckAnalysis(m_fixture.database().connection()).build(scope());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(BottleneckReport::kMinimumCases, 5);
    QCOMPARE(r.ranking.size(), 0);
    QCOMPARE(r.unrankedPairs, 2);
}

namespace {

bool addCase(QSqlDatabase db, const char *authority, const QString &protocol, QDate start, std::optional<QDate> end,
             QString *error)
{
    CaseFile c;
    c.authorityIstat = QString::fromLatin1(authority);
    c.procedureCode = u"PDC-LOM"_s;
    c.protocolNumber = protocol;
    c.startDate = start;
    if (end) {
        c.endDate = *end;
        c.outcome = Outcome::Express;
    }
    return CaseFileStore(db).insert(&c, EditContext::local(), error);
}

bool addCases(QSqlDatabase db, const char *authority, int count, QDate start, std::optional<QDate> end, QString *error)
{
    static int serial = 0;
    for (int i = 0; i < count; ++i) {
        if (!addCase(db, authority, u"R-%1"_s.arg(++serial), start, end, error))
            return false;
    }
    return true;
}

} // namespace

// One slow case file no longer tops the ranking, and a few are weighed against the procedure's
// average. PDC-LOM (60 days), semester 2024-S1, worked out by hand (k = 5 added cases):
//   Crema      20 decisions of 150 days (3,000), 12 opened 2024-01-15 still open: backlog 12, started 12
//   Annicco    10 decisions of 45 days (450), all opened in 2024-S1: backlog 0, started 10
//   Azzanello  4 decisions of 60 days and one of 700 (940): backlog 0, started 0 (all opened in 2022-23)
//   Agnadello  1 decision of 600 days: backlog 0, started 0 — 1 case file < 5: not ranked
// The procedure over every authority: 36 decisions, 4,990 days, average 138.6111 days;
// backlog 12 ÷ started 22 = 0.545455.
//   Crema      duration (3,000 + 5 × 138.6111) ÷ 25 ÷ 60 = 2.462037; backlog (12 + 5 × 0.545455) ÷ 17
//              = 0.866310; pressure √(2.462037² + 0.866310²) = 2.610004   (unweighted: 2.692582)
//   Azzanello  (940 + 693.0556) ÷ 10 ÷ 60 = 2.721759; (0 + 2.727273) ÷ 5 = 0.545455; 2.775877 (3.133333)
//   Annicco    (450 + 693.0556) ÷ 15 ÷ 60 = 1.270062; (0 + 2.727273) ÷ 15 = 0.181818; 1.283010 (0.75)
// Unweighted and unfiltered, Agnadello's 600 ÷ 60 = 10 would have led by far.
void TestBottlenecks::pressureRankingIsRobust()
{
    QTemporaryDir dir;
    Database store(dir.filePath(u"ranking.db"_s));
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QSqlDatabase db = store.connection();
    QString error;
    const char *crema = "019035", *annicco = "019003", *azzanello = "019004", *agnadello = "019002";
    QVERIFY2(addCases(db, crema, 20, QDate(2023, 11, 1), QDate(2024, 3, 30), &error), qPrintable(error)); // 150 days
    QVERIFY2(addCases(db, crema, 12, QDate(2024, 1, 15), std::nullopt, &error), qPrintable(error));      // overdue 2024-03-15
    QVERIFY2(addCases(db, annicco, 10, QDate(2024, 1, 15), QDate(2024, 2, 29), &error), qPrintable(error)); // 45 days
    QVERIFY2(addCases(db, azzanello, 4, QDate(2023, 12, 1), QDate(2024, 1, 30), &error), qPrintable(error)); // 60 days
    QVERIFY2(addCases(db, azzanello, 1, QDate(2022, 3, 23), QDate(2024, 2, 21), &error), qPrintable(error)); // 700 days
    QVERIFY2(addCases(db, agnadello, 1, QDate(2022, 7, 1), QDate(2024, 2, 21), &error), qPrintable(error));  // 600 days

    const BottleneckReport r = BottleneckAnalysis(db).build(scope());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.semester, Semester(2024, 1));
    QCOMPARE(r.unrankedPairs, 1); // Agnadello
    QCOMPARE(r.ranking.size(), 3);
    const auto near = [](double actual, double expected) { return std::abs(actual - expected) < 5e-6; };

    const auto &first = r.ranking.at(0);
    QCOMPARE(first.authorityIstat, QString::fromLatin1(azzanello));
    QCOMPARE(first.concludedExpress, 5);
    QCOMPARE(first.averageDurationDays, std::optional<double>(188.0));
    QVERIFY(near(first.durationRatio, 3.133333));
    QVERIFY(near(first.weightedDurationRatio, 2.721759));
    QVERIFY(near(first.weightedBacklogRatio, 0.545455));
    QVERIFY2(near(first.pressure, 2.775877), qPrintable(QString::number(first.pressure, 'f', 6)));

    const auto &second = r.ranking.at(1);
    QCOMPARE(second.authorityIstat, QString::fromLatin1(crema));
    QCOMPARE(second.backlog, 12);
    QCOMPARE(second.started, 12);
    QCOMPARE(second.concludedExpress, 20);
    QCOMPARE(second.averageDurationDays, std::optional<double>(150.0));
    QVERIFY(near(*second.procedureDurationRatio, 138.611111 / 60.0));
    QVERIFY(near(second.procedureBacklogRatio, 0.545455));
    QVERIFY(near(second.backlogRatio, 1.0));
    QVERIFY(near(second.weightedDurationRatio, 2.462037));
    QVERIFY(near(second.weightedBacklogRatio, 0.866310));
    QVERIFY2(near(second.pressure, 2.610004), qPrintable(QString::number(second.pressure, 'f', 6)));

    const auto &third = r.ranking.at(2);
    QCOMPARE(third.authorityIstat, QString::fromLatin1(annicco));
    QCOMPARE(third.started, 10);
    QVERIFY(near(third.weightedDurationRatio, 1.270062));
    QVERIFY(near(third.weightedBacklogRatio, 0.181818));
    QVERIFY2(near(third.pressure, 1.283010), qPrintable(QString::number(third.pressure, 'f', 6)));

    // Filtered down to Azzanello, the yardstick is still every authority's average.
    IndicatorScope one = scope();
    one.authorityIstat = QString::fromLatin1(azzanello);
    const BottleneckReport alone = BottleneckAnalysis(db).build(one);
    QCOMPARE(alone.ranking.size(), 1);
    QVERIFY(near(alone.ranking.first().pressure, 2.775877));
}

QTEST_GUILESS_MAIN(TestBottlenecks)
#include "tst_bottlenecks.moc"
