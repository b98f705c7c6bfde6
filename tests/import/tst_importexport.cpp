// The XLSX export in canonical columns, its round trip through the importer, and the ids an
// exported file gives.
#include "importtestutil.h"
#include "tests/common/storereads.h"

#include "core/import/caseimporter.h"
#include "core/import/referencelookup.h"
#include "core/import/xlsxcaseexporter.h"
#include "core/import/xlsxreader.h"
#include "core/exchange/casecsvexporter.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"

#include <QSqlQuery>
#include <QUuid>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace importtest;

namespace {

// Protocol number → suspension days, as case_files keeps them for the indicators and exports.
QMap<QString, int> suspensionDays(QSqlDatabase db)
{
    QMap<QString, int> days;
    QSqlQuery q(db);
    q.exec(u"SELECT protocol_number, suspension_days FROM case_files"_s);
    while (q.next())
        days.insert(q.value(0).toString(), q.value(1).toInt());
    return days;
}

QStringList caseIds(QSqlDatabase db)
{
    QStringList ids;
    QSqlQuery q(db);
    q.exec(u"SELECT id FROM case_files ORDER BY id"_s);
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private slots:
    void idsThatAreNotOursOrTakenAreHandled();
    void aFirstImportOfIdsInRunsKeepsEveryId();
    void xlsxRoundTrip();
    void authorityCodesAsWrittenOrRepaired();
    void suspensionDaysSurviveExportAndReimport_data();
    void suspensionDaysSurviveExportAndReimport();
};

void TestImportExport::idsThatAreNotOursOrTakenAreHandled()
{
    QTemporaryDir tmp;
    pass::Database db(tmp.filePath(u"a.db"_s));
    QVERIFY(db.open());
    pass::CaseFile existing = cremaCase(u"E1"_s, QDate(2023, 1, 5));
    pass::CaseFile other = existing;
    other.protocolNumber = u"E2"_s;
    QString error;
    QVERIFY2(pass::CaseFileStore(db.connection()).insert(&existing, pass::EditContext::local(), &error),
             qPrintable(error));
    QVERIFY2(pass::CaseFileStore(db.connection()).insert(&other, pass::EditContext::local(), &error),
             qPrintable(error));
    const QString fresh = u"0190a1b2-0000-7000-8000-000000000001"_s;
    QFile f(tmp.filePath(u"ids.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id;ente;protocollo;procedimento;data avvio\n"
            "17;019035;N1;PDC-LOM;10/01/2023\n"             // an office's own number: a new id
            + fresh.toLatin1() + ";019035;N2;PDC-LOM;10/01/2023\n" // a UUID nobody has: kept
            + other.id.toLatin1() + ";019035;N3;PDC-LOM;10/01/2023\n" // another case's id
            + existing.id.toLatin1() + ";019035;E1;PDC-LOM;05/01/2023\n"); // its own: unchanged
    f.close();
    pass::ImportOptions options;
    options.policy = pass::ApplyPolicy::ValidRowsOnly;
    const pass::ImportReport r = pass::CaseImporter(db.connection()).run(f.fileName(), {}, options);
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.inserted, 2);
    QVERIFY2(r.unchanged == 1, qPrintable(r.toText()));
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.first().where, u"line 4"_s);
    QCOMPARE(r.problems.first().field, u"id"_s);
    QVERIFY2(r.problems.first().reason.contains(u"E2"_s), qPrintable(r.problems.first().reason));
    const auto n1 = pass::testutil::caseByProtocol(db.connection(), u"019035"_s, u"N1"_s);
    QVERIFY(n1);
    QVERIFY(!QUuid::fromString(n1->id).isNull());
    QCOMPARE(pass::testutil::caseByProtocol(db.connection(), u"019035"_s, u"N2"_s)->id, fresh);
    QVERIFY(!pass::testutil::caseByProtocol(db.connection(), u"019035"_s, u"N3"_s));
}

