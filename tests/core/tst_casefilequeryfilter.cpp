// The case list's filters (authority, task force, procedure, state on a given day, protocol
// prefix, responsible officer) over a real store: the count, every keyset page and the filtered
// CSV/XLSX export agree with the same rules applied by hand to the generated case files.
#include "core/exchange/caseexportjob.h"
#include "tests/common/storereads.h"
#include "core/exchange/casecsvexporter.h"
#include "core/import/xlsxcaseexporter.h"
#include "core/query/casefilequery.h"
#include "core/store/casebulkloader.h"
#include "core/store/database.h"
#include "core/store/referencestore.h"
#include "core/store/transaction.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pass;

Q_DECLARE_METATYPE(pass::CaseFileFilter)

namespace {

const QDate kToday(2025, 6, 15);
const QStringList kAuthorities{u"019035"_s, u"019002"_s, u"019003"_s};
// PDC: 90 days; PAS: 30 days; TLC-44: 90 days until 2024-05-01, 60 days from then; SCIA-ALT: 30.
const QStringList kProcedures{u"PDC"_s, u"PAS"_s, u"TLC-44"_s, u"SCIA-ALT"_s};
const QStringList kOfficers{u"Arch. Bianchi"_s, u"Ing. Rossi"_s, u"Geom. Bianca Verdi"_s, u"Dott.ssa Neri"_s};

} // namespace

class TestCaseFileQueryFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void filterMatchesTheRules_data();
    void filterMatchesTheRules();
    void exportWritesTheFilteredCases();
    void likeWildcardsMatchThemselves();
    void exportJobRunsOnAWorker();

private:
    QSet<QString> expected(const CaseFileFilter &f) const;
    QSet<QString> pagedIds(CaseFileQuery &query, int pageSize) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QList<CaseFile> m_cases;
    QHash<QString, ProcedureType> m_types;
};

void TestCaseFileQueryFilter::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(u"store.db"_s));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
    m_types = testutil::procedureTypesByCode(m_db->connection());
    QRandomGenerator rng(11);
    QHash<QString, int> counters;
    for (int i = 0; i < 3000; ++i) {
        CaseFile c;
        c.id = u"case-%1"_s.arg(i, 5, 10, QChar(u'0'));
        c.authorityIstat = kAuthorities.at(rng.bounded(int(kAuthorities.size())));
        c.procedureCode = kProcedures.at(rng.bounded(int(kProcedures.size())));
        // Start dates from 2023 up to today, denser near today so every state is well populated.
        c.startDate = kToday.addDays(-qint64(rng.bounded(900)) / (1 + rng.bounded(3)));
        c.protocolNumber = QString::number(c.startDate.year()) + u'/'
            + QString::number(++counters[c.authorityIstat]).rightJustified(6, u'0');
        c.responsible = kOfficers.at(rng.bounded(int(kOfficers.size())));
        const int fate = rng.bounded(10);
        if (fate < 4) {
            c.endDate = std::min(kToday, c.startDate.addDays(rng.bounded(200)));
            c.outcome = fate == 0 ? Outcome::Withdrawn : fate == 1 ? Outcome::Tacit : Outcome::Express;
        }
        m_cases << c;
    }
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    QString error;
    QVERIFY2(tx.begin(&error), qPrintable(error));
    CaseBulkLoader loader(db);
    QVERIFY2(loader.begin(&error), qPrintable(error));
    for (const CaseFile &c : std::as_const(m_cases))
        QVERIFY2(loader.write(c, &error), qPrintable(error));
    QVERIFY2(loader.finish(&error), qPrintable(error));
    QVERIFY2(tx.commit(&error), qPrintable(error));
}

void TestCaseFileQueryFilter::cleanupTestCase()
{
    m_db.reset();
}

