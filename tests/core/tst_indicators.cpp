// The DFP indicators on hand-computed fixtures: semester boundaries, 29 February, a legal term
// reached exactly versus exceeded by one day, cases open across many semesters, tacit versus
// express, withdrawn, a procedure without a legal term, and edits that move a case's figures.
#include "core/indicators/casestats.h"
#include "tests/common/storereads.h"
#include "core/indicators/indicatorengine.h"
#include "core/indicators/targets.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void procedureRows_data();
    void procedureRows();
    void authorityFilter();
    void taskForceRollup();
    void noLegalTerm();
    void zeroRowsIncluded();
    void editsMoveTheFigures();
    void rebuildGivesTheSameFigures();
    void targetsFallBackAndFollowALinearPath();

private:
    QString add(const QString &authority, const QString &procedure, const QString &protocol, const char *start,
                const char *end = nullptr, std::optional<Outcome> outcome = std::nullopt,
                bool conference = false, bool suspended = false);
    IndicatorRow row(const QString &procedure, const QString &semester, const QStringList &authorities = {},
                     IndicatorEngine::GroupBy by = IndicatorEngine::GroupBy::Procedure);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_ids;
};

static const QString kCrema = u"019035"_s;
static const QString kAgnadello = u"019002"_s;

QString TestIndicators::add(const QString &authority, const QString &procedure, const QString &protocol,
                            const char *start, const char *end, std::optional<Outcome> outcome, bool conference,
                            bool suspended)
{
    CaseFile c;
    c.authorityIstat = authority;
    c.procedureCode = procedure;
    c.protocolNumber = protocol;
    c.startDate = QDate::fromString(QString::fromLatin1(start), Qt::ISODate);
    if (end)
        c.endDate = QDate::fromString(QString::fromLatin1(end), Qt::ISODate);
    c.outcome = outcome;
    c.servicesConference = conference;
    if (suspended)
        c.suspensions << Suspension{c.startDate.addDays(5), c.startDate.addDays(20), u"integrazioni"_s};
    QString error;
    if (!CaseFileStore(m_db->connection()).insert(&c, EditContext::local(), &error))
        qFatal("fixture insert failed: %s", qPrintable(error));
    m_ids.insert(protocol, c.id);
    return c.id;
}

void TestIndicators::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"store.db"_s));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    // PDC-LOM: 60 days. Hand-computed expectations are in procedureRows_data().
    add(kCrema, u"PDC-LOM"_s, u"A"_s, "2024-01-01", "2024-03-01", Outcome::Express);       // 60 days (leap Feb): on time
    add(kCrema, u"PDC-LOM"_s, u"B"_s, "2024-01-01", "2024-03-02", Outcome::Express, true, true); // 61 days: late
    add(kCrema, u"PDC-LOM"_s, u"C"_s, "2024-05-01");                                        // open; 60 days at 30 June
    add(kCrema, u"PDC-LOM"_s, u"E"_s, "2023-12-31", "2024-07-01", Outcome::Express);        // across a boundary, 183 days
    add(kCrema, u"PDC-LOM"_s, u"F"_s, "2024-02-29", "2024-06-30", Outcome::Tacit);          // ends on E: not open at E
    add(kCrema, u"PDC-LOM"_s, u"G"_s, "2023-01-10", "2024-02-01", Outcome::Withdrawn);      // closed, not concluded
    add(kCrema, u"PDC-LOM"_s, u"L"_s, "2024-04-30");                                        // 61 days at 30 June
    add(kAgnadello, u"PDC-LOM"_s, u"K"_s, "2024-01-01");                                    // open for ever
    add(kCrema, u"SCIA-ALT"_s, u"I"_s, "2024-06-01");                                       // 30 days: 29 at E
    add(kCrema, u"REND-REGIS"_s, u"H"_s, "2024-01-15", "2024-04-15", Outcome::Express);     // no legal term
}

void TestIndicators::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_ids.clear();
}

