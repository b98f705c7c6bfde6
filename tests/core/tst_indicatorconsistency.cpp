// Every figure on screen must be reproducible from the case files by a documented query
// (docs/indicators.md). This test runs those queries over a generated store and compares them,
// cell by cell, with what the indicator engine reads from the maintained aggregates.
#include "core/demo/demogenerator.h"
#include "tests/common/storereads.h"
#include "core/indicators/indicatorengine.h"
#include "core/indicators/storesnapshot.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace pass;

class TestIndicatorConsistency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void engineMatchesDocumentedQueries_data();
    void engineMatchesDocumentedQueries();
    void demoIsDeterministic();
    void manyAuthoritiesFromTheSnapshots();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// The documented queries (docs/indicators.md), with :first/:last the semester's days.
static const char *const kTerm =
    "(SELECT legal_term_days FROM procedure_terms t WHERE t.procedure_code = c.procedure_code "
    "AND t.valid_from <= c.start_date ORDER BY t.valid_from DESC LIMIT 1)";

static QVariant one(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0);
}

void TestIndicatorConsistency::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"demo.db"_s));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    DemoGenerator generator(m_db->connection());
    DemoGenerator::Options options;
    options.cases = 4000;
    options.seed = 7;
    options.asOf = QDate(2026, 3, 15);
    QString error;
    QVERIFY2(generator.run(options, {}, &error), qPrintable(error));
    // Edits after the bulk load go through the incremental path: both must agree.
    CaseFileStore store(m_db->connection());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id FROM case_files ORDER BY id LIMIT 40"_s));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (int i = 0; i < ids.size(); ++i) {
        CaseFile c = testutil::caseFile(m_db->connection(), ids.at(i)).value();
        if (i % 2 == 0) {
            c.endDate = QDate();
            c.outcome.reset();
        } else {
            c.endDate = QDate(2025, 12, 31) < c.startDate ? c.startDate : QDate(2025, 12, 31);
            c.outcome = Outcome::Express;
        }
        QVERIFY2(store.update(c, EditContext::local(), &error), qPrintable(error));
    }
}

void TestIndicatorConsistency::engineMatchesDocumentedQueries_data()
{
    QTest::addColumn<QString>("authority");
    QTest::newRow("all authorities") << QString();
    QTest::newRow("Crema") << u"019035"_s;
    QTest::newRow("Provincia di Cremona") << u"019"_s;
}

