// The XLSX export in canonical columns, its round trip through the importer, and the bulk
// writer's outbox JSON against the store's codec.
#include "importtestutil.h"

#include "core/import/importcasewriter.h"
#include "core/import/caseimporter.h"
#include "core/import/xlsxcaseexporter.h"
#include "core/import/xlsxreader.h"
#include "core/store/casefilecodec.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace importtest;

class TestImportExport : public QObject
{
    Q_OBJECT

private slots:
    void outboxJsonMatchesCodec_data();
    void outboxJsonMatchesCodec();
    void xlsxRoundTrip();
};

void TestImportExport::outboxJsonMatchesCodec_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << u"Ing. Rossi"_s;
    QTest::newRow("quotes and slashes") << u"a \"b\" \\ c / d"_s;
    QTest::newRow("controls") << u"riga\nriga\r\ttab\u0001\u001f"_s;
    QTest::newRow("accents and emoji") << u"Niccolò Bellè € 😀"_s;
    QTest::newRow("empty") << QString();
}

void TestImportExport::outboxJsonMatchesCodec()
{
    QFETCH(QString, text);
    pass::CaseFile c;
    c.authorityIstat = u"019035"_s;
    c.procedureCode = u"PDC-LOM"_s;
    c.protocolNumber = text + u"/1"_s;
    c.startDate = QDate(2023, 1, 2);
    c.endDate = text.isEmpty() ? QDate() : QDate(2023, 5, 6);
    c.outcome = text.isEmpty() ? std::nullopt : std::optional(pass::Outcome::Tacit);
    c.servicesConference = !text.isEmpty();
    c.responsible = text;
    c.notes = text;
    c.suspensions << pass::Suspension{QDate(2023, 2, 1), {}, text} << pass::Suspension{};
    const QByteArray expected = QJsonDocument(pass::CaseFileCodec::toJson(c)).toJson(QJsonDocument::Compact);
    QCOMPARE(pass::ImportCaseWriter::createFieldsJson(c), expected);
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

    // Imported into another store it gives the same case files; into the same store, nothing.
    pass::Database other(tmp.filePath(u"b.db"_s));
    QVERIFY(other.open());
    const pass::ImportReport r = pass::CaseImporter(other.connection()).run(xlsx, mapping, options);
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.inserted, 3);
    QCOMPARE(dumpStore(other.connection()), dumpStore(db.connection()));
    const pass::ImportReport again = pass::CaseImporter(db.connection()).run(xlsx, mapping, options);
    QCOMPARE(again.unchanged, 3);
}

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
