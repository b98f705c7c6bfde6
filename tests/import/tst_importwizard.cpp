// The import wizard end to end, offscreen: file → mapping → check → import on a worker thread.
#include "importtestutil.h"

#include "core/import/caseimporter.h"
#include "core/import/mappingstore.h"
#include "core/store/database.h"
#include "ui/import/choicedelegate.h"
#include "ui/import/importwizard.h"
#include "ui/language.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// How long a step may take on a loaded machine before the test calls it hung: the QTRY macros
// return as soon as the condition holds, so this is a bound, never a wait.
constexpr int kHungMs = 300000;
using namespace importtest;

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsThroughAllPages();
    void readsTheSheetTheUserChooses();
    void checkListsTheChangesOfExistingCases();
    void savesTheRejectedRowsOfTheCheck();
    void cancelsTheCheck();
    void closingWhileCheckingCancelsThenCloses();
    void keyboardAndAccessibleNames();
    void mappingIsChangedByKeyboard();
    void unknownValuesAreAnsweredByKeyboard();
    void mappingPageWarnsOfASavedColumnTheFileLacks();
    void screenshotsInItalian(); // last: it installs the Italian catalogue

private:
    // Each test: a folder of its own, where saved mappings go too, and an empty store in it.
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<pass::Database> m_db;

    static QString writeFile(const QTemporaryDir &tmp, const QString &name, const QByteArray &data);
    static QString screenshotPath(const QString &name);
    // A store with 019035/P1…P3 open, and a newer registry that closes P1, changes P2's
    // responsible officer, adds P4, and has two rows the importer rejects.
    static QString prepareUpdate(const QTemporaryDir &tmp, pass::Database &db);
    static void goToCheck(pass::ImportWizard &wizard, const QString &path);
    // Saves, for the columns of path, a mapping that takes the outcome from an "Esito finale"
    // column path does not have (XDG_DATA_HOME must point to the test's folder).
    static bool saveMappingWithMissingOutcome(pass::Database &db, const QString &path);
};

void TestImportWizard::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", m_tmp->filePath(u"data"_s).toUtf8()); // saved mappings go here
    m_db = std::make_unique<pass::Database>(m_tmp->filePath(u"s.db"_s));
    QVERIFY(m_db->open());
}

void TestImportWizard::cleanup()
{
    m_db.reset();
    m_tmp.reset();
}

QString TestImportWizard::writeFile(const QTemporaryDir &tmp, const QString &name, const QByteArray &data)
{
    QFile f(tmp.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(data);
    return f.fileName();
}

QString TestImportWizard::screenshotPath(const QString &name)
{
    const QString dir = QStringLiteral(PASS_BINARY_DIR) + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

QString TestImportWizard::prepareUpdate(const QTemporaryDir &tmp, pass::Database &db)
{
    const QByteArray header = "ente;protocollo;procedimento;data avvio;data conclusione;esito;responsabile\n";
    const QString v1 = writeFile(tmp, u"v1.csv"_s, header + "019035;P1;PDC-LOM;10/01/2023;;;Rossi\n"
                                                            "019035;P2;PDC-LOM;11/01/2023;;;Rossi\n"
                                                            "019035;P3;PDC-LOM;12/01/2023;;;Rossi\n");
    if (!pass::CaseImporter(db.connection()).run(v1, {}, {}).applied)
        return {};
    return writeFile(tmp, u"v2.csv"_s, header + "019035;P1;PDC-LOM;10/01/2023;01/03/2023;rilasciato;Rossi\n"
                                                "019035;P2;PDC-LOM;11/01/2023;;;Bianchi\n"
                                                "019035;P3;PDC-LOM;12/01/2023;;;Rossi\n"
                                                "019035;P4;PDC-LOM;13/01/2023;;;Verdi\n"
                                                "019035;P5;PDC-LOM;14/01/2023;20/02/2023;anomala;Verdi\n"
                                                "019035;P6;XYZ-NUOVA;15/01/2023;;;Verdi\n");
}

void TestImportWizard::goToCheck(pass::ImportWizard &wizard, const QString &path)
{
    wizard.findChild<QLineEdit *>(u"path"_s)->setText(path);
    wizard.next();
    wizard.next();
}

bool TestImportWizard::saveMappingWithMissingOutcome(pass::Database &db, const QString &path)
{
    const pass::ImportMapping proposed = pass::CaseImporter(db.connection()).preview(path).mapping;
    QJsonObject json = proposed.toJson();
    QJsonObject columns = json.value(u"columns"_s).toObject();
    columns.insert(u"outcome"_s, u"Esito finale"_s);
    json.insert(u"columns"_s, columns);
    const QString file = pass::MappingStore().pathFor(proposed.fingerprint());
    QFile f(file);
    return QDir().mkpath(QFileInfo(file).path()) && f.open(QIODevice::WriteOnly)
        && f.write(QJsonDocument(json).toJson()) > 0;
}

void TestImportWizard::importsThroughAllPages()
{
    pass::Database &db = *m_db;
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
    QTRY_VERIFY_WITH_TIMEOUT(texts.at(0)->toPlainText().contains(u"4 new"_s), kHungMs);
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 0); // the check changed nothing
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::ApplyPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.report().applied, kHungMs);
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 4);
}

