// Reports over the hand-computed fixture (tests/core/dashboardfixture.cpp): the DFP table as
// CSV (golden file) and XLSX (read back from the ZIP), the monitoring report's PDF text through
// pdftotext, and passctl report for one authority and for a whole scope.
#include "dashboardfixture.h"

#include "core/exchange/dfptable.h"
#include "core/store/casefilestore.h"
#include "reports/monitoringreport.h"
#include "reports/reportbatch.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace pass;

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dfpTableRow();
    void dfpCsvMatchesGolden_data();
    void dfpCsvMatchesGolden();
    void dfpXlsxReadsBack();
    void pdfHoldsTheFigures_data();
    void pdfHoldsTheFigures();
    void pdfTablesBreakAcrossPagesWithoutLosingRows();
    void batchWritesEveryAuthorityAndCancels();
    void passctlReport();
    void passctlRefusesBadInput();

private:
    IndicatorScope crema() const;
    static QString pdfText(const QString &path, int page = 0);
    static QMap<QString, QString> readSheet(const QString &path);

    DashboardFixture m_fixture;
    QTemporaryDir m_out;
};

IndicatorScope TestReports::crema() const
{
    IndicatorScope s;
    s.asOf = DashboardFixture::today();
    s.authorityIstat = QString::fromLatin1(DashboardFixture::kCrema);
    return s;
}

void TestReports::initTestCase()
{
    QString error;
    QVERIFY2(m_fixture.open(&error), qPrintable(error));
}

void TestReports::dfpTableRow()
{
    QString error;
    const DfpTable t = DfpTable::build(m_fixture.database().connection(), crema(), Semester(2024, 1), ReportLanguage::Italian, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(t.scopeLabel, u"Crema (019035)"_s);
    QVERIFY(!t.asOf); // 2024-S1 is over on 2024-10-15
    // The procedures a comune handles, PDC-LOM among them.
    const auto it = std::find_if(t.rows.cbegin(), t.rows.cend(), [](const DfpTableRow &r) { return r.procedureCode == u"PDC-LOM"; });
    QVERIFY(it != t.rows.cend());
    // 2024-S1 at Crema: X6 tacit; X2 express with a conference, 337 days, late; X5 and X6
    // started; X1 and X5 overdue at 30 June.
    QCOMPARE(it->concludedTacit, 1);
    QCOMPARE(it->concludedExpress, 1);
    QCOMPARE(it->expressWithSuspension, 0);
    QCOMPARE(it->expressWithConference, 1);
    QCOMPARE(it->averageDurationDays, std::optional<double>(337.0));
    QCOMPARE(it->legalTermDays, std::optional<int>(60));
    QCOMPARE(it->started, 2);
    QCOMPARE(it->backlog, std::optional<qint64>(2));
    QCOMPARE(it->note, u"1 concluse oltre il termine"_s);
    QVERIFY(std::none_of(t.rows.cbegin(), t.rows.cend(), [](const DfpTableRow &r) { return r.procedureCode == u"AIA-NEW"; }));
    // Net of suspensions X5 is not yet overdue at 30 June.
    IndicatorScope net = crema();
    net.netOfSuspensions = true;
    const DfpTable n = DfpTable::build(m_fixture.database().connection(), net, Semester(2024, 1), ReportLanguage::Italian, &error);
    QCOMPARE(std::find_if(n.rows.cbegin(), n.rows.cend(), [](const DfpTableRow &r) { return r.procedureCode == u"PDC-LOM"; })->backlog,
             std::optional<qint64>(1));
}

void TestReports::dfpCsvMatchesGolden_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<bool>("net");
    QTest::addColumn<int>("language");
    QTest::newRow("Crema 2024-S1 gross, Italian") << u"dfp-019035-2024-S1-gross-it.csv"_s << false << int(ReportLanguage::Italian);
    QTest::newRow("Crema 2024-S2 net, English") << u"dfp-019035-2024-S2-net-en.csv"_s << true << int(ReportLanguage::English);
}

