#include "ui/dashboard/backlogchartdata.h"
#include "uifixture.h"

#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using pass::BacklogChartData;
using pass::Semester;

class TestBacklogChartData : public QObject
{
    Q_OBJECT

private:
    // The first six semesters, 2021-S1 to 2023-S2; later ones repeat the last value (the
    // fixture's open cases stay open).
    static QList<double> firstSix(const QList<double> &values) { return values.mid(0, 6); }

private Q_SLOTS:
    void allTaskForces()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        const BacklogChartData data = BacklogChartData::load(fixture.database().connection(), {});
        QVERIFY2(data.error.isEmpty(), qPrintable(data.error));
        QCOMPARE(data.semesters.first(), Semester(2021, 1));
        QCOMPARE(data.semesters.last(), Semester::current());
        QCOMPARE(data.semesterLabels().at(1), u"2021-S2"_s);

        // Task forces without backlog are left out; catalogue order, then the total.
        QCOMPARE(data.series.size(), 3);
        QCOMPARE(data.series.at(0).taskForceCode, u"RINNOVABILI"_s);
        QCOMPARE(data.series.at(0).name, u"Rinnovabili ed energia"_s);
        QCOMPARE(data.series.at(1).taskForceCode, u"EDILIZIA_URBANISTICA"_s);
        QCOMPARE(data.series.at(2).taskForceCode, QString());
        QCOMPARE(firstSix(data.series.at(0).values), QList<double>({0, 1, 1, 0, 2, 2}));
        QCOMPARE(firstSix(data.series.at(1).values), QList<double>({1, 2, 1, 1, 1, 1}));
        QCOMPARE(firstSix(data.series.at(2).values), QList<double>({1, 3, 2, 1, 3, 3}));
        QCOMPARE(data.series.at(2).values.last(), 3.0);
        QCOMPARE(data.targetSeries, 2);

        // Baseline 2021-S2 (total 3), target -40 % by 2023-06-30: 1.8, linear in days.
        QCOMPARE(data.baselineSemester, Semester(2021, 2));
        QCOMPARE(data.baselineIndex, 1);
        QVERIFY(data.target.has_value());
        QCOMPARE(data.targetPath.size(), 4);
        QCOMPARE(data.targetPath.at(0), QPointF(1, 3));
        QVERIFY(qAbs(data.targetPath.at(1).y() - (3 - 1.2 * 181 / 546)) < 1e-9);
        QVERIFY(qAbs(data.targetPath.at(2).y() - (3 - 1.2 * 365 / 546)) < 1e-9);
        QCOMPARE(data.targetPath.at(3).x(), 4.0);
        QVERIFY(qAbs(data.targetPath.at(3).y() - 1.8) < 1e-9);
        QCOMPARE(data.maxValue(), 3.0);
    }

    void oneTaskForce()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        const BacklogChartData data = BacklogChartData::load(fixture.database().connection(),
                                                             u"RINNOVABILI"_s, false);
        QCOMPARE(data.series.size(), 1);
        QCOMPARE(data.series.at(0).name, u"Renewables and energy"_s);
        QCOMPARE(firstSix(data.series.at(0).values), QList<double>({0, 1, 1, 0, 2, 2}));
        QCOMPARE(data.targetSeries, 0);
        QCOMPARE(data.targetPath.first().y(), 1.0);
        QVERIFY(qAbs(data.targetPath.last().y() - 0.6) < 1e-9);
    }

    void taskForceWithoutCases()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        const BacklogChartData data = BacklogChartData::load(fixture.database().connection(), u"APPALTI"_s);
        QCOMPARE(data.series.size(), 1);
        for (double v : data.series.at(0).values)
            QCOMPARE(v, 0.0);
    }

    void emptyStore()
    {
        pass::test::UiFixture fixture;
        const BacklogChartData data = BacklogChartData::load(fixture.database().connection(), {});
        QVERIFY(data.error.isEmpty());
        QVERIFY(data.semesters.isEmpty());
        QVERIFY(data.series.isEmpty());
        QCOMPARE(data.targetSeries, -1);
    }
};

QTEST_GUILESS_MAIN(TestBacklogChartData)
#include "tst_backlogchartdata.moc"