void TestImportWizard::readsTheSheetTheUserChooses()
{
    pass::Database &db = *m_db;
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

void TestImportWizard::checkListsTheChangesOfExistingCases()
{
    QTemporaryDir &tmp = *m_tmp;
    pass::Database &db = *m_db;
    const QString v2 = prepareUpdate(tmp, db);
    QVERIFY(!v2.isEmpty());
    const QString before = dumpStore(db.connection());
    pass::ImportWizard wizard(db);
    wizard.show();
    goToCheck(wizard, v2);
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::CheckPage));
    auto *text = wizard.findChild<QPlainTextEdit *>(u"checkText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"1 new, 2 updated, 1 unchanged, 2 rejected"_s), kHungMs);
    // Which case, which field (by its label), before and after, in the user's terms.
    auto *changes = wizard.findChild<QTableWidget *>(u"changes"_s);
    QCOMPARE(changes->rowCount(), 3);
    auto row = [changes](int r) {
        QStringList cells;
        for (int c = 0; c < changes->columnCount(); ++c)
            cells << changes->item(r, c)->text();
        return cells;
    };
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat); // with a four-digit year
    if (!dateFormat.contains(u"yyyy"_s))
        dateFormat.replace(u"yy"_s, u"yyyy"_s);
    const QString endDate = QLocale().toString(QDate(2023, 3, 1), dateFormat);
    QCOMPARE(row(0), QStringList({u"019035, protocol P1"_s, u"End date"_s, u"—"_s, endDate}));
    QCOMPARE(row(1), QStringList({u"019035, protocol P1"_s, u"Outcome / status"_s, u"Still open"_s, u"Express decision"_s}));
    QCOMPARE(row(2), QStringList({u"019035, protocol P2"_s, u"Responsible officer"_s, u"Rossi"_s, u"Bianchi"_s}));
    QVERIFY2(wizard.findChild<QLabel *>(u"changesTitle"_s)->text().contains(u"3 fields in 2 case files"_s),
             qPrintable(wizard.findChild<QLabel *>(u"changesTitle"_s)->text()));
    // The unknown values are named by their fields' labels too, not by the importer's keys.
    auto *unknown = wizard.findChild<QTableWidget *>(u"unknown"_s);
    QCOMPARE(unknown->rowCount(), 2);
    QCOMPARE(unknown->item(0, 0)->text(), u"Outcome / status"_s);
    QCOMPARE(unknown->item(0, 1)->text(), u"anomala"_s);
    QCOMPARE(unknown->item(1, 0)->text(), u"Procedure"_s);
    QCOMPARE(dumpStore(db.connection()), before); // only a check
}