IndicatorRow TestIndicators::row(const QString &procedure, const QString &semester, const QStringList &authorities,
                                 IndicatorEngine::GroupBy by)
{
    IndicatorEngine::Query q;
    q.groupBy = by;
    q.authorities = authorities;
    q.from = Semester::parse(u"2022-S2"_s);
    q.to = Semester::parse(u"2025-S1"_s);
    const QList<IndicatorRow> rows = IndicatorEngine(m_db->connection()).compute(q);
    for (const IndicatorRow &r : rows) {
        const QString key = by == IndicatorEngine::GroupBy::Procedure ? r.procedureCode : r.taskForce;
        if (key == procedure && r.semester.label() == semester)
            return r;
    }
    qWarning("no row for %s %s", qPrintable(procedure), qPrintable(semester));
    return {};
}

void TestIndicators::procedureRows_data()
{
    QTest::addColumn<QString>("semester");
    QTest::addColumn<int>("started");
    QTest::addColumn<int>("tacit");
    QTest::addColumn<int>("express");
    QTest::addColumn<int>("conference");
    QTest::addColumn<int>("suspension");
    QTest::addColumn<double>("avgDuration"); // -1: empty
    QTest::addColumn<int>("backlog");
    QTest::addColumn<int>("late");

    QTest::newRow("2022-S2 before any case") << u"2022-S2"_s << 0 << 0 << 0 << 0 << 0 << -1.0 << 0 << 0;
    // G started and 171 days old at 30 June 2023.
    QTest::newRow("2023-S1") << u"2023-S1"_s << 1 << 0 << 0 << 0 << 0 << -1.0 << 1 << 0;
    // E starts on the last day: 0 days old at E; G still open.
    QTest::newRow("2023-S2") << u"2023-S2"_s << 1 << 0 << 0 << 0 << 0 << -1.0 << 1 << 0;
    // A (60 = term, on time), B (61, late, conference, suspended) express; F tacit, late (122).
    // Backlog at 30 June: E (182 days), K (181), L (61); not C (exactly 60), not F (ends on E), not G.
    QTest::newRow("2024-S1") << u"2024-S1"_s << 6 << 1 << 2 << 1 << 1 << 60.5 << 3 << 2;
    // E concluded express after 183 days (late); C, K, L in backlog.
    QTest::newRow("2024-S2") << u"2024-S2"_s << 0 << 0 << 1 << 0 << 0 << 183.0 << 3 << 1;
    QTest::newRow("2025-S1 open cases stay") << u"2025-S1"_s << 0 << 0 << 0 << 0 << 0 << -1.0 << 3 << 0;
}

void TestIndicators::procedureRows()
{
    QFETCH(QString, semester);
    const IndicatorRow r = row(u"PDC-LOM"_s, semester);
    QCOMPARE(r.semester.label(), semester);
    QFETCH(int, started);
    QFETCH(int, tacit);
    QFETCH(int, express);
    QFETCH(int, conference);
    QFETCH(int, suspension);
    QFETCH(double, avgDuration);
    QFETCH(int, backlog);
    QFETCH(int, late);
    QCOMPARE(r.started, started);
    QCOMPARE(r.concludedTacit, tacit);
    QCOMPARE(r.concludedExpress, express);
    QCOMPARE(r.concluded(), tacit + express);
    QCOMPARE(r.expressWithConference, conference);
    QCOMPARE(r.expressWithSuspension, suspension);
    if (avgDuration < 0)
        QVERIFY(!r.averageDurationDays().has_value());
    else
        QCOMPARE(r.averageDurationDays().value(), avgDuration);
    QCOMPARE(r.legalTermDays, std::optional<int>(60));
    QCOMPARE(r.backlog, std::optional<qint64>(backlog));
    QCOMPARE(r.concludedLate, std::optional<qint64>(late));
}