void TestReports::dfpCsvMatchesGolden()
{
    QFETCH(QString, golden);
    QFETCH(bool, net);
    QFETCH(int, language);
    IndicatorScope s = crema();
    s.netOfSuspensions = net;
    const Semester semester = net ? Semester(2024, 2) : Semester(2024, 1);
    QString error;
    const DfpTable t = DfpTable::build(m_fixture.database().connection(), s, semester, ReportLanguage(language), &error);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY2(t.writeCsv(&buffer, &error), qPrintable(error));
    const QString path = QStringLiteral(PASS_SOURCE_DIR "/tests/reports/golden/") + golden;
    if (qEnvironmentVariableIsSet("PASS_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(buffer.data());
    }
    QFile expected(path);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(buffer.data()), QString::fromUtf8(expected.readAll()));
}

QMap<QString, QString> TestReports::readSheet(const QString &path)
{
    // Cell reference -> text or number, from the first worksheet.
    QMap<QString, QString> cells;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(u"xl/worksheets/sheet1.xml"_s))
        return cells;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return cells;
    QXmlStreamReader xml(&file);
    QString ref;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"c")
            ref = xml.attributes().value(u"r"_s).toString();
        else if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t"))
            cells[ref] = xml.readElementText();
    }
    return cells;
}

void TestReports::dfpXlsxReadsBack()
{
    QString error;
    const DfpTable t = DfpTable::build(m_fixture.database().connection(), crema(), Semester(2024, 1), ReportLanguage::Italian, &error);
    const QString path = m_out.filePath(u"dfp.xlsx"_s);
    QVERIFY2(t.writeXlsx(path, &error), qPrintable(error));
    const QMap<QString, QString> cells = readSheet(path);
    // Header: authority, semester, variant, extraction date; a blank row; the column titles.
    QCOMPARE(cells.value(u"A1"_s), u"Ente"_s);
    QCOMPARE(cells.value(u"B1"_s), u"Crema (019035)"_s);
    QCOMPARE(cells.value(u"A2"_s), u"Semestre"_s);
    QVERIFY(cells.value(u"B2"_s).startsWith(u"2024-S1"_s));
    QCOMPARE(cells.value(u"A3"_s), u"Arretrato"_s);
    QVERIFY(cells.value(u"B3"_s).startsWith(u"lordo"_s));
    QCOMPARE(cells.value(u"B4"_s), u"15/10/2024"_s);
    const QStringList titles = DfpTable::columnTitles(ReportLanguage::Italian);
    for (int c = 0; c < titles.size(); ++c)
        QCOMPARE(cells.value(u"%1%2"_s.arg(QChar(u'A' + c)).arg(6)), titles.at(c));
    // The PDC-LOM row, wherever it is in catalogue order.
    int row = 0;
    for (int r = 7; r < 7 + t.rows.size(); ++r) {
        if (cells.value(u"A%1"_s.arg(r)).startsWith(u"Permesso di costruire"_s) && cells.value(u"G%1"_s.arg(r)) == u"60")
            row = r;
    }
    QVERIFY(row > 0);
    const auto at = [&](char column) { return cells.value(QChar::fromLatin1(column) + QString::number(row)); };
    QCOMPARE(at('B'), u"1"_s);
    QCOMPARE(at('C'), u"1"_s);
    QCOMPARE(at('D'), u"0"_s);
    QCOMPARE(at('E'), u"1"_s);
    QCOMPARE(at('F'), u"337"_s);
    QCOMPARE(at('H'), u"2"_s);
    QCOMPARE(at('I'), u"2"_s);
    QCOMPARE(at('J'), u"1 concluse oltre il termine"_s);
}