QSet<QString> TestCaseFileQueryFilter::expected(const CaseFileFilter &f) const
{
    QSet<QString> ids;
    for (const CaseFile &c : m_cases) {
        const ProcedureType type = m_types.value(c.procedureCode);
        if (!f.authorityIstat.isEmpty() && c.authorityIstat != f.authorityIstat)
            continue;
        if (!f.procedureCodes.isEmpty() && !f.procedureCodes.contains(c.procedureCode))
            continue;
        if (!f.taskForceCode.isEmpty() && type.taskForceCode != f.taskForceCode)
            continue;
        if (!f.protocolPrefix.isEmpty() && !c.protocolNumber.startsWith(f.protocolPrefix))
            continue;
        if (!f.responsible.isEmpty() && !c.responsible.contains(f.responsible, Qt::CaseInsensitive))
            continue;
        const std::optional<int> term = type.termFor(c.startDate);
        const qint64 elapsed = c.startDate.daysTo(f.today);
        const bool open = !c.outcome;
        const bool overdue = open && term && elapsed > *term;
        bool keep = true;
        switch (f.state) {
        case CaseFileState::Any:
            break;
        case CaseFileState::Open:
            keep = open;
            break;
        case CaseFileState::Overdue:
            keep = overdue;
            break;
        case CaseFileState::DueSoon:
            keep = open && term && !overdue && *term - elapsed <= f.dueWithinDays;
            break;
        case CaseFileState::Concluded:
            keep = c.outcome == Outcome::Express || c.outcome == Outcome::Tacit;
            break;
        case CaseFileState::Withdrawn:
            keep = c.outcome == Outcome::Withdrawn;
            break;
        }
        if (keep)
            ids.insert(c.id);
    }
    return ids;
}

QSet<QString> TestCaseFileQueryFilter::pagedIds(CaseFileQuery &query, int pageSize) const
{
    QSet<QString> ids;
    QList<CaseFileListRow> page = query.page(CaseFileQuery::PageStart::atOffset(0), pageSize);
    while (!page.isEmpty()) {
        for (const CaseFileListRow &row : std::as_const(page)) {
            if (ids.contains(row.id))
                return {}; // a row twice: the keyset walk is broken
            ids.insert(row.id);
        }
        page = query.page(CaseFileQuery::PageStart::after(page.last().key), pageSize);
    }
    return ids;
}

void TestCaseFileQueryFilter::filterMatchesTheRules_data()
{
    QTest::addColumn<CaseFileFilter>("filter");
    auto row = [](const char *name, std::function<void(CaseFileFilter &)> set) {
        CaseFileFilter f;
        f.today = kToday;
        set(f);
        QTest::newRow(name) << f;
    };
    row("everything", [](CaseFileFilter &) {});
    row("authority", [](CaseFileFilter &f) { f.authorityIstat = u"019002"_s; });
    row("procedure", [](CaseFileFilter &f) { f.procedureCodes = {u"PAS"_s}; });
    row("task force", [](CaseFileFilter &f) { f.taskForceCode = u"EDILIZIA_URBANISTICA"_s; });
    row("task force and procedure", [](CaseFileFilter &f) {
        f.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        f.procedureCodes = {u"PDC"_s, u"PAS"_s};
    });
    row("task force without these procedures", [](CaseFileFilter &f) {
        f.taskForceCode = u"RINNOVABILI"_s;
        f.procedureCodes = {u"PDC"_s};
    });
    row("open", [](CaseFileFilter &f) { f.state = CaseFileState::Open; });
    row("overdue", [](CaseFileFilter &f) { f.state = CaseFileState::Overdue; });
    row("overdue, older flag", [](CaseFileFilter &f) { f.openOverdueOnly = true; f.state = CaseFileState::Overdue; });
    row("overdue TLC-44 across its two terms", [](CaseFileFilter &f) {
        f.state = CaseFileState::Overdue;
        f.procedureCodes = {u"TLC-44"_s};
    });
    row("due within 10 days", [](CaseFileFilter &f) { f.state = CaseFileState::DueSoon; f.dueWithinDays = 10; });
    row("due within 0 days", [](CaseFileFilter &f) { f.state = CaseFileState::DueSoon; f.dueWithinDays = 0; });
    row("due within 45 days, TLC-44", [](CaseFileFilter &f) {
        f.state = CaseFileState::DueSoon;
        f.dueWithinDays = 45;
        f.procedureCodes = {u"TLC-44"_s};
    });
    row("concluded", [](CaseFileFilter &f) { f.state = CaseFileState::Concluded; });
    row("withdrawn", [](CaseFileFilter &f) { f.state = CaseFileState::Withdrawn; });
    row("protocol prefix", [](CaseFileFilter &f) { f.protocolPrefix = u"2024/0001"_s; });
    row("protocol prefix of one case", [](CaseFileFilter &f) {
        f.authorityIstat = u"019035"_s;
        f.protocolPrefix = u"2025/000"_s;
    });
    row("protocol prefix matching nothing", [](CaseFileFilter &f) { f.protocolPrefix = u"PG/"_s; });
    row("responsible, any case", [](CaseFileFilter &f) { f.responsible = u"bianc"_s; });
    row("everything at once", [](CaseFileFilter &f) {
        f.authorityIstat = u"019035"_s;
        f.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        f.state = CaseFileState::Open;
        f.responsible = u"rossi"_s;
        f.protocolPrefix = u"202"_s;
    });
}