void TestImportExport::aFirstImportOfIdsInRunsKeepsEveryId()
{
    // An export lists each authority's cases in date order: its ids come as ascending runs that
    // go back to the start of the key range, which grows the import's page cache (every 65,536
    // cases) instead of appending. Every id is kept, a repeated id is still found, and the
    // connection gets its own cache setting back.
    QTemporaryDir tmp;
    pass::Database db(tmp.filePath(u"a.db"_s));
    QVERIFY(db.open());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA cache_size = -1234"_s));
    constexpr int kRows = 70000;
    const auto idOf = [](int n) { return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')); };
    QByteArray csv = "id,authority_istat,procedure_code,protocol_number,start_date\n";
    QStringList expected;
    for (int i = 0; i < kRows; ++i) {
        // Two authorities, their ids interleaved over the same range: the file goes back once.
        const bool second = i >= kRows / 2;
        const int n = second ? (i - kRows / 2) * 2 + 1 : i * 2;
        expected << idOf(n);
        csv += idOf(n).toLatin1() + (second ? ",019002,PDC-LOM,P" : ",019035,PDC-LOM,P") + QByteArray::number(i)
            + ",2023-01-10\n";
    }
    csv += idOf(4).toLatin1() + ",019035,PDC-LOM,AGAIN,2023-01-10\n"; // the id of line 4
    QFile f(tmp.filePath(u"runs.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv);
    f.close();
    pass::ImportOptions options;
    options.policy = pass::ApplyPolicy::ValidRowsOnly;
    const pass::ImportReport r = pass::CaseImporter(db.connection()).run(f.fileName(), {}, options);
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.inserted, kRows);
    QCOMPARE(r.rejected, 1);
    QCOMPARE(r.problems.first().where, u"line %1"_s.arg(kRows + 2));
    QVERIFY2(r.problems.first().reason.contains(u"first at line 4"_s), qPrintable(r.problems.first().reason));
    expected.sort();
    QCOMPARE(caseIds(db.connection()), expected);
    QVERIFY(q.exec(u"PRAGMA cache_size"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), -1234);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
}

void TestImportExport::xlsxRoundTrip()
{
    QTemporaryDir tmp;
    pass::Database db(tmp.filePath(u"a.db"_s));
    QVERIFY(db.open());
    pass::ImportMapping mapping;
    pass::ImportOptions options;
    const QString fixture = fixturesDir() + u"/canonical.csv"_s;
    QVERIFY(pass::CaseImporter(db.connection()).run(fixture, mapping, options).applied);

    const QString xlsx = tmp.filePath(u"cases.xlsx"_s);
    QString error;
    QCOMPARE(pass::XlsxCaseExporter(db.connection()).write(xlsx, {}, &error), 3);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The canonical header, ISTAT codes as text.
    pass::XlsxReader reader(xlsx);
    QVERIFY2(reader.open() && reader.selectSheet({}), qPrintable(reader.errorString()));
    pass::SourceRow row;
    QVERIFY(reader.next(&row));
    QCOMPARE(row.cells().mid(0, 4), QStringList({u"id"_s, u"authority_istat"_s, u"procedure_code"_s, u"protocol_number"_s}));
    QVERIFY(reader.next(&row));
    QCOMPARE(row.cell(1), u"019035"_s);

    // Imported into another store it gives the same case files under the same ids; into the
    // same store, nothing.
    pass::Database other(tmp.filePath(u"b.db"_s));
    QVERIFY(other.open());
    const pass::ImportReport r = pass::CaseImporter(other.connection()).run(xlsx, mapping, options);
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.inserted, 3);
    QCOMPARE(dumpStore(other.connection()), dumpStore(db.connection()));
    QCOMPARE(caseIds(other.connection()), caseIds(db.connection()));
    QCOMPARE(caseIds(db.connection()).size(), 3);
    const pass::ImportReport again = pass::CaseImporter(db.connection()).run(xlsx, mapping, options);
    QCOMPARE(again.unchanged, 3);
}

void TestImportExport::authorityCodesAsWrittenOrRepaired()
{
    // A province's code has three digits and a comune's six: an exported "019" (Provincia di
    // Cremona) must come back as itself, not padded into a comune code that does not exist,
    // while codes a spreadsheet stripped of their leading zeros are repaired.
    QTemporaryDir tmp;
    pass::Database db(tmp.filePath(u"a.db"_s));
    QVERIFY(db.open());
    const pass::ReferenceLookup lookup(db.connection());
    QCOMPARE(lookup.resolveAuthority(u"019"), u"019"_s);
    QCOMPARE(lookup.resolveAuthority(u"19"), u"019"_s);
    QCOMPARE(lookup.resolveAuthority(u"019035"), u"019035"_s);
    QCOMPARE(lookup.resolveAuthority(u"19035"), u"019035"_s);
    QCOMPARE(lookup.resolveAuthority(u" 19035.0 "), u"019035"_s);
    QCOMPARE(lookup.resolveAuthority(u"Crema"), u"019035"_s);
    QCOMPARE(lookup.resolveAuthority(u"4242"), u"004242"_s); // unknown: reported as a comune code
    // Cells arrive as trimmed strings: the same answers.
    QCOMPARE(lookup.resolveAuthority(u"019035"_s), u"019035"_s);
    QCOMPARE(lookup.resolveAuthority(u"19"_s), u"019"_s);
    QCOMPARE(lookup.resolveAuthority(u"Crema"_s), u"019035"_s);
    QCOMPARE(lookup.resolveProcedure(u"PDC-LOM"_s), u"PDC-LOM"_s);
    QCOMPARE(lookup.resolveProcedure(u"pdc-lom"_s), u"PDC-LOM"_s);
    QCOMPARE(lookup.resolveProcedure(u"NON-ESISTE"_s), QString());
    QVERIFY(!lookup.authorityExists(u"004242"_s));
}

void TestImportExport::suspensionDaysSurviveExportAndReimport_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::newRow("csv") << false;
    QTest::newRow("xlsx") << true;
}

