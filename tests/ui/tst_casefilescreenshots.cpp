// The Case files and Authorities views in the whole main window (Italian, 1440x900) over a demo
// store with an imported registry, as docs/screenshots shows them: the list, the editor refusing
// an end date before the start with its message under the field, the history of an imported and
// then edited case file, and the authorities. Writes the PNGs into PASS_SCREENSHOT_DIR when it is
// set (scripts/screenshots.sh, or by hand), else into a temporary folder; asserts what each one
// must show either way.
#include "core/casefiles/casefilefield.h"
#include "core/demo/demogenerator.h"
#include "core/import/importjob.h"
#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "ui/authorities/authoritiesview.h"
#include "ui/casefiles/casefileeditor.h"
#include "ui/casefiles/casefilehistorypanel.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefilesidepanel.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "ui/common/language.h"
#include "ui/shell/mainwindow.h"
#include "tests/common/deniedtable.h"
#include "uifixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestCaseFileScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void casefilesAndAuthorities();

private:
    void save(QWidget *window, const QString &name);
    // Selects the row of the case with this protocol number (list filtered by it).
    void select(CaseFilePanel *panel, const QString &protocol);

    QTemporaryDir m_tmp;
    QString m_dir;
};

void TestCaseFileScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PAsS-test-screenshots"_s);
    QSettings().clear();
    QVERIFY(installTranslations(qApp, u"it"_s));
    m_dir = qEnvironmentVariable("PASS_SCREENSHOT_DIR", m_tmp.path());
    QVERIFY(QDir().mkpath(m_dir));
}

void TestCaseFileScreenshots::save(QWidget *window, const QString &name)
{
    QCoreApplication::processEvents();
    const QImage image = window->grab().toImage();
    QCOMPARE(image.size(), QSize(1440, 900));
    QVERIFY(image.save(QDir(m_dir).filePath(name)));
}

void TestCaseFileScreenshots::select(CaseFilePanel *panel, const QString &protocol)
{
    panel->searchBox()->setText(protocol);
    QTRY_COMPARE(panel->model()->rowCount(), 1);
    panel->tableView()->setCurrentIndex(panel->model()->index(0, CaseFileTableModel::ProtocolColumn));
}