void TestImportWizard::savesTheRejectedRowsOfTheCheck()
{
    QTemporaryDir &tmp = *m_tmp;
    pass::Database &db = *m_db;
    const QString v2 = prepareUpdate(tmp, db);
    pass::ImportWizard wizard(db);
    wizard.show();
    auto *save = wizard.findChild<QPushButton *>(u"saveRejects"_s);
    QVERIFY(!save->isEnabled()); // nothing checked yet
    goToCheck(wizard, v2);
    QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), kHungMs);
    QCOMPARE(wizard.checkReport().rejected, 2);
    // The check's own rows are saved: the file is not read again, so a file changed since
    // the check does not change what is saved.
    QFile::remove(v2);
    const QString out = tmp.filePath(u"scartate.csv"_s);
    QVERIFY(wizard.saveRejectedRows(out));
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(saved.readAll()).remove(QChar(0xFEFF)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).endsWith(u"import_errors"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"019035,P5,"_s) && lines.at(1).contains(u"anomala"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"019035,P6,"_s), qPrintable(lines.at(2)));
    QVERIFY(wizard.findChild<QPlainTextEdit *>(u"checkText"_s)->toPlainText().contains(QDir::toNativeSeparators(out)));
    // A place it cannot be written to: the user is told why.
    QString shown;
    QTimer::singleShot(0, &wizard, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    const QString nowhere = tmp.filePath(u"no-such-folder/scartate.csv"_s);
    QVERIFY(!wizard.saveRejectedRows(nowhere));
    QVERIFY2(shown.contains(QDir::toNativeSeparators(nowhere)), qPrintable(shown));
}

void TestImportWizard::cancelsTheCheck()
{
    QTemporaryDir &tmp = *m_tmp;
    pass::Database &db = *m_db;
    QByteArray data = "ente,protocollo,procedimento,data avvio\n";
    for (int i = 0; i < 100000; ++i)
        data += "019035,C" + QByteArray::number(i) + ",PDC-LOM,10/01/2023\n";
    const QString big = writeFile(tmp, u"big.csv"_s, data);
    pass::ImportWizard wizard(db);
    wizard.show();
    // The check is held half way while Cancel is clicked: it cannot end first, however fast.
    importtest::StageGate halfWay("import:half-the-rows");
    goToCheck(wizard, big);
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::CheckPage));
    QVERIFY(halfWay.waitUntilReached());
    auto *cancel = wizard.findChild<QPushButton *>(u"cancelCheck"_s);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // while checking
    QTest::mouseClick(cancel, Qt::LeftButton);
    halfWay.release();
    auto *text = wizard.findChild<QPlainTextEdit *>(u"checkText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"Cancelled"_s), kHungMs);
    QVERIFY(wizard.checkReport().cancelled);
    QVERIFY(wizard.checkReport().rowsRead < 100000);
    QVERIFY(wizard.findChild<QProgressBar *>()->value() < wizard.findChild<QProgressBar *>()->maximum());
    QVERIFY(!cancel->isEnabled());
    // A cancelled check proves nothing: no import from it, no rejected rows to save.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::CheckPage));
    QVERIFY(!wizard.findChild<QPushButton *>(u"saveRejects"_s)->isEnabled());
    // Checked again to the end, the wizard goes on.
    QTest::mouseClick(wizard.findChild<QPushButton *>(u"recheck"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"100000 new"_s), kHungMs);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::ApplyPage));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.report().applied, kHungMs);
    QCOMPARE(countRows(db.connection(), u"case_files"_s), 100000);
}

