// The backlog forecast on constructed trends, every expected number worked out by hand.
#include "core/indicators/backlogforecast.h"

#include <QTest>

using namespace pass;

class TestBacklogForecast : public QObject
{
    Q_OBJECT

private slots:
    void steady();
    void improving();
    void worseningWithVariation();
    void onlyTheLastFourChangesCount();
    void neverBelowZero();
    void tooShort();
    void nothingToProjectWhenUntilIsPast();
};

static bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

void TestBacklogForecast::steady()
{
    // 100, 100, 100, 100: every change 0, so 100 on and a band of width 0.
    const auto f = forecastBacklog(Semester(2023, 1), {100, 100, 100, 100}, Semester(2025, 2));
    QVERIFY(f);
    QCOMPARE(f->lastActual, Semester(2024, 2));
    QCOMPARE(f->basisChanges, 3);
    QCOMPARE(f->points.size(), 2); // 2025-S1, 2025-S2
    for (const auto &p : f->points) {
        QVERIFY(near(p.expected, 100) && near(p.low, 100) && near(p.high, 100));
    }
}

void TestBacklogForecast::improving()
{
    // 120, 110, 100, 90: changes -10, -10, -10 (mean -10); 2025-S1 80, 2025-S2 70, 2026-S1 60.
    const auto f = forecastBacklog(Semester(2023, 1), {120, 110, 100, 90}, Semester(2026, 1));
    QVERIFY(f);
    QCOMPARE(f->points.size(), 3);
    QVERIFY(near(f->meanChange, -10));
    QVERIFY(near(f->at(Semester(2025, 1))->expected, 80));
    QVERIFY(near(f->at(Semester(2025, 2))->expected, 70));
    QVERIFY(near(f->at(Semester(2026, 1))->expected, 60));
    QVERIFY(near(f->at(Semester(2026, 1))->low, 60));
    QVERIFY(near(f->at(Semester(2026, 1))->high, 60));
}

void TestBacklogForecast::worseningWithVariation()
{
    // 50, 60, 64, 80: changes +10, +4, +16; mean 10, lowest 4, highest 16.
    // One semester on: 90 (84-96); two: 100 (88-112).
    const auto f = forecastBacklog(Semester(2022, 2), {50, 60, 64, 80}, Semester(2025, 1));
    QVERIFY(f);
    QCOMPARE(f->lastActual, Semester(2024, 1));
    QVERIFY(near(f->lastValue, 80));
    QVERIFY(near(f->meanChange, 10));
    QVERIFY(near(f->lowestChange, 4));
    QVERIFY(near(f->highestChange, 16));
    const auto one = f->at(Semester(2024, 2));
    QVERIFY(one && near(one->expected, 90) && near(one->low, 84) && near(one->high, 96));
    const auto two = f->at(Semester(2025, 1));
    QVERIFY(two && near(two->expected, 100) && near(two->low, 88) && near(two->high, 112));
}

void TestBacklogForecast::onlyTheLastFourChangesCount()
{
    // 1000, 10, 20, 30, 40, 50: the fall of -990 is older than the last four changes (+10 each).
    const auto f = forecastBacklog(Semester(2021, 1), {1000, 10, 20, 30, 40, 50}, Semester(2024, 1));
    QVERIFY(f);
    QCOMPARE(f->basisChanges, 4);
    QVERIFY(near(f->meanChange, 10));
    QVERIFY(near(f->at(Semester(2024, 1))->expected, 60));
}

void TestBacklogForecast::neverBelowZero()
{
    // 30, 20, 10: mean -10; the next semester 0, the one after -10 is held at 0.
    const auto f = forecastBacklog(Semester(2023, 1), {30, 20, 10}, Semester(2025, 1));
    QVERIFY(f);
    QVERIFY(near(f->at(Semester(2024, 2))->expected, 0));
    QVERIFY(near(f->at(Semester(2025, 1))->expected, 0));
}

void TestBacklogForecast::tooShort()
{
    QVERIFY(!forecastBacklog(Semester(2024, 1), {10, 12}, Semester(2026, 1)));
    QVERIFY(!forecastBacklog(Semester(2024, 1), {10}, Semester(2026, 1)));
    QVERIFY(!forecastBacklog(Semester(2024, 1), {}, Semester(2026, 1)));
}

void TestBacklogForecast::nothingToProjectWhenUntilIsPast()
{
    QVERIFY(!forecastBacklog(Semester(2023, 1), {1, 2, 3}, Semester(2024, 1)));
}

QTEST_APPLESS_MAIN(TestBacklogForecast)
#include "tst_backlogforecast.moc"