void TestIndicators::authorityFilter()
{
    const IndicatorRow crema = row(u"PDC-LOM"_s, u"2024-S1"_s, {kCrema});
    QCOMPARE(crema.authorityIstat, kCrema);
    QCOMPARE(crema.started, 5);
    QCOMPARE(crema.backlog, std::optional<qint64>(2)); // E and L; K is Agnadello's
    const IndicatorRow agnadello = row(u"PDC-LOM"_s, u"2024-S1"_s, {kAgnadello});
    QCOMPARE(agnadello.started, 1);
    QCOMPARE(agnadello.backlog, std::optional<qint64>(1));
    const IndicatorRow both = row(u"PDC-LOM"_s, u"2024-S1"_s, {kCrema, kAgnadello});
    QCOMPARE(both.authorityIstat, u"*"_s);
    QCOMPARE(both.backlog, std::optional<qint64>(3));
}

void TestIndicators::taskForceRollup()
{
    const auto byTaskForce = IndicatorEngine::GroupBy::TaskForce;
    const IndicatorRow s1 = row(u"EDILIZIA_URBANISTICA"_s, u"2024-S1"_s, {}, byTaskForce);
    QCOMPARE(s1.procedureCode, u"*"_s);
    QCOMPARE(s1.started, 7); // six PDC-LOM + I (SCIA-ALT)
    QCOMPARE(s1.backlog, std::optional<qint64>(3));
    QVERIFY(!s1.legalTermDays.has_value()); // several terms: none shown
    const IndicatorRow s2 = row(u"EDILIZIA_URBANISTICA"_s, u"2024-S2"_s, {}, byTaskForce);
    QCOMPARE(s2.backlog, std::optional<qint64>(4)); // C, K, L and I (184 days > 30)
    QCOMPARE(s2.averageDurationDays().value(), 183.0);
}

void TestIndicators::noLegalTerm()
{
    const IndicatorRow r = row(u"REND-REGIS"_s, u"2024-S1"_s);
    QCOMPARE(r.concludedExpress, 1);
    QCOMPARE(r.averageDurationDays().value(), 91.0);
    QVERIFY(!r.legalTermDays.has_value());
    QVERIFY(!r.backlog.has_value());
    QVERIFY(!r.concludedLate.has_value());
    const IndicatorRow tf = row(u"RENDICONTAZIONE_MONITORAGGIO"_s, u"2024-S1"_s, {}, IndicatorEngine::GroupBy::TaskForce);
    QVERIFY(!tf.backlog.has_value());
}

void TestIndicators::zeroRowsIncluded()
{
    IndicatorEngine::Query q;
    q.from = Semester::parse(u"2024-S1"_s);
    q.to = Semester::parse(u"2024-S2"_s);
    const QList<IndicatorRow> rows = IndicatorEngine(m_db->connection()).compute(q);
    const int procedures = 30; // the shipped catalogue
    QCOMPARE(rows.size(), procedures * 2);
    QCOMPARE(rows.first().semester.label(), u"2024-S1"_s);
    QCOMPARE(rows.last().semester.label(), u"2024-S2"_s);
    // Default range: from the first semester with data (2023-S1) to the current one.
    q.from.reset();
    q.to.reset();
    const QList<IndicatorRow> all = IndicatorEngine(m_db->connection()).compute(q);
    QCOMPARE(all.first().semester.label(), u"2023-S1"_s);
    QCOMPARE(all.last().semester, Semester::current());
}

void TestIndicators::editsMoveTheFigures()
{
    CaseFileStore store(m_db->connection());
    QString error;
    // E reopened: no longer concluded in 2024-S2, and back in the backlog there.
    CaseFile e = testutil::caseFile(m_db->connection(), m_ids.value(u"E"_s)).value();
    e.endDate = QDate();
    e.outcome.reset();
    QVERIFY2(store.update(e, EditContext::local(), &error), qPrintable(error));
    IndicatorRow r = row(u"PDC-LOM"_s, u"2024-S2"_s);
    QCOMPARE(r.concludedExpress, 0);
    QCOMPARE(r.backlog, std::optional<qint64>(4));
    // K deleted: one less in every backlog from 2024-S1 on.
    QVERIFY2(store.remove(m_ids.value(u"K"_s), EditContext::local(), &error), qPrintable(error));
    QCOMPARE(row(u"PDC-LOM"_s, u"2024-S1"_s).backlog, std::optional<qint64>(2));
    QCOMPARE(row(u"PDC-LOM"_s, u"2025-S1"_s).backlog, std::optional<qint64>(3));
    // C concluded tacitly in 2024-S2 after 90 days: late, out of the backlog.
    CaseFile c = testutil::caseFile(m_db->connection(), m_ids.value(u"C"_s)).value();
    c.endDate = QDate(2024, 7, 30);
    c.outcome = Outcome::Tacit;
    QVERIFY2(store.update(c, EditContext::local(), &error), qPrintable(error));
    r = row(u"PDC-LOM"_s, u"2024-S2"_s);
    QCOMPARE(r.concludedTacit, 1);
    QCOMPARE(r.concludedLate, std::optional<qint64>(1));
    QCOMPARE(r.backlog, std::optional<qint64>(2)); // E (reopened) and L
}

