// Golden-file tests of the importer: every fixture is imported into a fresh store and the
// report, the rejected rows and the resulting store are compared with <fixture>.expected.
#include "importtestutil.h"

#include "core/import/caseimporter.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace importtest;

class TestImportGolden : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
};

void TestImportGolden::fixture_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(fixturesDir());
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (f.endsWith(u".expected") || f.endsWith(u".json") || f.endsWith(u".py"))
            continue;
        QTest::newRow(qPrintable(f)) << f;
    }
}

void TestImportGolden::fixture()
{
    QFETCH(QString, file);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    pass::Database db(tmp.filePath(u"store.db"_s));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    const QString path = fixturesDir() + u'/' + file;

    FixtureOptions fo = loadOptions(path);
    QVERIFY2(fo.error.isEmpty(), qPrintable(fo.error));
    const pass::ImportMapping &mapping = fo.mapping;
    pass::ImportOptions &options = fo.options;
    const bool wantsRejects = fo.wantsRejects;
    const QString rejectsPath = tmp.filePath(u"rejects.csv"_s);
    if (wantsRejects)
        options.rejectsPath = rejectsPath;

    pass::CaseImporter importer(db.connection());
    if (!fo.seed.isEmpty()) {
        // The store this fixture updates: another fixture, imported as its own test does.
        const QString seedPath = fixturesDir() + u'/' + fo.seed;
        const FixtureOptions seed = loadOptions(seedPath);
        QVERIFY2(seed.error.isEmpty() && seed.seed.isEmpty(), qPrintable(seed.error));
        const pass::ImportReport seeded = importer.run(seedPath, seed.mapping, seed.options);
        QVERIFY2(seeded.applied, qPrintable(seeded.toText()));
    }
    const QString before = dumpStore(db.connection());
    const pass::ImportReport report = importer.run(path, mapping, options);
    QString text = report.toText().replace(rejectsPath, u"<rejects.csv>"_s);
    if (wantsRejects) {
        QFile f(rejectsPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        text += u"--- rejected rows ---\n"_s + QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF));
    }
    text += u"--- store ---\n"_s + dumpStore(db.connection());

    QString diff;
    QVERIFY2(matchesGolden(path + u".expected"_s, text, &diff), qPrintable(diff));

    // Whatever went wrong changed nothing; whatever was applied is not applied twice.
    if (!report.applied) {
        QCOMPARE(dumpStore(db.connection()), before);
        if (!fo.seed.isEmpty())
            return;
        QCOMPARE(countRows(db.connection(), u"case_files"_s), 0);
        QCOMPARE(countRows(db.connection(), u"outbox"_s), 0);
        QCOMPARE(countRows(db.connection(), u"audit_log"_s), 0);
        QCOMPARE(countRows(db.connection(), u"case_stats"_s), 0);
        QCOMPARE(countRows(db.connection(), u"import_runs"_s), 0);
    } else {
        const QString after = dumpStore(db.connection());
        options.rejectsPath.clear();
        const pass::ImportReport again = importer.run(path, mapping, options);
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, report.inserted + report.updated + report.unchanged);
        QCOMPARE(dumpStore(db.connection()), after);
    }
}

QTEST_GUILESS_MAIN(TestImportGolden)
#include "tst_importgolden.moc"