void TestImportExport::suspensionDaysSurviveExportAndReimport()
{
    QFETCH(bool, xlsx);
    QTemporaryDir tmp;
    pass::Database db(tmp.filePath(u"a.db"_s));
    QVERIFY(db.open());
    const QString fixture = fixturesDir() + u"/suspension-days.csv"_s;
    const FixtureOptions fo = loadOptions(fixture);
    QVERIFY(pass::CaseImporter(db.connection()).run(fixture, fo.mapping, fo.options).applied);
    const QMap<QString, int> expected{{u"S-1"_s, 20}, {u"S-2"_s, 15}, {u"S-3"_s, 30}, {u"S-4"_s, 0}, {u"S-5"_s, 0}};
    QCOMPARE(suspensionDays(db.connection()), expected);
    const auto s3 = pass::testutil::caseByProtocol(db.connection(), u"019035"_s, u"S-3"_s);
    QVERIFY(s3);
    QCOMPARE(s3->suspensions.size(), 1);
    QCOMPARE(s3->suspensions.first().days, 30);
    QCOMPARE(s3->suspensionDays(), 30);

    const QString exported = tmp.filePath(xlsx ? u"cases.xlsx"_s : u"cases.csv"_s);
    QString error;
    if (xlsx) {
        QCOMPARE(pass::XlsxCaseExporter(db.connection()).write(exported, {}, &error), 5);
    } else {
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(pass::CaseCsvExporter(db.connection()).write(&out, {}, &error), 5);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Into another store: the same day counts. Into the same store: nothing changes — the
    // export has no reason column, and the reason S-3 got from the first file stays.
    pass::Database other(tmp.filePath(u"b.db"_s));
    QVERIFY(other.open());
    const pass::ImportReport r = pass::CaseImporter(other.connection()).run(exported, {}, {});
    QVERIFY2(r.applied && r.inserted == 5, qPrintable(r.toText()));
    QCOMPARE(suspensionDays(other.connection()), expected);
    const QString before = dumpStore(db.connection());
    const pass::ImportReport again = pass::CaseImporter(db.connection()).run(exported, {}, {});
    QVERIFY2(again.applied && again.unchanged == 5, qPrintable(again.toText()));
    QCOMPARE(dumpStore(db.connection()), before);
    // And the exported file into the store it filled: unchanged as well.
    const pass::ImportReport back = pass::CaseImporter(other.connection()).run(exported, {}, {});
    QVERIFY2(back.unchanged == 5, qPrintable(back.toText()));
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