void TestIndicators::rebuildGivesTheSameFigures()
{
    IndicatorEngine::Query q;
    q.from = Semester::parse(u"2023-S1"_s);
    q.to = Semester::parse(u"2025-S2"_s);
    const QByteArray before = [&] {
        QByteArray out;
        for (const IndicatorRow &r : IndicatorEngine(m_db->connection()).compute(q))
            out += r.semester.label().toUtf8() + r.procedureCode.toUtf8() + QByteArray::number(r.started)
                + QByteArray::number(r.backlog.value_or(-1)) + QByteArray::number(r.concluded())
                + QByteArray::number(r.expressDurationSum) + QByteArray::number(r.concludedLate.value_or(-1)) + '\n';
        return out;
    }();
    QSqlDatabase db = m_db->connection();
    QString error;
    QVERIFY2(CaseStatsAccumulator::rebuild(db, &error), qPrintable(error));
    QByteArray after;
    for (const IndicatorRow &r : IndicatorEngine(m_db->connection()).compute(q))
        after += r.semester.label().toUtf8() + r.procedureCode.toUtf8() + QByteArray::number(r.started)
            + QByteArray::number(r.backlog.value_or(-1)) + QByteArray::number(r.concluded())
            + QByteArray::number(r.expressDurationSum) + QByteArray::number(r.concludedLate.value_or(-1)) + '\n';
    QCOMPARE(after, before);
}

void TestIndicators::targetsFallBackAndFollowALinearPath()
{
    TargetStore targets(m_db->connection());
    QVERIFY(!testutil::target(m_db->connection(), u"LOM"_s, u"PDC-LOM"_s)); // nothing configured: no invented target
    Target regional;
    regional.backlogReductionPct = 40;
    regional.durationReductionPct = 20;
    QString error;
    QVERIFY2(targets.save(regional, &error), qPrintable(error));
    Target pdc = regional;
    pdc.procedureCode = u"PDC-LOM"_s;
    pdc.backlogReductionPct = 50;
    QVERIFY(targets.save(pdc, &error));
    QCOMPARE(testutil::target(m_db->connection(), u"LOM"_s, u"PDC-LOM"_s)->backlogReductionPct, 50.0);
    QCOMPARE(testutil::target(m_db->connection(), u"LOM"_s, u"PAS"_s)->backlogReductionPct, 40.0); // falls back to '*'
    QCOMPARE(testutil::target(m_db->connection(), u"LOM"_s, u"PAS"_s)->baselineSemester, Semester(2021, 2));

    const Semester baseline(2021, 2);
    const QDate due(2025, 6, 30);
    QCOMPARE(TargetStore::targetPath(100, 40, baseline, due, baseline), 100.0);
    QCOMPARE(TargetStore::targetPath(100, 40, baseline, due, Semester(2025, 1)), 60.0);
    QCOMPARE(TargetStore::targetPath(100, 40, baseline, due, Semester(2026, 2)), 60.0); // stays at the target
    const double mid = TargetStore::targetPath(100, 40, baseline, due, Semester(2023, 2));
    QVERIFY(mid < 80.0 && mid > 75.0); // 730 of 1277 days: 100 - 40 * 730 / 1277 = 77.1
}

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
