// The CSV tokenizer on its own: dialects, quoting, line numbers, and records cut by a chunk
// boundary anywhere (the reader streams in chunks and must give the same records).
#include "core/import/csvreader.h"
#include "core/import/valueparsers.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using pass::CsvReader;

namespace {

struct Parsed
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
    char separator = 0;
};

Parsed parse(const QByteArray &data, qsizetype chunk = 1 << 20, pass::CsvDialect dialect = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setChunkSize(chunk);
    Parsed p;
    if (!reader.start(dialect)) {
        p.error = reader.errorString();
        return p;
    }
    p.separator = reader.dialect().separator;
    pass::SourceRow row;
    while (reader.next(&row)) {
        p.rows << row.cells();
        p.lines << row.line;
    }
    p.error = reader.errorString();
    return p;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void chunkBoundaries();
    void encodings();
    void dates_data();
    void dates();
    void flagsAndOutcomes();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected"); // rows joined by '/', cells by '|'
    QTest::addColumn<QString>("lines");
    QTest::newRow("comma") << "a,b\n1,2\n"_ba << u"a|b/1|2"_s << u"1,2"_s;
    QTest::newRow("semicolon crlf") << "a;b,c\r\n1;2,5\r\n"_ba << u"a|b,c/1|2,5"_s << u"1,2"_s;
    QTest::newRow("tab") << "a\tb\n1\t2"_ba << u"a|b/1|2"_s << u"1,2"_s;
    QTest::newRow("quoted") << "a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n"_ba << u"a|b/x,y|he said \"hi\""_s << u"1,2"_s;
    QTest::newRow("newline in quotes") << "a,b\n\"1\n2\",3\n4,5\n"_ba << u"a|b/1\n2|3/4|5"_s << u"1,2,4"_s;
    QTest::newRow("blank lines") << "\n\na,b\n\n1,2\n\n"_ba << u"a|b/1|2"_s << u"3,5"_s;
    QTest::newRow("lone cr") << "a,b\r1,2\r"_ba << u"a|b/1|2"_s << u"1,2"_s;
    QTest::newRow("trailing separator") << "a,b,\n1,2,\n"_ba << u"a|b|/1|2|"_s << u"1,2"_s;
    QTest::newRow("text after quote") << "a,b\n\"x\"y,2\n"_ba << u"a|b/xy|2"_s << u"1,2"_s;
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    QFETCH(QString, lines);
    const Parsed p = parse(data);
    QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
    QStringList rows;
    for (const QStringList &r : p.rows)
        rows << r.join(u'|');
    QCOMPARE(rows.join(u'/'), expected);
    QStringList l;
    for (qint64 n : p.lines)
        l << QString::number(n);
    QCOMPARE(l.join(u','), lines);
}

void TestCsvReader::chunkBoundaries()
{
    QByteArray data = "prot;data;note\r\n"_ba;
    for (int i = 0; i < 50; ++i)
        data += "P-" + QByteArray::number(i) + ";01/02/2023;\"a;b\r\n\"\"c\"\"\"\r\n";
    data += "\xc3\xa8;x;\"\"\r\n";
    const Parsed whole = parse(data);
    QVERIFY(whole.error.isEmpty());
    QCOMPARE(whole.rows.size(), 52);
    for (qsizetype chunk = 1; chunk < 24; ++chunk) {
        const Parsed p = parse(data, chunk);
        QCOMPARE(p.rows, whole.rows);
        QCOMPARE(p.lines, whole.lines);
    }
}