void TestIndicatorConsistency::engineMatchesDocumentedQueries()
{
    QFETCH(QString, authority);
    QSqlDatabase db = m_db->connection();
    IndicatorEngine::Query query;
    if (!authority.isEmpty())
        query.authorities = {authority};
    query.from = Semester(2021, 1);
    query.to = Semester(2026, 2);
    // The running semester is counted as of the store's "today", the others at their last day.
    query.asOf = QDate(2026, 3, 15);
    const QList<IndicatorRow> rows = IndicatorEngine(db).compute(query);
    QCOMPARE(rows.size(), 30 * 12);
    const QString where = u" FROM case_files c WHERE c.procedure_code = ? AND (coalesce(?, '') = '' OR c.authority_istat = ?) "_s;
    int nonZero = 0;
    for (const IndicatorRow &r : rows) {
        const QString first = r.semester.firstDay().toString(Qt::ISODate);
        const QString last = r.semester.lastDay().toString(Qt::ISODate);
        const QString at = r.semester == Semester::containing(query.asOf) ? query.asOf.toString(Qt::ISODate) : last;
        QCOMPARE(r.isRunning(), at != last);
        const QVariantList base{r.procedureCode, authority, authority};
        const auto count = [&](const QString &condition, const QVariantList &extra) {
            return one(db, u"SELECT count(*)"_s + where + u"AND "_s + condition, base + extra).toLongLong();
        };
        const qint64 started = count(u"c.start_date BETWEEN ? AND ?"_s, {first, last});
        const qint64 tacit = count(u"c.outcome = 'tacit' AND c.end_date BETWEEN ? AND ?"_s, {first, last});
        const qint64 express = count(u"c.outcome = 'express' AND c.end_date BETWEEN ? AND ?"_s, {first, last});
        const qint64 conference = count(u"c.outcome = 'express' AND c.services_conference = 1 AND c.end_date BETWEEN ? AND ?"_s, {first, last});
        const qint64 suspension = count(u"c.outcome = 'express' AND EXISTS (SELECT 1 FROM case_suspensions s "
                                        "WHERE s.case_id = c.id) AND c.end_date BETWEEN ? AND ?"_s, {first, last});
        const QVariant avg = one(db, u"SELECT round(avg(julianday(c.end_date) - julianday(c.start_date)), 1)"_s + where
                                     + u"AND c.outcome = 'express' AND c.end_date BETWEEN ? AND ?"_s, base + QVariantList{first, last});
        const QString term = QString::fromLatin1(kTerm);
        const qint64 backlog = count(u"c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?) AND "_s + term
                                         + u" IS NOT NULL AND julianday(?) - julianday(c.start_date) > "_s + term,
                                     {at, at, at});
        const qint64 backlogNet = count(u"c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?) AND "_s + term
                                            + u" IS NOT NULL AND julianday(?) - julianday(c.start_date) - c.suspension_days > "_s
                                            + term,
                                        {at, at, at});
        const qint64 late = count(u"c.outcome IN ('express', 'tacit') AND c.end_date BETWEEN ? AND ? AND "
                                  "julianday(c.end_date) - julianday(c.start_date) > "_s + term, {first, last});
        const QByteArray label = (r.semester.label() + u' ' + r.procedureCode).toUtf8();
        const char *where_ = label.constData();
        QVERIFY2(r.started == started, where_);
        QVERIFY2(r.concludedTacit == tacit, where_);
        QVERIFY2(r.concludedExpress == express, where_);
        QVERIFY2(r.expressWithConference == conference, where_);
        QVERIFY2(r.expressWithSuspension == suspension, where_);
        if (avg.isNull())
            QVERIFY2(!r.averageDurationDays(), where_);
        else
            QVERIFY2(std::abs(r.averageDurationDays().value_or(-1) - avg.toDouble()) < 0.051, where_);
        if (r.legalTermDays) {
            const QByteArray detail = label + " backlog " + QByteArray::number(r.backlog.value_or(-1)) + " vs "
                + QByteArray::number(backlog);
            QVERIFY2(r.backlog.value_or(-1) == backlog, detail.constData());
            QVERIFY2(r.backlogNet.value_or(-1) == backlogNet, where_);
            QVERIFY2(r.concludedLate.value_or(-1) == late, where_);
        }
        if (started || backlog)
            ++nonZero;
    }
    QVERIFY2(nonZero > 20, "the fixture should exercise many cells");
}

