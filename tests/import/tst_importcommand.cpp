// passctl import / export xlsx, called as the dispatcher calls them.
#include "importtestutil.h"

#include "app/passctl/importcommand.h"
#include "core/import/caseimporter.h"
#include "core/import/mappingstore.h"
#include "core/store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace importtest;

class TestImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dryRunThenApply();
    void dryRunListsTheChanges();
    void usageErrors();
    void mappingFileAndExport();
    void sheetOfAWorkbook();
    void mappingSavedByTheWizardIsUsed();
    void oldSpreadsheetFormatsAreNamed();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<pass::Database> m_db;
};

namespace {

int run(pass::Database &db, const QStringList &args, QString *out, QString *err)
{
    QTextStream o(out), e(err);
    const int code = runImportCommand(db, args, o, e);
    o.flush();
    e.flush();
    return code;
}

} // namespace

void TestImportCommand::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    // The wizard's saved mappings live in the user's data folder: passctl import reads them, so
    // each test gets its own, never the real one.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_tmp->filePath(u"data"_s)));
    m_db = std::make_unique<pass::Database>(m_tmp->filePath(u"s.db"_s));
    QVERIFY(m_db->open());
}

void TestImportCommand::cleanup()
{
    m_db.reset();
    m_tmp.reset();
}

void TestImportCommand::dryRunThenApply()
{
    pass::Database &db = *m_db;
    const QString file = fixturesDir() + u"/excel-ansi-semicolon.csv"_s;
    QString out, err;
    QCOMPARE(run(db, {file, u"--authority"_s, u"019035"_s, u"--dry-run"_s}, &out, &err), 0);
    QVERIFY(out.contains(u"4 new"_s));
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 0);
    QCOMPARE(run(db, {file, u"--authority"_s, u"019035"_s}, &out, &err), 0);
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 4);
    // Rejected rows: 1 when nothing applied, 3 when the valid rows were.
    const QString dirty = fixturesDir() + u"/dirty-values.csv"_s;
    QCOMPARE(run(db, {dirty}, &out, &err), 1);
    const QString rejects = m_tmp->filePath(u"r.csv"_s);
    QCOMPARE(run(db, {dirty, u"--valid-rows"_s, u"--rejects"_s, rejects}, &out, &err), 3);
    QVERIFY(QFile::exists(rejects));
    // A broken file names itself and changes nothing.
    err.clear();
    QCOMPARE(run(db, {fixturesDir() + u"/unterminated-quote.csv"_s}, &out, &err), 1);
    QVERIFY2(err.contains(u"unterminated-quote.csv: line 3, column 1"_s), qPrintable(err));
}

void TestImportCommand::dryRunListsTheChanges()
{
    pass::Database &db = *m_db;
    const QByteArray header = "ente;protocollo;procedimento;data avvio;data conclusione;esito\n";
    QByteArray v1 = header, v2 = header;
    for (int i = 0; i < 40; ++i) {
        const QByteArray key = "019035;P" + QByteArray::number(i) + ";PDC-LOM;10/01/2023;";
        v1 += key + ";\n";
        v2 += key + "01/03/2023;rilasciato\n"; // two fields change in each of 40 cases
    }
    auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_tmp->filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(data);
        return f.fileName();
    };
    QString out, err;
    QCOMPARE(run(db, {write(u"v1.csv"_s, v1)}, &out, &err), 0);
    QVERIFY2(!out.contains(u"Changes to existing"_s), qPrintable(out)); // only new cases
    out.clear();
    const QString before = dumpStore(db.connection());
    QCOMPARE(run(db, {write(u"v2.csv"_s, v2), u"--dry-run"_s}, &out, &err), 0);
    QVERIFY2(out.contains(u"Changes to existing case files: 80 fields in 40 case files\n"
                          "  019035 P0: end_date: '' → '2023-03-01'\n"
                          "  019035 P0: outcome: '' → 'express'\n"
                          "  019035 P1: end_date: '' → '2023-03-01'\n"_s),
             qPrintable(out));
    QVERIFY2(out.endsWith(u"  … and 30 more changes\n"_s), qPrintable(out)); // 50 lines shown
    QCOMPARE(out.count(u" → "_s), 50);
    QCOMPARE(dumpStore(db.connection()), before);
}

void TestImportCommand::usageErrors()
{
    pass::Database &db = *m_db;
    QString out, err;
    QCOMPARE(run(db, {}, &out, &err), 2);
    QCOMPARE(run(db, {u"--help"_s}, &out, &err), 0);
    QVERIFY(out.contains(u"--mapping"_s));
    QCOMPARE(run(db, {u"x.csv"_s, u"--format"_s, u"ods"_s}, &out, &err), 1); // no such file first
    QCOMPARE(run(db, {fixturesDir() + u"/canonical.csv"_s, u"--format"_s, u"ods"_s}, &out, &err), 2);
    QCOMPARE(run(db, {fixturesDir() + u"/canonical.csv"_s, u"--encoding"_s, u"ebcdic"_s}, &out, &err), 2);
}

