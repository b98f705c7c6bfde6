// The import wizard end to end, offscreen: file → mapping → check → import on a worker thread.
#include "importtestutil.h"

#include "core/store/database.h"
#include "ui/import/importwizard.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace importtest;

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void importsThroughAllPages();
    void readsTheSheetTheUserChooses();
};

void TestImportWizard::importsThroughAllPages()
{
    QTemporaryDir tmp;
    qputenv("XDG_DATA_HOME", tmp.filePath(u"data"_s).toUtf8()); // saved mappings go here
    pass::Database db(tmp.filePath(u"s.db"_s));
    QVERIFY(db.open());
    pass::ImportWizard wizard(db);
    wizard.show();
    const QList<QLineEdit *> edits = wizard.findChildren<QLineEdit *>();
    QVERIFY(edits.size() >= 2);
    edits.at(0)->setText(fixturesDir() + u"/excel-ansi-semicolon.csv"_s);
    edits.at(1)->setText(u"019035"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::MappingPage));
    const auto tables = wizard.findChildren<QTableWidget *>();
    bool sampleShown = false;
    for (QTableWidget *t : tables)
        sampleShown = sampleShown || t->rowCount() == 4;
    QVERIFY(sampleShown);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::CheckPage));
    const auto texts = wizard.findChildren<QPlainTextEdit *>();
    QTRY_VERIFY_WITH_TIMEOUT(texts.at(0)->toPlainText().contains(u"4 new"_s), 10000);
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 0); // the check changed nothing
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::ApplyPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.report().applied, 10000);
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 4);
}

void TestImportWizard::readsTheSheetTheUserChooses()
{
    QTemporaryDir tmp;
    qputenv("XDG_DATA_HOME", tmp.filePath(u"data"_s).toUtf8());
    pass::Database db(tmp.filePath(u"s.db"_s));
    QVERIFY(db.open());
    pass::ImportWizard wizard(db);
    wizard.show();
    auto *sheet = wizard.findChild<QComboBox *>(u"sheet"_s);
    QVERIFY(sheet);
    QVERIFY(!sheet->isEnabled()); // no file yet
    QLineEdit *path = wizard.findChildren<QLineEdit *>().at(0);
    path->setText(fixturesDir() + u"/excel-ansi-semicolon.csv"_s);
    QCOMPARE(sheet->count(), 1);
    QVERIFY(!sheet->isEnabled()); // a CSV file has no sheets
    path->setText(fixturesDir() + u"/province-workbook.xlsx"_s);
    QVERIFY(sheet->isEnabled());
    QCOMPARE(sheet->count(), 3);
    QCOMPARE(sheet->itemText(1), u"Istruzioni"_s);
    QCOMPARE(sheet->itemText(2), u"Pratiche"_s);

    // The cover sheet, chosen by the user, is what the mapping page shows…
    sheet->setCurrentIndex(1);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::MappingPage));
    auto formatText = [&wizard] {
        QString all;
        const auto labels = wizard.findChildren<QLabel *>();
        for (QLabel *l : labels)
            all += l->text() + u'\n';
        return all;
    };
    QVERIFY2(formatText().contains(u"'Istruzioni'"_s), qPrintable(formatText()));
    // …and back on the file page, the registry's sheet.
    wizard.back();
    sheet->setCurrentIndex(2);
    wizard.next();
    QVERIFY2(formatText().contains(u"'Pratiche'"_s), qPrintable(formatText()));
    QVERIFY(!formatText().contains(u"'Istruzioni'"_s));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