void TestCaseFileQueryFilter::filterMatchesTheRules()
{
    QFETCH(CaseFileFilter, filter);
    const QSet<QString> want = expected(filter);
    // Few matches (sorted after a search on the protocol index) and many (filtered along the
    // order's index) must select the same case files.
    for (const int fewMatches : {4096, 5}) {
    for (const CaseFileOrder order : {CaseFileOrder::StartDate, CaseFileOrder::Authority, CaseFileOrder::Procedure}) {
        CaseFileQuery query(m_db->connection(), testutil::procedureTypes(m_db->connection()));
        query.setFewMatches(fewMatches);
        query.setFilter(filter);
        if (!filter.protocolPrefix.isEmpty()) {
            const bool few = want.size() < fewMatches;
            QCOMPARE(query.protocolPlan(), few ? ProtocolPlan::ThroughIndex : ProtocolPlan::AlongOrder);
        }
        query.setOrder(order, order == CaseFileOrder::Authority ? Qt::AscendingOrder : Qt::DescendingOrder);
        QCOMPARE(query.count(), qint64(want.size()));
        const QSet<QString> got = pagedIds(query, 97);
        QVERIFY2(query.errorString().isEmpty(), qPrintable(query.errorString()));
        QCOMPARE(got.size(), want.size());
        QVERIFY(got == want);
    }
    }
    // The hand-made rules are not vacuous: most filters select some but not all case files.
    if (QByteArrayView(QTest::currentDataTag()) != "everything")
        QVERIFY(want.size() < m_cases.size());
}

void TestCaseFileQueryFilter::exportWritesTheFilteredCases()
{
    CaseFileFilter filter;
    filter.today = kToday;
    filter.state = CaseFileState::Overdue;
    filter.authorityIstat = u"019003"_s;
    const QSet<QString> want = expected(filter);
    QVERIFY(want.size() > 10);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    QCOMPARE(CaseCsvExporter(m_db->connection()).write(&csv, filter, &error), qint64(want.size()));
    const QList<QByteArray> lines = csv.data().split('\n');
    QSet<QString> exported;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            exported.insert(QString::fromUtf8(lines.at(i).split(',').first()));
    }
    QVERIFY(exported == want);

    const QString xlsx = m_dir.filePath(u"overdue.xlsx"_s);
    QCOMPARE(XlsxCaseExporter(m_db->connection()).write(xlsx, filter, &error), qint64(want.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCaseFileQueryFilter::likeWildcardsMatchThemselves()
{
    CaseFileFilter filter;
    filter.today = kToday;
    filter.responsible = u"%"_s;
    CaseFileQuery query(m_db->connection(), {});
    query.setFilter(filter);
    QCOMPARE(query.count(), 0);
    filter.responsible = u"_"_s;
    query.setFilter(filter);
    QCOMPARE(query.count(), 0);
}

void TestCaseFileQueryFilter::exportJobRunsOnAWorker()
{
    CaseFileFilter filter;
    filter.today = kToday;
    filter.state = CaseFileState::Concluded;
    const QSet<QString> want = expected(filter);
    for (const QString &name : {u"concluse.csv"_s, u"concluse.xlsx"_s}) {
        const QString out = m_dir.filePath(name);
        CaseExportJob job(m_db->path(), filter, CaseExportJob::formatFor(out), out);
        QSignalSpy progress(&job, &CaseExportJob::progress);
        QSignalSpy finished(&job, &CaseExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(want.size()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first().at(1).toLongLong(), qint64(want.size())); // the total, before any row
        QVERIFY(QFile::exists(out));
    }
    // A file that cannot be written is named in the error, and nothing is left.
    const QString bad = m_dir.filePath(u"no-such-folder/x.csv"_s);
    CaseExportJob job(m_db->path(), filter, CaseExportJob::Format::Csv, bad);
    QSignalSpy finished(&job, &CaseExportJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(1).toString().contains(u"x.csv"_s), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestCaseFileQueryFilter)
#include "tst_casefilequeryfilter.moc"