void TestImportCommand::sheetOfAWorkbook()
{
    pass::Database &db = *m_db;
    const QString workbook = fixturesDir() + u"/province-workbook.xlsx"_s;
    QString out, err;
    // An unknown name says which sheets there are, and changes nothing.
    QCOMPARE(run(db, {workbook, u"--sheet"_s, u"Foglio1"_s}, &out, &err), 1);
    QVERIFY2(err.contains(u"no sheet named 'Foglio1' (sheets: Istruzioni, Pratiche)"_s), qPrintable(err));
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 0);
    // The cover sheet has no registry in it…
    out.clear();
    QCOMPARE(run(db, {workbook, u"--sheet"_s, u"Istruzioni"_s, u"--dry-run"_s}, &out, &err), 1);
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 0);
    // …the one named has.
    out.clear();
    QCOMPARE(run(db, {workbook, u"--sheet"_s, u"Pratiche"_s, u"--valid-rows"_s}, &out, &err), 3);
    QVERIFY2(out.contains(u"sheet 'Pratiche'"_s), qPrintable(out));
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 2);
}

void TestImportCommand::mappingFileAndExport()
{
    pass::Database &db = *m_db;
    const QString mapping = m_tmp->filePath(u"m.json"_s);
    QString out, err;
    const QString file = fixturesDir() + u"/praticaweb-report.csv"_s;
    QCOMPARE(run(db, {file, u"--authority"_s, u"019035"_s, u"--ended-outcome"_s, u"express"_s,
                      u"--save-mapping"_s, mapping, u"--dry-run"_s}, &out, &err), 0);
    // The saved mapping carries the authority and the outcome choice.
    out.clear();
    err.clear();
    QVERIFY2(run(db, {file, u"--mapping"_s, mapping}, &out, &err) == 0, qPrintable(out + err));
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 2);

    const QString xlsx = m_tmp->filePath(u"cases.xlsx"_s);
    QTextStream o(&out), e(&err);
    QCOMPARE(runExportXlsx(db, xlsx, {}, o, e), 0);
    QCOMPARE(runExportXlsx(db, {}, {}, o, e), 2);
    pass::Database other(m_tmp->filePath(u"t.db"_s));
    QVERIFY(other.open());
    QCOMPARE(run(other, {xlsx}, &out, &err), 0);
    QCOMPARE(dumpStore(other.connection()), dumpStore(db.connection()));
}

void TestImportCommand::mappingSavedByTheWizardIsUsed()
{
    pass::Database &db = *m_db;
    // Columns nobody could guess, mapped once in the wizard and saved where it saves them.
    const QString file = m_tmp->filePath(u"odd.csv"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("cod;rif;tipo proc;quando\n019035;O1;PDC-LOM;10/01/2023\n");
    f.close();
    pass::ImportMapping m = pass::CaseImporter(db.connection()).preview(file).mapping;
    m.setColumn(pass::ImportField::AuthorityIstat, 0);
    m.setColumn(pass::ImportField::ProtocolNumber, 1);
    m.setColumn(pass::ImportField::ProcedureCode, 2);
    m.setColumn(pass::ImportField::StartDate, 3);
    QString error;
    QVERIFY2(pass::MappingStore().save(m, &error), qPrintable(error));

    // Without --mapping, passctl uses it and says so.
    QString out, err;
    QVERIFY2(run(db, {file, u"--dry-run"_s}, &out, &err) == 0, qPrintable(out + err));
    QVERIFY2(err.contains(u"using the mapping saved for these columns: "_s)
                 && err.contains(pass::MappingStore().pathFor(m.fingerprint())),
             qPrintable(err));
    QVERIFY2(out.contains(u"1 new"_s), qPrintable(out));
    // --no-saved-mapping matches the columns by name: here nothing is found.
    out.clear();
    err.clear();
    QCOMPARE(run(db, {file, u"--dry-run"_s, u"--no-saved-mapping"_s}, &out, &err), 1);
    QVERIFY2(!err.contains(u"using the mapping saved"_s), qPrintable(err));
    QVERIFY2(err.contains(u"no column for protocol_number"_s), qPrintable(err));
    // --mapping names the mapping to use: the saved one is not looked for.
    const QString other = m_tmp->filePath(u"other.json"_s);
    QVERIFY(pass::MappingStore::write(pass::ImportMapping::propose({u"x"_s}), other, &error));
    err.clear();
    QCOMPARE(run(db, {file, u"--dry-run"_s, u"--mapping"_s, other}, &out, &err), 1);
    QVERIFY2(!err.contains(u"using the mapping saved"_s), qPrintable(err));
}

void TestImportCommand::oldSpreadsheetFormatsAreNamed()
{
    pass::Database &db = *m_db;
    QString out, err;
    QCOMPARE(run(db, {fixturesDir() + u"/excel-97.xls"_s}, &out, &err), 1);
    QVERIFY2(err.contains(u"Excel 97-2003 workbook (.xls): save it as .xlsx or CSV"_s), qPrintable(err));
    err.clear();
    // Even when the user insists it is a CSV file.
    QCOMPARE(run(db, {fixturesDir() + u"/excel-97.xls"_s, u"--format"_s, u"csv"_s}, &out, &err), 1);
    QVERIFY2(err.contains(u"Excel 97-2003"_s), qPrintable(err));
    err.clear();
    QCOMPARE(run(db, {fixturesDir() + u"/opendocument.ods"_s}, &out, &err), 1);
    QVERIFY2(err.contains(u"OpenDocument spreadsheet (.ods)"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
