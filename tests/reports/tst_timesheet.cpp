// The expert's monthly activity sheet over a real store: the PDF has its header and "pag. X di Y"
// on every page (read back with pdftotext, page by page) and keeps every visit across pages; the
// XLSX comes from the shared workbook writer with dates and hours as numbers (read back from the
// ZIP). Italian by default, English when asked.
#include "app/passctl/timesheetpdf.h"
#include "tests/common/storereads.h"
#include "core/requests/requestservice.h"
#include "core/requests/timesheet.h"
#include "core/store/database.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestTimesheet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    static constexpr int kVisits = 90;

    static QString pdfPage(const QString &path, int page)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-raw"_s, u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), path, u"-"_s});
        return p.waitForFinished(60000) && p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    }
    static QByteArray zipPart(const QString &path, const QString &name)
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
            return {};
        QuaZipFile f(&zip);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils, scripts/setup.sh) is needed to read the sheet back");
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(u"store.db"_s));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        const WorkflowActor anna{u"anna"_s, UserRole::Authority, {u"019035"_s}};
        const WorkflowActor coord{u"coord"_s, UserRole::Coordinator, {}};
        const WorkflowActor marco{u"marco"_s, UserRole::Expert, {u"019035"_s}};
        RequestService a(m_db->connection(), anna), c(m_db->connection(), coord), m(m_db->connection(), marco);
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = u"Arretrato dei permessi di costruire"_s;
        QVERIFY(a.create(&r, true));
        QVERIFY(c.move(r.id, RequestMove::Accept, {}));
        QVERIFY(c.move(r.id, RequestMove::Assign, MoveInput{{}, {u"marco"_s}, {}}));
        QVERIFY(m.move(r.id, RequestMove::Start, {}));
        for (int i = 0; i < kVisits; ++i) {
            Visit v;
            v.requestId = r.id;
            v.date = QDate(2026, 11, 1 + i % 30);
            v.start = QTime(9, 0);
            v.end = QTime(11, 15);
            v.activities = u"Visita n. %1: analisi delle pratiche in arretrato"_s.arg(i + 1);
            QVERIFY2(m.logVisit(&v), qPrintable(m.error()));
        }
    }

    void pdfHasHeaderAndPageNumbersOnEveryPage()
    {
        const Timesheet sheet = testutil::timesheet(m_db->connection(), u"marco"_s, QDate(2026, 11, 1));
        QCOMPARE(sheet.rows.size(), kVisits);
        const QString pdf = m_dir.filePath(u"marco.pdf"_s);
        QString error;
        QVERIFY2(writeTimesheetPdf(sheet, pdf, &error), qPrintable(error));
        QVERIFY(!QFile::exists(pdf + u".part"_s));
        QStringList pages;
        for (int i = 1; i < 20; ++i) {
            const QString text = pdfPage(pdf, i);
            if (text.isEmpty())
                break;
            pages << text;
        }
        QVERIFY2(pages.size() >= 2, "90 visits take more than one page");
        int visitsSeen = 0;
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(u"Foglio delle attività di marco — novembre 2026"_s), qPrintable(pages.at(i)));
            QVERIFY2(pages.at(i).contains(u"pag. %1 di %2"_s.arg(i + 1).arg(pages.size())), qPrintable(pages.at(i)));
            QVERIFY2(pages.at(i).contains(u"Data"_s) && pages.at(i).contains(u"Conferma"_s), "the table's header row on every page");
            visitsSeen += int(pages.at(i).count(u"Visita n. "_s));
        }
        QCOMPARE(visitsSeen, kVisits); // no row lost or repeated across pages
        QVERIFY(pages.last().contains(u"Ore totali"_s));
        QVERIFY(pages.last().contains(u"202,50"_s)); // 90 × 2.25 h, Italian decimals
    }

    void xlsxFromTheSharedWriter()
    {
        const Timesheet sheet = testutil::timesheet(m_db->connection(), u"marco"_s, QDate(2026, 11, 1), ReportLanguage::English);
        const QString xlsx = m_dir.filePath(u"marco.xlsx"_s);
        QString error;
        QVERIFY2(writeTimesheetXlsx(sheet, xlsx, &error), qPrintable(error));
        QVERIFY(!QFile::exists(xlsx + u".part"_s));
        const QString xml = QString::fromUtf8(zipPart(xlsx, u"xl/worksheets/sheet1.xml"_s));
        QVERIFY(!xml.isEmpty());
        QVERIFY(xml.contains(u"Activity sheet of marco, November 2026"_s));
        QVERIFY(xml.contains(u"Total hours"_s));
        // Hours as numbers (2.25 per visit, 202.5 in all), dates as Excel serial numbers.
        QCOMPARE(int(xml.count(u"<v>2.25</v>"_s)), kVisits);
        QVERIFY(xml.contains(u"<v>202.5</v>"_s));
        QVERIFY(xml.contains(u"<v>%1</v>"_s.arg(QDate(1899, 12, 30).daysTo(QDate(2026, 11, 1)))));
        QVERIFY(zipPart(xlsx, u"xl/workbook.xml"_s).contains("name=\"Activities\""));
        // A folder that does not exist: an error, nothing left behind.
        QVERIFY(!writeTimesheetXlsx(sheet, m_dir.filePath(u"missing/marco.xlsx"_s), &error));
        QVERIFY(error.contains(u"missing/marco.xlsx"_s));
    }
};

QTEST_MAIN(TestTimesheet)
#include "tst_timesheet.moc"