void TestCsvReader::encodings()
{
    // Windows-1252 detected from an invalid UTF-8 head.
    const Parsed ansi = parse("nome;citt\xe0\nNiccol\xf2;Crema\n"_ba);
    QCOMPARE(ansi.rows.value(1).value(0), u"Niccolò"_s);
    // A stray Windows-1252 byte far down an ASCII file is still read right.
    QByteArray late = "a,b\n";
    for (int i = 0; i < 5000; ++i)
        late += "x,y\n";
    late += "\x80,z\n";
    const Parsed mixed = parse(late);
    QCOMPARE(mixed.rows.last().value(0), u"€"_s);
    // Forced UTF-8 on Windows-1252 bytes is an error naming line and column.
    const Parsed strict = parse("a;b\n1;\xe8\n"_ba, 1 << 20, {0, pass::TextEncoding::Utf8});
    QVERIFY(strict.error.contains(u"line 2, column 2"_s));
    // UTF-16 without a BOM is recognised rather than reported as garbage.
    const QByteArray utf16 = QByteArray::fromRawData(reinterpret_cast<const char *>(u"a,b\n1,2\n"), 16);
    QVERIFY(parse(utf16).error.contains(u"UTF-16"_s));
    QVERIFY(parse("PK\x03\x04zzzz"_ba).error.contains(u"ZIP"_s));
}

void TestCsvReader::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("serial");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<int>("status");
    using S = pass::DateStatus;
    QTest::newRow("slash") << u"31/12/2023"_s << false << QDate(2023, 12, 31) << int(S::Ok);
    QTest::newRow("dash") << u"31-12-2023"_s << false << QDate(2023, 12, 31) << int(S::Ok);
    QTest::newRow("dot") << u"31.12.2023"_s << false << QDate(2023, 12, 31) << int(S::Ok);
    QTest::newRow("short") << u"1/2/23"_s << false << QDate(2023, 2, 1) << int(S::Ok);
    QTest::newRow("iso") << u"2023-12-31"_s << false << QDate(2023, 12, 31) << int(S::Ok);
    QTest::newRow("iso time") << u"2023-12-31T10:00:00Z"_s << false << QDate(2023, 12, 31) << int(S::Ok);
    QTest::newRow("italian time") << u"31/12/2023 10:30"_s << false << QDate(2023, 12, 31) << int(S::Ok);
    QTest::newRow("compact") << u"22042011"_s << false << QDate(2011, 4, 22) << int(S::Ok);
    QTest::newRow("serial in csv") << u"44936"_s << false << QDate(2023, 1, 10) << int(S::Ok);
    QTest::newRow("serial xlsx") << u"45000.5"_s << true << QDate(2023, 3, 15) << int(S::Ok);
    QTest::newRow("small number") << u"12"_s << false << QDate() << int(S::Invalid);
    QTest::newRow("zero year") << u"29/12/0000"_s << false << QDate() << int(S::Placeholder);
    QTest::newRow("3-digit year") << u"13/03/025"_s << false << QDate() << int(S::Invalid);
    QTest::newRow("missing slash") << u"15/042025"_s << false << QDate() << int(S::Invalid);
    QTest::newRow("31 feb") << u"31/02/2023"_s << false << QDate() << int(S::Invalid);
    QTest::newRow("word") << u"ARCHIVIATA"_s << false << QDate() << int(S::Invalid);
    QTest::newRow("blank") << u"  "_s << false << QDate() << int(S::Empty);
}

void TestCsvReader::dates()
{
    QFETCH(QString, text);
    QFETCH(bool, serial);
    QFETCH(QDate, expected);
    QFETCH(int, status);
    pass::DateStatus s;
    QCOMPARE(pass::parseImportDate(text, &s, serial), expected);
    QCOMPARE(int(s), status);
}