QString TestReports::pdfText(const QString &path, int page)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    QProcess p;
    // One page in content order (the header and footer are drawn as one string each), or the
    // whole document laid out as on paper.
    QStringList args{page > 0 ? u"-raw"_s : u"-layout"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    p.start(tool, args + QStringList{path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReports::pdfHoldsTheFigures_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<bool>("net");
    QTest::addColumn<QStringList>("expected");
    // Crema's key figures: backlog at the baseline 2023-S2 2 (X1, X2), now 3 (X1, X5, X8), so
    // -50 % cleared; duration 337 against 45 days, +648.9 %; the target 2 x 0.6 = 1.2 at
    // 2024-12-31 against a projection of 2 (2, 2, 2 in the complete semesters): not met. The
    // deadline watch: X4 and the overdue ones.
    QTest::newRow("Italian") << int(ReportLanguage::Italian) << false
                             << QStringList{u"Rapporto di monitoraggio"_s, u"Crema (019035)"_s, u"2024-S1"_s,
                                            u"Arretrato al 15/10/2024"_s, u"-50,0 %"_s, u"648,9 %"_s, u"337,0"_s, u"45,0"_s,
                                            u"1,2"_s, u"2,0"_s, u"raggiungibile"_s, u"Denominazione"_s, u"Termine"_s,
                                            u"X4"_s, u"X1"_s, u"X8"_s, u"scaduta da 592"_s, u"mancano 16"_s,
                                            u"lordo (giorni di calendario"_s, u"pag. 1 di"_s};
    QTest::newRow("English") << int(ReportLanguage::English) << false
                             << QStringList{u"Monitoring report"_s, u"Backlog on 2024-10-15"_s, u"-50.0 %"_s, u"648.9 %"_s,
                                            u"Procedure"_s, u"592 overdue"_s, u"page 1 of"_s};
    // Net of suspensions: named in the header of every page and in the heading.
    QTest::newRow("Italian, net") << int(ReportLanguage::Italian) << true
                                  << QStringList{u"Arretrato (netto sospensioni)"_s, u"netto delle sospensioni"_s, u"pag. 1 di"_s};
}

void TestReports::pdfHoldsTheFigures()
{
    QFETCH(int, language);
    QFETCH(bool, net);
    QFETCH(QStringList, expected);
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext (poppler-utils, scripts/setup.sh) is needed to read the report back");
    MonitoringReport report;
    MonitoringReport::Options o;
    o.scope = crema();
    o.scope.netOfSuspensions = net;
    o.semester = Semester(2024, 1);
    o.language = ReportLanguage(language);
    QString error;
    QVERIFY2(report.build(m_fixture.database().connection(), o, &error), qPrintable(error));
    // The page header (checked on every page below) names the variant.
    const bool italian = language == int(ReportLanguage::Italian);
    const QString variant = net ? (italian ? u"Arretrato (netto sospensioni)"_s : u"Backlog (net of suspensions)"_s)
                                : (italian ? u"Arretrato (lordo)"_s : u"Backlog (gross)"_s);
    QVERIFY2(report.header().endsWith(variant), qPrintable(report.header()));
    const QString path = m_out.filePath(u"report-%1-%2.pdf"_s.arg(language).arg(net));
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    for (const QString &needle : expected)
        QVERIFY2(text.contains(needle), qPrintable(u"'%1' not in the PDF:\n%2"_s.arg(needle, text.left(3000))));
    // The header on every page, and "pag. X di Y" numbered through.
    const int pages = int(text.count(QChar(u'\f')));
    QVERIFY(pages >= 2);
    const QString pageWord = language == int(ReportLanguage::Italian) ? u"pag. %1 di %2"_s : u"page %1 of %2"_s;
    for (int p = 1; p <= pages; ++p) {
        const QString one = pdfText(path, p);
        QVERIFY2(one.contains(pageWord.arg(p).arg(pages)), qPrintable(pageWord.arg(p).arg(pages)));
        QVERIFY2(one.contains(report.header()), qPrintable(u"no header on page %1:\n%2"_s.arg(p).arg(one)));
    }
}

void TestReports::pdfTablesBreakAcrossPagesWithoutLosingRows()
{
    // Every open case file of Crema in the deadline watch over a wide window, and a long list:
    // add 150 more open case files so the table needs several pages.
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QFAIL("pdftotext is needed");
    DashboardFixture many;
    QString error;
    QVERIFY2(many.open(&error), qPrintable(error));
    for (int i = 0; i < 150; ++i) {
        CaseFile c;
        c.authorityIstat = QString::fromLatin1(DashboardFixture::kCrema);
        c.procedureCode = u"PDC-LOM"_s;
        c.protocolNumber = u"LONG-%1"_s.arg(i, 3, 10, QChar(u'0'));
        c.startDate = QDate(2024, 3, 1).addDays(i);
        QVERIFY2(CaseFileStore(many.database().connection()).insert(&c, EditContext::local(), &error), qPrintable(error));
    }
    MonitoringReport report;
    MonitoringReport::Options o;
    o.scope = crema();
    o.semester = Semester(2024, 1);
    o.deadlineRows = 1000;
    QVERIFY2(report.build(many.database().connection(), o, &error), qPrintable(error));
    const QString path = m_out.filePath(u"long.pdf"_s);
    QVERIFY2(report.writePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY(text.count(QChar(u'\f')) >= 3);
    int found = 0;
    for (int i = 0; i < 150; ++i)
        found += text.contains(u"LONG-%1"_s.arg(i, 3, 10, QChar(u'0'))) ? 1 : 0;
    // All of them are past their term on 2024-10-15 (the last started 2024-07-28): none lost
    // where the table continues on the next page.
    QCOMPARE(found, 150);
}

void TestReports::batchWritesEveryAuthorityAndCancels()
{
    ReportBatch::Options o;
    o.scope.asOf = DashboardFixture::today();
    o.scope.provinceCode = u"CR"_s;
    o.semester = Semester(2024, 1);
    o.format = ReportBatch::Format::Csv;
    o.outputDir = m_out.filePath(u"batch"_s);
    QList<int> seen;
    const auto result = ReportBatch::run(m_fixture.database().connection(), o, [&](int done, int total, const QString &) {
        seen << done;
        return total == 2;
    });
    QCOMPARE(result.total, 2); // the two comuni with case files, not all 115 of the province
    QCOMPARE(result.files.size(), 2);
    QCOMPARE(seen, (QList<int>{1, 2}));
    QVERIFY(QFile::exists(o.outputDir + u"/019035_2024-S1.csv"_s));
    o.outputDir = m_out.filePath(u"cancelled"_s);
    const auto cancelled = ReportBatch::run(m_fixture.database().connection(), o, [](int, int, const QString &) { return false; });
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.files.size(), 1);
}

void TestReports::passctlReport()
{
    const QString db = m_fixture.path();
    for (const char *ext : {"csv", "xlsx", "pdf"}) {
        const QString out = m_out.filePath(u"cli."_s + QLatin1StringView(ext));
        QProcess p;
        p.start(QStringLiteral(PASSCTL_PATH), {u"--db"_s, db, u"report"_s, u"--authority"_s, u"019035"_s, u"--semester"_s,
                                               u"2024-S1"_s, u"--as-of"_s, u"2024-10-15"_s, u"--out"_s, out});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFileInfo(out).size() > 0);
    }
    QFile csv(m_out.filePath(u"cli.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QFile golden(QStringLiteral(PASS_SOURCE_DIR "/tests/reports/golden/dfp-019035-2024-S1-gross-it.csv"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), golden.readAll());

    QProcess all;
    all.start(QStringLiteral(PASSCTL_PATH), {u"--db"_s, db, u"report"_s, u"--all"_s, u"--province"_s, u"CR"_s, u"--semester"_s,
                                             u"2024-S1"_s, u"--out-dir"_s, m_out.filePath(u"cli-all"_s)});
    QVERIFY(all.waitForFinished(120000));
    const QString progress = QString::fromUtf8(all.readAllStandardError());
    QVERIFY2(all.exitCode() == 0, qPrintable(progress));
    QVERIFY2(progress.contains(u"[1/2] 019002"_s) && progress.contains(u"[2/2] 019035"_s), qPrintable(progress));
    QVERIFY(QFile::exists(m_out.filePath(u"cli-all/019002_2024-S1.pdf"_s)));
    QVERIFY(QFile::exists(m_out.filePath(u"cli-all/019035_2024-S1.pdf"_s)));
}

void TestReports::passctlRefusesBadInput()
{
    const auto run = [&](const QStringList &args, int expectedCode, const QString &message) {
        QProcess p;
        p.start(QStringLiteral(PASSCTL_PATH), QStringList{u"--db"_s, m_fixture.path(), u"report"_s} + args);
        if (!p.waitForFinished(60000))
            return false;
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != expectedCode || !err.contains(message)) {
            qWarning() << args << p.exitCode() << err;
            return false;
        }
        return true;
    };
    QVERIFY(run({u"--authority"_s, u"999999"_s, u"--out"_s, m_out.filePath(u"x.pdf"_s)}, 1, u"999999"_s));
    QVERIFY(run({u"--authority"_s, u"019035"_s, u"--out"_s, m_out.filePath(u"x.doc"_s)}, 2, u".pdf, .xlsx or .csv"_s));
    QVERIFY(run({u"--semester"_s, u"2024-S3"_s, u"--out"_s, m_out.filePath(u"x.csv"_s)}, 2, u"2024-S3"_s));
    QVERIFY(run({u"--all"_s}, 2, u"--out-dir"_s));
    QVERIFY(!QFile::exists(m_out.filePath(u"x.pdf"_s)));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