void TestImportWizard::closingWhileCheckingCancelsThenCloses()
{
    QTemporaryDir &tmp = *m_tmp;
    pass::Database &db = *m_db;
    QByteArray data = "ente,protocollo,procedimento,data avvio\n";
    for (int i = 0; i < 100000; ++i)
        data += "019035,C" + QByteArray::number(i) + ",PDC-LOM,10/01/2023\n";
    pass::ImportWizard wizard(db);
    wizard.show();
    importtest::StageGate halfWay("import:half-the-rows");
    goToCheck(wizard, writeFile(tmp, u"big.csv"_s, data));
    QVERIFY(halfWay.waitUntilReached());
    static_cast<QDialog &>(wizard).reject(); // as the Cancel button or Escape do
    QVERIFY(wizard.isVisible()); // until the worker has stopped
    halfWay.release();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), kHungMs);
    QVERIFY(wizard.checkReport().cancelled);
}

void TestImportWizard::keyboardAndAccessibleNames()
{
    pass::Database &db = *m_db;
    pass::ImportWizard wizard(db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QApplication::setActiveWindow(&wizard);
    const QStringList named = {u"path"_s, u"browse"_s, u"sheet"_s, u"authority"_s, u"encoding"_s, u"fields"_s,
                               u"sample"_s, u"endedOutcome"_s, u"cancelCheck"_s, u"checkText"_s, u"changes"_s,
                               u"unknown"_s, u"recheck"_s, u"saveRejects"_s, u"cancelImport"_s, u"applyText"_s};
    for (const QString &name : named) {
        auto *w = wizard.findChild<QWidget *>(name);
        QVERIFY2(w, qPrintable(name));
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
    }
    // Every label of the file page has a mnemonic and leads to its field.
    QWidget *filePage = wizard.page(pass::ImportWizard::FilePage);
    QStringList buddies;
    const auto labels = filePage->findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->text().isEmpty())
            continue;
        QVERIFY2(l->text().contains(u'&'), qPrintable(l->text()));
        QVERIFY2(l->buddy(), qPrintable(l->text()));
        buddies << l->buddy()->objectName();
    }
    buddies.sort();
    QCOMPARE(buddies, QStringList({u"authority"_s, u"encoding"_s, u"path"_s, u"sheet"_s}));
    // Tab walks the file page in the order it is answered (a workbook, so the sheet is open).
    auto *path = wizard.findChild<QLineEdit *>(u"path"_s);
    path->setText(fixturesDir() + u"/province-workbook.xlsx"_s);
    path->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), path);
    QStringList order;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(order, QStringList({u"browse"_s, u"sheet"_s, u"authority"_s, u"encoding"_s}));
    // Alt + the mnemonic reaches a field from anywhere on the page.
    QTest::keyClick(&wizard, Qt::Key_T, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"authority"_s);
}

