// The deadline watch over the hand-computed fixture (dashboardfixture.cpp), "today" 2024-10-15.
#include "dashboardfixture.h"

#include "core/indicators/deadlinewatch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestDeadlineWatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byUrgency();
    void widerWindow();
    void netDeadlinesMoveBySuspensions();
    void perAuthorityAndOfficer();
    void newSinceLastSeen();
    void limitKeepsTheMostUrgentAndCountsAll();
    void scopeFilters();

private:
    DeadlineWatch::Options options() const;
    static QStringList protocols(const DeadlineWatchResult &r);
    DashboardFixture m_fixture;
};

DeadlineWatch::Options TestDeadlineWatch::options() const
{
    DeadlineWatch::Options o;
    o.scope.asOf = DashboardFixture::today();
    return o;
}

QStringList TestDeadlineWatch::protocols(const DeadlineWatchResult &r)
{
    QStringList list;
    for (const DeadlineEntry &e : r.entries)
        list << e.caseFile.protocolNumber;
    return list;
}

void TestDeadlineWatch::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.open(&error), qPrintable(error));
}

void TestDeadlineWatch::byUrgency()
{
    QString error;
    const DeadlineWatchResult r = DeadlineWatch(m_fixture.database().connection()).list(options(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Still preventable first: X4 (deadline 2024-10-31, 16 days). Then the overdue, longest first:
    // X1 592 days, Y1 442, X5 219, X8 15. X7 (2024-11-30, 46 days) is outside 30 days.
    QCOMPARE(protocols(r), (QStringList{u"X4"_s, u"X1"_s, u"Y1"_s, u"X5"_s, u"X8"_s}));
    const qint64 days[] = {16, -592, -442, -219, -15};
    for (int i = 0; i < 5; ++i)
        QCOMPARE(r.entries.at(i).daysLeft, days[i]);
    QCOMPARE(r.entries.at(0).deadline, QDate(2024, 10, 31));
    QCOMPARE(r.dueSoon, 1);
    QCOMPARE(r.overdue, 4);
}

void TestDeadlineWatch::widerWindow()
{
    DeadlineWatch::Options o = options();
    o.withinDays = 60;
    o.includeOverdue = false;
    QString error;
    const DeadlineWatchResult r = DeadlineWatch(m_fixture.database().connection()).list(o, &error);
    QCOMPARE(protocols(r), (QStringList{u"X4"_s, u"X7"_s}));
    QCOMPARE(r.entries.at(1).daysLeft, 46);
    QCOMPARE(r.overdue, 0);
}

void TestDeadlineWatch::netDeadlinesMoveBySuspensions()
{
    DeadlineWatch::Options o = options();
    o.scope.netOfSuspensions = true;
    QString error;
    const DeadlineWatchResult r = DeadlineWatch(m_fixture.database().connection()).list(o, &error);
    // X5's deadline moves by its 150 suspended days to 2024-08-07: 69 days overdue.
    QCOMPARE(protocols(r), (QStringList{u"X4"_s, u"X1"_s, u"Y1"_s, u"X5"_s, u"X8"_s}));
    QCOMPARE(r.entries.at(3).deadline, QDate(2024, 8, 7));
    QCOMPARE(r.entries.at(3).daysLeft, -69);
}

void TestDeadlineWatch::perAuthorityAndOfficer()
{
    QString error;
    const DeadlineWatchResult r = DeadlineWatch(m_fixture.database().connection()).list(options(), &error);
    QCOMPARE(r.groups.size(), 4);
    const auto check = [&](int i, const char *authority, const char *officer, qint64 soon, qint64 overdue) {
        const DeadlineGroup &g = r.groups.at(i);
        return g.authorityIstat == QLatin1StringView(authority) && g.responsible == QLatin1StringView(officer)
            && g.dueSoon == soon && g.overdue == overdue;
    };
    QVERIFY(check(0, DashboardFixture::kAgnadello, "Neri", 0, 1));
    QVERIFY(check(1, DashboardFixture::kCrema, "Rossi", 0, 2)); // X1, X5
    QVERIFY(check(2, DashboardFixture::kCrema, "Bianchi", 1, 0)); // X4
    QVERIFY(check(3, DashboardFixture::kCrema, "Verdi", 0, 1));   // X8
}

void TestDeadlineWatch::newSinceLastSeen()
{
    // X4 entered the 30-day watch on 2024-10-01 (deadline less 30 days); X8 on 2024-08-31.
    DeadlineWatch::Options o = options();
    o.lastSeen = QDate(2024, 9, 30);
    QString error;
    DeadlineWatchResult r = DeadlineWatch(m_fixture.database().connection()).list(o, &error);
    QCOMPARE(r.newSinceLastSeen, 1);
    QVERIFY(r.entries.at(0).isNew);
    QVERIFY(!r.entries.at(4).isNew);
    o.lastSeen = QDate(2024, 10, 1);
    r = DeadlineWatch(m_fixture.database().connection()).list(o, &error);
    QCOMPARE(r.newSinceLastSeen, 0);
    o.lastSeen = QDate(2024, 8, 30);
    r = DeadlineWatch(m_fixture.database().connection()).list(o, &error);
    QCOMPARE(r.newSinceLastSeen, 2);
}

void TestDeadlineWatch::limitKeepsTheMostUrgentAndCountsAll()
{
    DeadlineWatch::Options o = options();
    o.limit = 2;
    QString error;
    const DeadlineWatchResult r = DeadlineWatch(m_fixture.database().connection()).list(o, &error);
    QCOMPARE(protocols(r), (QStringList{u"X4"_s, u"X1"_s}));
    QCOMPARE(r.dueSoon + r.overdue, 5);
}

void TestDeadlineWatch::scopeFilters()
{
    DeadlineWatch::Options o = options();
    o.scope.authorityIstat = QString::fromLatin1(DashboardFixture::kAgnadello);
    QString error;
    QCOMPARE(protocols(DeadlineWatch(m_fixture.database().connection()).list(o, &error)), QStringList{u"Y1"_s});
    o.scope.authorityIstat.clear();
    o.scope.taskForceCode = u"APPALTI"_s;
    QVERIFY(DeadlineWatch(m_fixture.database().connection()).list(o, &error).entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeadlineWatch)
#include "tst_deadlinewatch.moc"