void TestCsvReader::flagsAndOutcomes()
{
    using W = pass::OutcomeWord;
    for (const QString &yes : {u"sì"_s, u"SI"_s, u"x"_s, u"Vero"_s, u"1"_s})
        QCOMPARE(pass::parseFlag(yes), std::optional<bool>(true));
    for (const QString &no : {u""_s, u"no"_s, u"Falso"_s, u"0"_s})
        QCOMPARE(pass::parseFlag(no), std::optional<bool>(false));
    QVERIFY(!pass::parseFlag(u"forse"_s));
    QCOMPARE(pass::classifyOutcome(u"Rilasciata"_s), W::Express);
    QCOMPARE(pass::classifyOutcome(u"Diniego"_s), W::Express);
    QCOMPARE(pass::classifyOutcome(u"SI E' FORMATO IL SILENZIO ASSENSO"_s), W::Tacit);
    QCOMPARE(pass::classifyOutcome(u"ARCHIVATA"_s), W::Withdrawn);
    QCOMPARE(pass::classifyOutcome(u"superata da altra pratica"_s), W::Withdrawn);
    QCOMPARE(pass::classifyOutcome(u"Richiesta Integrazioni"_s), W::Open);
    QCOMPARE(pass::classifyOutcome(u"anomala"_s), W::Unknown);
    // A request for an outcome is not the outcome: the user maps it.
    QCOMPARE(pass::classifyOutcome(u"Richiesta Archiviazione"_s), W::Unknown);
    QCOMPARE(pass::classifyOutcome(u"RICHIESTA_ARCHIVIAZIONE"_s), W::Unknown);
    QCOMPARE(pass::classifyOutcome(u"richiesta di rinuncia"_s), W::Unknown);
    QCOMPARE(pass::classifyOutcome(u"Preavviso di diniego"_s), W::Unknown);
    QCOMPARE(pass::classifyOutcome(u"Proposta di provvedimento espresso"_s), W::Unknown);
    QCOMPARE(pass::classifyOutcome(u"Richiesta di integrazioni"_s), W::Open);
    // …but what was done with a request is.
    QCOMPARE(pass::classifyOutcome(u"Richiesta accolta"_s), W::Express);
    QCOMPARE(pass::classifyOutcome(u"Domanda respinta"_s), W::Express);
    QCOMPARE(pass::classifyOutcome(u"Istanza archiviata"_s), W::Withdrawn);
    // Every state of the SUE product in import-formats.md, as the outcome table there reads it;
    // the ones the table does not place are asked.
    const std::pair<const char16_t *, W> states[] = {
        {u"In Compilazione", W::Open}, {u"Completata", W::Unknown}, {u"Firmata", W::Unknown},
        {u"Inviata", W::Open}, {u"Protocollata", W::Open}, {u"Registrata", W::Open},
        {u"Richiesta Integrazioni", W::Open}, {u"Invio Integrazioni", W::Open}, {u"Esecutiva", W::Express},
        {u"Richiesta Archiviazione", W::Unknown}, {u"Archiviazione", W::Withdrawn}, {u"Diniego", W::Express},
        {u"Revoca Delegato", W::Withdrawn}, {u"Rifiutata", W::Unknown}, {u"Verificata", W::Unknown},
    };
    for (const auto &[state, word] : states)
        QVERIFY2(pass::classifyOutcome(QStringView(state)) == word, qPrintable(QString::fromUtf16(state)));
    // The outcome words of the table keep working, whatever the case and accents.
    for (const char16_t *w : {u"rilasciato", u"accolta", u"autorizzata", u"concluso positivamente",
                              u"Provvedimento espresso", u"rigetto", u"respinta", u"improcedibile", u"inammissibile"})
        QVERIFY2(pass::classifyOutcome(QStringView(w)) == W::Express, qPrintable(QString::fromUtf16(w)));
    for (const char16_t *w : {u"archiviato", u"ARCHIVIATA", u"rinuncia", u"ritirata", u"inefficace"})
        QVERIFY2(pass::classifyOutcome(QStringView(w)) == W::Withdrawn, qPrintable(QString::fromUtf16(w)));
    for (const char16_t *w : {u"silenzio assenso", u"In istruttoria", u"sospesa"})
        QVERIFY2(pass::classifyOutcome(QStringView(w)) != W::Unknown, qPrintable(QString::fromUtf16(w)));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