void TestImportWizard::mappingIsChangedByKeyboard()
{
    pass::Database &db = *m_db;
    pass::ImportWizard wizard(db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QApplication::setActiveWindow(&wizard);
    wizard.findChild<QLineEdit *>(u"path"_s)->setText(fixturesDir() + u"/excel-ansi-semicolon.csv"_s);
    wizard.findChild<QLineEdit *>(u"authority"_s)->setText(u"019035"_s);
    wizard.next();
    auto *fields = wizard.findChild<QTableWidget *>(u"fields"_s);
    const int protocolRow = int(pass::ImportField::ProtocolNumber);
    QVERIFY(fields->item(protocolRow, 1)->data(pass::ChoiceDelegate::ValueRole).toInt() >= 0); // matched by name
    // Arrows reach the protocol's choice, F2 opens it, Home picks "(not in the file)", Enter keeps it.
    fields->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), fields);
    for (int r = fields->currentRow(); r < protocolRow; ++r)
        QTest::keyClick(fields, Qt::Key_Down);
    QCOMPARE(fields->currentRow(), protocolRow);
    QCOMPARE(fields->currentColumn(), 1);
    QTest::keyClick(fields, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY2(combo, "F2 opens the list of columns");
    QTest::keyClick(combo, Qt::Key_Home);
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(fields->item(protocolRow, 1)->data(pass::ChoiceDelegate::ValueRole).toInt(), -1);
    QCOMPARE(fields->item(protocolRow, 1)->text(), u"(not in the file)"_s);
    // Tab leaves the table for the next control rather than walking its cells.
    QTest::keyClick(fields, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"endedOutcome"_s);
    // The check uses the mapping as changed: without a protocol column no row can be keyed.
    wizard.next();
    auto *text = wizard.findChild<QPlainTextEdit *>(u"checkText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"no column for protocol_number"_s), kHungMs);
}

void TestImportWizard::unknownValuesAreAnsweredByKeyboard()
{
    QTemporaryDir &tmp = *m_tmp;
    pass::Database &db = *m_db;
    const QString v2 = prepareUpdate(tmp, db);
    pass::ImportWizard wizard(db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QApplication::setActiveWindow(&wizard);
    goToCheck(wizard, v2);
    auto *text = wizard.findChild<QPlainTextEdit *>(u"checkText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"2 rejected"_s), kHungMs);
    auto *unknown = wizard.findChild<QTableWidget *>(u"unknown"_s);
    unknown->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), unknown);
    // 'anomala' (an outcome): F2, the second choice ("Express decision"), Enter.
    QCOMPARE(unknown->currentRow(), 0);
    QCOMPARE(unknown->currentColumn(), 2);
    QTest::keyClick(unknown, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Return);
    QCOMPARE(unknown->item(0, 2)->text(), u"Express decision"_s);
    // 'XYZ-NUOVA' (a procedure): its catalogue code is typed.
    QTest::keyClick(unknown, Qt::Key_Down);
    QTest::keyClick(unknown, Qt::Key_F2);
    combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY2(combo && combo->isEditable(), "a procedure code is typed into the list");
    QTest::keyClick(combo, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(combo, u"PDC-LOM"_s);
    QTest::keyClick(combo, Qt::Key_Return);
    // (Enter commits once the editor has seen the key: on the next turn of the event loop.)
    QTRY_COMPARE(unknown->item(1, 2)->data(pass::ChoiceDelegate::ValueRole).toString(), u"PDC-LOM"_s);
    // Checked again with these meanings, both rows are valid.
    QTest::mouseClick(wizard.findChild<QPushButton *>(u"recheck"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().contains(u"6 read, 3 new, 2 updated, 1 unchanged, 0 rejected"_s), kHungMs);
    QCOMPARE(unknown->rowCount(), 0);
}

void TestImportWizard::mappingPageWarnsOfASavedColumnTheFileLacks()
{
    QTemporaryDir &tmp = *m_tmp;
    pass::Database &db = *m_db;
    const QString v2 = prepareUpdate(tmp, db);
    QVERIFY(!v2.isEmpty());
    pass::ImportWizard fits(db);
    fits.findChild<QLineEdit *>(u"path"_s)->setText(v2);
    fits.next();
    auto *fitsWarning = fits.findChild<QLabel *>(u"missingColumns"_s);
    QVERIFY(fitsWarning->isHidden()); // no saved mapping yet: nothing to warn of
    QVERIFY(saveMappingWithMissingOutcome(db, v2));

    pass::ImportWizard wizard(db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(u"path"_s)->setText(v2);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(pass::ImportWizard::MappingPage));
    auto *warning = wizard.findChild<QLabel *>(u"missingColumns"_s);
    QVERIFY(warning->isVisible()); // before any check has run
    QVERIFY2(warning->text().contains(u"'Esito finale'"_s) && warning->text().contains(u"Outcome / status"_s)
                 && !warning->text().contains(u"outcome "_s),
             qPrintable(warning->text()));
    auto *fields = wizard.findChild<QTableWidget *>(u"fields"_s);
    const int outcomeRow = int(pass::ImportField::Outcome);
    QCOMPARE(fields->item(outcomeRow, 1)->data(pass::ChoiceDelegate::ValueRole).toInt(), -1);
    QVERIFY(wizard.grab().save(screenshotPath(u"importwizard-2b-mapping-missing-column.png"_s)));
    // Mapped again to the file's "esito" column (the sixth), the warning goes.
    fields->item(outcomeRow, 1)->setData(pass::ChoiceDelegate::ValueRole, 5);
    QVERIFY(warning->isHidden());
}

void TestImportWizard::screenshotsInItalian()
{
    QVERIFY(pass::installTranslations(qApp, u"it"_s));
    QTemporaryDir &tmp = *m_tmp;
    pass::Database &db = *m_db;
    const QString v2 = prepareUpdate(tmp, db);
    pass::ImportWizard wizard(db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(u"path"_s)->setText(v2);
    QVERIFY(wizard.grab().save(screenshotPath(u"importwizard-1-file-it.png"_s)));
    wizard.next();
    QVERIFY(wizard.grab().save(screenshotPath(u"importwizard-2-mapping-it.png"_s)));
    wizard.next();
    auto *changes = wizard.findChild<QTableWidget *>(u"changes"_s);
    QTRY_COMPARE_WITH_TIMEOUT(changes->rowCount(), 3, kHungMs);
    QCOMPARE(changes->item(0, 1)->text(), u"Data di conclusione"_s);
    QCOMPARE(changes->item(0, 3)->text(), u"01/03/2023"_s);
    QCOMPARE(changes->item(1, 3)->text(), u"Provvedimento espresso"_s);
    QCOMPARE(wizard.findChild<QTableWidget *>(u"unknown"_s)->item(0, 0)->text(), u"Esito / stato"_s);
    // The summary names the fields as the mapping page does, not by the importer's keys.
    const QString summary = wizard.findChild<QPlainTextEdit *>(u"checkText"_s)->toPlainText();
    QVERIFY2(summary.contains(u"Valore sconosciuto per Esito / stato: 'anomala'"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"colonna 3 (procedimento): Procedura: "_s), qPrintable(summary));
    for (const QString &key : {u"outcome"_s, u"procedure_code"_s, u"end_date"_s})
        QVERIFY2(!summary.contains(key), qPrintable(key + u" in: "_s + summary));
    QVERIFY(wizard.grab().save(screenshotPath(u"importwizard-3-check-it.png"_s)));
    const auto radios = wizard.findChildren<QRadioButton *>();
    radios.last()->setChecked(true); // the valid rows only
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.report().applied, kHungMs);
    QVERIFY(wizard.grab().save(screenshotPath(u"importwizard-4-import-it.png"_s)));

    // A saved mapping that names a column the file lacks, warned of on the mapping page.
    QVERIFY(saveMappingWithMissingOutcome(db, v2));
    pass::ImportWizard third(db);
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    third.findChild<QLineEdit *>(u"path"_s)->setText(v2);
    third.next();
    const QString warning = third.findChild<QLabel *>(u"missingColumns"_s)->text();
    QVERIFY2(warning.contains(u"Esito / stato"_s) && warning.contains(u"'Esito finale'"_s), qPrintable(warning));
    QVERIFY(third.grab().save(screenshotPath(u"importwizard-2b-mapping-missing-column-it.png"_s)));

    // A check cancelled half way, as the user sees it.
    QByteArray data = "ente,protocollo,procedimento,data avvio\n";
    for (int i = 0; i < 100000; ++i)
        data += "019035,C" + QByteArray::number(i) + ",PDC-LOM,10/01/2023\n";
    pass::ImportWizard second(db);
    second.show();
    importtest::StageGate halfWay("import:half-the-rows");
    goToCheck(second, writeFile(tmp, u"grande.csv"_s, data));
    QVERIFY(halfWay.waitUntilReached());
    QTest::mouseClick(second.findChild<QPushButton *>(u"cancelCheck"_s), Qt::LeftButton);
    halfWay.release();
    QTRY_VERIFY_WITH_TIMEOUT(second.checkReport().cancelled, kHungMs);
    QVERIFY(!second.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(second.findChild<QLabel *>(u"changesTitle"_s)->text(), u"&Modifiche alle pratiche esistenti:"_s);
    QVERIFY(second.grab().save(screenshotPath(u"importwizard-3b-check-cancelled-it.png"_s)));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