void TestIndicatorConsistency::demoIsDeterministic()
{
    const auto fingerprint = [](const QString &path) {
        Database db(path);
        if (!db.open())
            return QByteArray();
        DemoGenerator generator(db.connection());
        DemoGenerator::Options options;
        options.cases = 500;
        options.seed = 42;
        options.asOf = QDate(2025, 1, 31);
        QString error;
        if (!generator.run(options, {}, &error))
            return QByteArray();
        QSqlQuery q(db.connection());
        q.exec(u"SELECT id, authority_istat, procedure_code, protocol_number, start_date, end_date, outcome "
               "FROM case_files ORDER BY id"_s);
        QByteArray all;
        while (q.next())
            for (int i = 0; i < 7; ++i)
                all += q.value(i).toString().toUtf8() + ',';
        q.exec(u"SELECT count(*) FROM support_requests"_s);
        q.next();
        return QByteArray(all + q.value(0).toByteArray());
    };
    const QByteArray a = fingerprint(m_dir.filePath(u"a.db"_s));
    const QByteArray b = fingerprint(m_dir.filePath(u"b.db"_s));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

QTEST_GUILESS_MAIN(TestIndicatorConsistency)
#include "tst_indicatorconsistency.moc"

// Many authorities are summed from the store's snapshots (StoreSnapshots) when they are current
// and through the indexes after a commit: the same figures as the all-authorities rows when they
// are every authority, either way, and a commit is seen at once.
void TestIndicatorConsistency::manyAuthoritiesFromTheSnapshots()
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT DISTINCT authority_istat FROM case_files ORDER BY 1"_s));
    QStringList every;
    while (q.next())
        every << q.value(0).toString();
    QVERIFY2(every.size() >= StoreSnapshots::kManyAuthorities, "the fixture should reach the snapshot path");
    IndicatorEngine::Query all;
    all.from = Semester(2021, 1);
    all.to = Semester(2026, 2);
    all.asOf = QDate(2026, 3, 15);
    IndicatorEngine::Query many = all;
    many.authorities = every;
    const auto compare = [&](const QList<IndicatorRow> &a, const QList<IndicatorRow> &b) {
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QByteArray where = (a.at(i).semester.label() + u' ' + a.at(i).procedureCode).toUtf8();
            QVERIFY2(a.at(i).started == b.at(i).started, where.constData());
            QVERIFY2(a.at(i).concluded() == b.at(i).concluded(), where.constData());
            QVERIFY2(a.at(i).expressDurationSum == b.at(i).expressDurationSum, where.constData());
            QVERIFY2(a.at(i).backlog == b.at(i).backlog, where.constData());
            QVERIFY2(a.at(i).backlogNet == b.at(i).backlogNet, where.constData());
            QVERIFY2(a.at(i).concludedLate == b.at(i).concludedLate, where.constData());
        }
    };
    // Through the snapshots, once they are current: the same figures as the all-authorities rows.
    QString snapshotError;
    QVERIFY2(StoreSnapshots::caseStats(db, &snapshotError), qPrintable(snapshotError));
    QVERIFY2(StoreSnapshots::openCases(db, &snapshotError), qPrintable(snapshotError));
    QVERIFY(StoreSnapshots::worthReading(db, StoreSnapshots::Table::CaseStats, every));
    QVERIFY(StoreSnapshots::worthReading(db, StoreSnapshots::Table::OpenCases, every));
    compare(IndicatorEngine(db).compute(many), IndicatorEngine(db).compute(all));

    // One more open building permit, overdue since 2025: seen by the next computation.
    const auto cell = [](const QList<IndicatorRow> &rows, Semester s, const QString &code) {
        for (const IndicatorRow &r : rows) {
            if (r.semester == s && r.procedureCode == code)
                return r;
        }
        return IndicatorRow();
    };
    const QList<IndicatorRow> before = IndicatorEngine(db).compute(many);
    CaseFile c;
    c.authorityIstat = every.first();
    c.procedureCode = u"PDC-LOM"_s;
    c.protocolNumber = u"SNAPSHOT-1"_s;
    c.startDate = QDate(2025, 1, 10);
    QString error;
    QVERIFY2(CaseFileStore(db).insert(&c, EditContext::local(), &error), qPrintable(error));
    // After the commit the snapshots are stale, and these authorities are fewer than half of the
    // store's: the first read goes through the indexes rather than reading the snapshots again.
    QVERIFY(!StoreSnapshots::worthReading(db, StoreSnapshots::Table::CaseStats, every));
    QVERIFY(!StoreSnapshots::worthReading(db, StoreSnapshots::Table::OpenCases, every));
    QVERIFY(StoreSnapshots::worthReading(db, StoreSnapshots::Table::CaseStats, {})); // all: the snapshot
    const QList<IndicatorRow> after = IndicatorEngine(db).compute(many);
    QCOMPARE(cell(after, Semester(2025, 1), u"PDC-LOM"_s).started, cell(before, Semester(2025, 1), u"PDC-LOM"_s).started + 1);
    // The running semester's backlog comes from the open case files' snapshot.
    QCOMPARE(cell(after, Semester(2026, 1), u"PDC-LOM"_s).backlog.value_or(-1),
             cell(before, Semester(2026, 1), u"PDC-LOM"_s).backlog.value_or(-1) + 1);
    compare(after, IndicatorEngine(db).compute(all));
    // The snapshots read again after the commit agree with the indexes.
    QVERIFY2(StoreSnapshots::caseStats(db, &snapshotError), qPrintable(snapshotError));
    QVERIFY2(StoreSnapshots::openCases(db, &snapshotError), qPrintable(snapshotError));
    QVERIFY(StoreSnapshots::worthReading(db, StoreSnapshots::Table::CaseStats, every));
    compare(IndicatorEngine(db).compute(many), after);
}