void TestCaseFileScreenshots::casefilesAndAuthorities()
{
    test::UiFixture fixture;
    {
        DemoGenerator::Options options;
        options.cases = 4000;
        options.withRequests = false;
        QString error;
        QVERIFY2(DemoGenerator(fixture.database().connection()).run(options, {}, &error), qPrintable(error));
    }
    // An office's registry, imported as a clerk does: its case files remember the run and the line.
    const QString registry = m_tmp.filePath(u"registro-crema.csv"_s);
    {
        QFile file(registry);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ente,protocollo,procedimento,data avvio,data conclusione,esito,responsabile\n"
                   "019035,2025/0412,PDC,03/02/2025,,,Geom. Rota\n"
                   "019035,2025/0413,SCIA-ALT,10/02/2025,,,Geom. Rota\n"
                   "019035,2025/0418,PDC,17/02/2025,,,Arch. Ferri\n");
    }
    {
        ImportJob job(fixture.database(), registry, {}, {});
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(120000)); // a bound for a hung job, not a wait for time to pass
        QVERIFY2(job.report().applied, qPrintable(job.report().toText()));
    }

    MainWindow window;
    window.setWorkspace(fixture.takeWorkspace());
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.resize(1440, 900);
    QVERIFY(window.showView(u"casefiles"_s));
    CaseFilePanel *panel = window.caseFilePanel();
    CaseFileEditor *editor = panel->sidePanel()->editor();

    // The list, one overdue case file chosen in the editor.
    QComboBox *state = panel->stateFilter();
    state->setCurrentIndex(state->findData(int(CaseFileState::Any)));
    panel->tableView()->setCurrentIndex(panel->model()->index(3, CaseFileTableModel::ProtocolColumn));
    QTRY_VERIFY(editor->isShowingCase());
    save(&window, u"casefiles.png"_s);

    // The editor refuses an end date before the start, and says so under the field.
    select(panel, u"2025/0418"_s);
    QTRY_COMPARE(editor->loaded().value_or(CaseFile()).protocolNumber, u"2025/0418"_s);
    editor->endedCheck()->setChecked(true);
    qobject_cast<QDateEdit *>(editor->fieldWidget(CaseFileField::EndDate))->setDate(QDate(2025, 1, 30));
    QVERIFY2(editor->problemText(CaseFileField::EndDate).contains(u"precedente alla data di avvio"_s),
             qPrintable(editor->problemText(CaseFileField::EndDate)));
    QVERIFY(!editor->saveButton()->isEnabled());
    save(&window, u"casefile-editor.png"_s);

    // Corrected and saved, then another officer: the history shows the import run and line, then
    // each change made here.
    qobject_cast<QDateEdit *>(editor->fieldWidget(CaseFileField::EndDate))->setDate(QDate(2025, 5, 12));
    auto *outcome = qobject_cast<QComboBox *>(editor->fieldWidget(CaseFileField::Outcome));
    outcome->setCurrentIndex(outcome->findData(u"express"_s));
    QVERIFY2(editor->saveButton()->isEnabled(), qPrintable(editor->problemText(CaseFileField::Outcome)));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    auto *responsible = qobject_cast<QLineEdit *>(editor->fieldWidget(CaseFileField::Responsible));
    responsible->selectAll();
    QTest::keyClicks(responsible, u"Ing. Galli"_s);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    panel->sidePanel()->showHistoryTab();
    QTreeWidget *history = panel->sidePanel()->history()->tree();
    QTRY_VERIFY(!history->findItems(u"Ing. Galli"_s, Qt::MatchContains, 0).isEmpty());
    QVERIFY(!history->findItems(u"registro-crema.csv, riga 4"_s, Qt::MatchContains, 0).isEmpty());
    save(&window, u"casefile-history.png"_s);

    // The authorities in scope; choosing Crema narrows the case files to it.
    panel->clearFilters();
    QVERIFY(window.showView(u"authorities"_s));
    auto *authorities = dynamic_cast<AuthoritiesView *>(window.view(u"authorities"_s));
    QVERIFY(authorities);
    if (authorities->isLoading()) {
        QSignalSpy loaded(authorities, &AuthoritiesView::loaded);
        QVERIFY(loaded.wait(60000)); // a bound for a hung read
    }
    QVERIFY(authorities->tableView()->model()->rowCount() > 1);
    authorities->searchBox()->setText(u"019035"_s);
    QCOMPARE(authorities->tableView()->model()->rowCount(), 1);
    authorities->tableView()->setCurrentIndex(authorities->tableView()->model()->index(0, 0));
    authorities->chooseCurrent();
    authorities->searchBox()->clear();
    // The chosen row stays current and in sight once the whole list is back.
    authorities->tableView()->scrollTo(authorities->tableView()->currentIndex());
    save(&window, u"authorities.png"_s);
    QCOMPARE(panel->authorityFilter()->currentData().toString(), u"019035"_s);

    // The procedures cannot be read: their filter says why where the list would be and is
    // disabled, and the whole message stands under the filters.
    QVERIFY(window.showView(u"casefiles"_s));
    {
        testutil::DeniedTable procedures(window.workspace()->store().connection(), "procedure_types");
        ChangeSet catalogue;
        catalogue.addMany(ChangeSet::Entity::Catalogue);
        Q_EMIT window.workspace()->changed(catalogue);
        QVERIFY(procedures.denied() > 0);
        QVERIFY(!panel->procedureFilter()->isEnabled());
        QVERIFY(panel->readProblemLabel()->isVisible());
        QVERIFY2(panel->readProblemLabel()->text().startsWith(u"Non riesco a leggere le procedure dall'archivio: "_s),
                 qPrintable(panel->readProblemLabel()->text()));
        save(&window, u"casefiles-unreadable-procedures.png"_s);
    }
    installTranslations(qApp, u"en"_s);
}

QTEST_MAIN(TestCaseFileScreenshots)
#include "tst_casefilescreenshots.moc"
