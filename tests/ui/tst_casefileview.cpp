// The Case files view driven through its real widgets, offscreen, over a real store: create a
// case file in the editor, refuse an invalid edit with the message under its field, edit, undo
// and redo with the keyboard, read the history, delete after confirming, copy rows as text,
// export the filtered list, and follow the authority chosen in the Authorities view.
#include "core/casefiles/casefilefield.h"
#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "ui/authorities/authoritiesview.h"
#include "ui/authorities/authoritytablemodel.h"
#include "ui/casefiles/casefileeditor.h"
#include "ui/casefiles/casefilehistorypanel.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefilesidepanel.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "tests/common/deniedtable.h"
#include "uifixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace pass;

class TestCaseFileView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createCaseFileInTheEditor();
    void invalidEditIsRefusedNextToItsField();
    void editUndoRedoAndHistory();
    void deleteAsksFirstAndUndoBringsItBack();
    void stateFilterAndSearch();
    void copyRowsAsTabSeparatedText();
    void exportTheFilteredList();
    void choosingAnAuthorityFiltersTheCaseFiles();
    void unreadableFilterListsAreSaid();

private:
    // Announces a change of the authorities and the catalogue: the panel reads its lists again.
    void announceReferenceChanged();
    // Denies `table` on the store's connection, then announces the change: the panel meets the
    // refusal. The refusal lasts as long as the returned object.
    std::unique_ptr<testutil::DeniedTable> rereadWithout(const char *table);
    // Selects the row of the case with this protocol number and returns its id.
    QString select(const QString &protocol);
    CaseFileEditor *editor() const { return m_panel->sidePanel()->editor(); }

    std::unique_ptr<test::UiFixture> m_fixture;
    std::unique_ptr<Workspace> m_workspace;
    CaseFilePanel *m_panel = nullptr;
};

void TestCaseFileView::init()
{
    m_fixture = std::make_unique<test::UiFixture>();
    QVERIFY(m_fixture->isValid());
    QVERIFY(m_fixture->addHandMadeCases());
    m_workspace = m_fixture->takeWorkspace();
    m_workspace->setChangeInterval(0);
    m_panel = new CaseFilePanel(m_workspace.get());
    m_panel->resize(1400, 800);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestCaseFileView::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    m_workspace.reset();
    m_fixture.reset();
}

QString TestCaseFileView::select(const QString &protocol)
{
    CaseFileTableModel *model = m_panel->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CaseFileTableModel::ProtocolColumn);
        if (index.data().toString() == protocol) {
            m_panel->tableView()->setCurrentIndex(index);
            return index.data(CaseFileTableModel::CaseIdRole).toString();
        }
    }
    return {};
}

void TestCaseFileView::createCaseFileInTheEditor()
{
    const int before = m_panel->model()->rowCount();
    m_panel->newCaseAction()->trigger();
    QVERIFY(editor()->isShowingCase());
    QVERIFY(editor()->isNew());
    QVERIFY(!editor()->saveButton()->isEnabled()); // nothing filled in yet

    auto *authority = qobject_cast<QComboBox *>(editor()->fieldWidget(CaseFileField::Authority));
    authority->setCurrentIndex(authority->findData(u"019002"_s));
    auto *procedure = qobject_cast<QComboBox *>(editor()->fieldWidget(CaseFileField::Procedure));
    procedure->setCurrentIndex(procedure->findData(u"PDC"_s));
    QTest::keyClicks(editor()->fieldWidget(CaseFileField::Protocol), u"2025/000777"_s);
    qobject_cast<QDateEdit *>(editor()->fieldWidget(CaseFileField::StartDate))->setDate(QDate(2025, 2, 3));
    QTest::keyClicks(editor()->fieldWidget(CaseFileField::Responsible), u"Arch. Ferri"_s);
    QVERIFY2(editor()->saveButton()->isEnabled(), qPrintable(CaseFileValidator::describe({})));
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);

    // The list refreshes itself from the workspace's announcement; nobody calls refresh.
    QTRY_COMPARE(m_panel->model()->rowCount(), before + 1);
    const QString id = m_panel->sidePanel()->caseId();
    QVERIFY(!id.isEmpty());
    const std::optional<CaseFile> stored = m_workspace->caseFile(id);
    QVERIFY(stored);
    QCOMPARE(stored->responsible, u"Arch. Ferri"_s);
    QCOMPARE(stored->startDate, QDate(2025, 2, 3));
    QVERIFY(!editor()->isNew()); // it now shows the saved case file
    QCOMPARE(m_panel->undoStack()->count(), 1);
}

void TestCaseFileView::invalidEditIsRefusedNextToItsField()
{
    const QString id = select(u"P-002"_s);
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_panel->sidePanel()->caseId(), id);
    const CaseFile before = m_workspace->caseFile(id).value();

    QCheckBox *ended = editor()->endedCheck();
    QVERIFY(ended);
    ended->setChecked(true);
    qobject_cast<QDateEdit *>(editor()->fieldWidget(CaseFileField::EndDate))->setDate(before.startDate.addDays(-3));
    const QString message = editor()->problemText(CaseFileField::EndDate);
    QVERIFY2(message.contains(u"before the start date"_s), qPrintable(message));
    QCOMPARE(editor()->fieldWidget(CaseFileField::EndDate)->accessibleDescription(), message);
    QVERIFY(!editor()->saveButton()->isEnabled());
    // Said next to the outcome too: an end date needs one.
    QVERIFY(!editor()->problemText(CaseFileField::Outcome).isEmpty());

    // A protocol number another case file of the same comune has.
    ended->setChecked(false);
    auto *protocol = qobject_cast<QLineEdit *>(editor()->fieldWidget(CaseFileField::Protocol));
    protocol->selectAll();
    QTest::keyClicks(protocol, u"P-001"_s);
    QVERIFY2(editor()->problemText(CaseFileField::Protocol).contains(u"already has protocol number P-001"_s),
             qPrintable(editor()->problemText(CaseFileField::Protocol)));
    QVERIFY(!editor()->saveButton()->isEnabled());
    protocol->selectAll();
    QTest::keyClicks(protocol, before.protocolNumber);
    QVERIFY(editor()->problemText(CaseFileField::Protocol).isEmpty());

    // A procedure a comune does not handle (an AIA is a province's).
    auto *procedure = qobject_cast<QComboBox *>(editor()->fieldWidget(CaseFileField::Procedure));
    procedure->setCurrentIndex(procedure->findData(u"AIA-NEW"_s));
    QVERIFY2(editor()->problemText(CaseFileField::Procedure).contains(u"does not handle this procedure"_s),
             qPrintable(editor()->problemText(CaseFileField::Procedure)));
    QVERIFY(!editor()->saveButton()->isEnabled());
    procedure->setCurrentIndex(procedure->findData(before.procedureCode));
    QVERIFY(editor()->problemText(CaseFileField::Procedure).isEmpty());
    QVERIFY(!editor()->saveButton()->isEnabled()); // valid again, but nothing changed
    QCOMPARE(m_workspace->caseFile(id).value(), before); // nothing written
}

void TestCaseFileView::editUndoRedoAndHistory()
{
    const QString id = select(u"P-002"_s);
    QTRY_COMPARE(m_panel->sidePanel()->caseId(), id);
    // Enter on the row puts the keyboard in the editor; Tab walks its fields to the officer.
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel));
    m_panel->tableView()->setFocus();
    QTest::keyClick(m_panel->tableView(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), editor()->fieldWidget(CaseFileField::Authority));
    auto *responsible = qobject_cast<QLineEdit *>(editor()->fieldWidget(CaseFileField::Responsible));
    for (int i = 0; i < 30 && QApplication::focusWidget() != responsible; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), responsible);
    QTest::keyClicks(responsible, u"Ing. Galli"_s);
    QVERIFY(editor()->saveButton()->isEnabled());
    QTest::keySequence(responsible, QKeySequence::Save);
    QCOMPARE(m_workspace->caseFile(id)->responsible, u"Ing. Galli"_s);

    // Ctrl+Z in the view takes it back, as a new journalled edit.
    m_panel->tableView()->setFocus();
    QTest::keySequence(m_panel->tableView(), QKeySequence(Qt::CTRL | Qt::Key_Z));
    QCOMPARE(m_workspace->caseFile(id)->responsible, QString());
    QTRY_COMPARE(qobject_cast<QLineEdit *>(editor()->fieldWidget(CaseFileField::Responsible))->text(), QString());
    QTest::keySequence(m_panel->tableView(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QCOMPARE(m_workspace->caseFile(id)->responsible, u"Ing. Galli"_s);

    // The history: three changes of the responsible officer, newest first, made on this computer.
    m_panel->sidePanel()->showHistoryTab();
    QTreeWidget *tree = m_panel->sidePanel()->history()->tree();
    const auto officerChanges = [tree] {
        QStringList changes;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            if (CaseFileHistoryPanel::partOf(item, CaseFileHistoryPanel::FieldPart) == u"Responsible officer"_s)
                changes << CaseFileHistoryPanel::partOf(item, CaseFileHistoryPanel::ChangePart);
        }
        return changes;
    };
    // The panel reloads the history when the workspace announces the redo.
    QTRY_COMPARE(officerChanges(),
                 QStringList({u"(empty) → Ing. Galli"_s, u"Ing. Galli → (empty)"_s, u"(empty) → Ing. Galli"_s}));
    QCOMPARE(CaseFileHistoryPanel::partOf(tree->topLevelItem(0), CaseFileHistoryPanel::SourcePart), u"This computer"_s);
}

void TestCaseFileView::deleteAsksFirstAndUndoBringsItBack()
{
    const int before = m_panel->model()->rowCount();
    const QString id = select(u"P-002"_s);
    QTRY_COMPARE(m_panel->sidePanel()->caseId(), id);
    // Answer the confirmation as a person would: the dialog is modal, so click it once it shows.
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        asked = true;
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
    });
    m_panel->deleteCaseAction()->trigger();
    QVERIFY(asked);
    QVERIFY(!m_workspace->caseFile(id));
    QTRY_COMPARE(m_panel->model()->rowCount(), before - 1);
    m_panel->undoStack()->undo();
    QTRY_COMPARE(m_panel->model()->rowCount(), before);
    QVERIFY(!select(u"P-002"_s).isEmpty());
}

void TestCaseFileView::stateFilterAndSearch()
{
    CaseFileTableModel *model = m_panel->model();
    const int all = model->rowCount();
    QComboBox *state = m_panel->stateFilter();
    state->setCurrentIndex(state->findData(int(CaseFileState::Concluded)));
    QTRY_VERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, CaseFileTableModel::EndColumn).data().toString().isEmpty());
    state->setCurrentIndex(state->findData(int(CaseFileState::Any)));
    QTRY_COMPARE(model->rowCount(), all);
    QTest::keyClicks(m_panel->searchBox(), u"P-005"_s);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CaseFileTableModel::ProtocolColumn).data().toString(), u"P-005"_s);
}

void TestCaseFileView::copyRowsAsTabSeparatedText()
{
    QTableView *table = m_panel->tableView();
    table->selectionModel()->select(QItemSelection(m_panel->model()->index(0, 0), m_panel->model()->index(1, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_panel->copyAction()->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and the two rows
    QCOMPARE(lines.at(1).split(u'\t').size(), CaseFileTableModel::ColumnCount);
    QCOMPARE(lines.at(1).split(u'\t').at(CaseFileTableModel::ProtocolColumn),
             m_panel->model()->index(0, CaseFileTableModel::ProtocolColumn).data().toString());
}

void TestCaseFileView::exportTheFilteredList()
{
    QComboBox *state = m_panel->stateFilter();
    state->setCurrentIndex(state->findData(int(CaseFileState::Open)));
    QTRY_VERIFY(m_panel->model()->rowCount() > 0);
    const int shown = m_panel->model()->rowCount();
    const QString out = QDir(QDir::tempPath()).filePath(u"pass-casefileview-%1.csv"_s.arg(QCoreApplication::applicationPid()));
    QSignalSpy finished(m_panel, &CaseFilePanel::exportFinished);
    m_panel->exportTo(out);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QCOMPARE(finished.first().at(0).toLongLong(), shown);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), shown + 1);
    file.remove();
}

void TestCaseFileView::choosingAnAuthorityFiltersTheCaseFiles()
{
    AuthoritiesView authorities(m_workspace.get());
    authorities.show();
    if (authorities.isLoading()) {
        QSignalSpy loaded(&authorities, &AuthoritiesView::loaded);
        QVERIFY(loaded.wait(30000));
    }
    QAbstractItemModel *model = authorities.tableView()->model();
    QCOMPARE(model->rowCount(), 2); // Agnadello and Annicco: the comuni with case files
    int annicco = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(AuthorityTableModel::IstatRole).toString() == u"019003")
            annicco = row;
    }
    QVERIFY(annicco >= 0);
    const QModelIndex open = model->index(annicco, AuthorityTableModel::OpenColumn);
    authorities.tableView()->setCurrentIndex(model->index(annicco, 0));
    QTest::keyClick(authorities.tableView(), Qt::Key_Return);
    QCOMPARE(m_workspace->focusAuthority(), u"019003"_s);
    QTRY_COMPARE(m_panel->model()->filter().authorityIstat, u"019003"_s);
    // The view's open count is the list's own count of open case files.
    QComboBox *state = m_panel->stateFilter();
    state->setCurrentIndex(state->findData(int(CaseFileState::Open)));
    QTRY_COMPARE(QString::number(m_panel->model()->rowCount()), open.data().toString());
}

// A filter list that could not be read: one entry saying why (the store's words naming `table`),
// the same words for the tooltip and screen readers, nothing to filter by, and disabled.
static void saysWhyUnreadable(const QComboBox *box, const QString &opening, const QString &table)
{
    QVERIFY(!box->isEnabled());
    QCOMPARE(box->count(), 1);
    QVERIFY2(box->currentText().startsWith(opening) && box->currentText().contains(table), qPrintable(box->currentText()));
    QCOMPARE(box->toolTip(), box->currentText());
    QCOMPARE(box->accessibleDescription(), box->currentText());
    QVERIFY(box->currentData().toString().isEmpty());
}

void TestCaseFileView::announceReferenceChanged()
{
    ChangeSet reference;
    reference.addMany(ChangeSet::Entity::Authority);
    reference.addMany(ChangeSet::Entity::Catalogue);
    Q_EMIT m_workspace->changed(reference);
}

std::unique_ptr<testutil::DeniedTable> TestCaseFileView::rereadWithout(const char *table)
{
    // One authorizer per connection: one table denied at a time.
    auto denied = std::make_unique<testutil::DeniedTable>(m_workspace->store().connection(), table);
    announceReferenceChanged();
    return denied;
}

// The authorities and procedures the store cannot read are not "none": each filter list says why
// in its one entry and is disabled (no filtering on a list that only looks empty), the panel says
// it in full under the filters, and the lists come back once the store reads again.
void TestCaseFileView::unreadableFilterListsAreSaid()
{
    m_panel->authorityFilter()->setCurrentIndex(m_panel->authorityFilter()->findData(u"019002"_s));
    QVERIFY(m_panel->authorityFilter()->currentIndex() > 0);
    QVERIFY(m_panel->readProblemLabel()->isHidden());
    {
        const auto authorities = rereadWithout("authorities");
        QVERIFY(authorities->denied() > 0);
        QComboBox *box = m_panel->authorityFilter();
        saysWhyUnreadable(box, u"I cannot read the authorities from the store: "_s, u"authorities"_s);
        if (QTest::currentTestFailed())
            return;
        // What was read stays as it was.
        QVERIFY(m_panel->taskForceFilter()->isEnabled() && m_panel->taskForceFilter()->count() > 1);
        QVERIFY(m_panel->procedureFilter()->isEnabled() && m_panel->procedureFilter()->findData(u"PDC"_s) > 0);
        QVERIFY(m_panel->readProblemLabel()->isVisible());
        QCOMPARE(m_panel->readProblemLabel()->text(), box->currentText());
    }
    {
        const auto procedures = rereadWithout("procedure_types");
        QVERIFY(procedures->denied() > 0);
        QComboBox *box = m_panel->procedureFilter();
        saysWhyUnreadable(box, u"I cannot read the procedures from the store: "_s, u"procedure_types"_s);
        if (QTest::currentTestFailed())
            return;
        // Choosing a task force refills the procedures from what was read: nothing, so it must not.
        m_panel->taskForceFilter()->setCurrentIndex(1);
        QVERIFY(!box->isEnabled());
        QCOMPARE(box->count(), 1);
        QVERIFY(m_panel->authorityFilter()->isEnabled());
        QVERIFY(m_panel->readProblemLabel()->isVisible());
        QCOMPARE(m_panel->readProblemLabel()->text(), box->currentText());
    }
    announceReferenceChanged();
    m_panel->taskForceFilter()->setCurrentIndex(0);
    QVERIFY(m_panel->readProblemLabel()->isHidden());
    for (QComboBox *box : {m_panel->authorityFilter(), m_panel->procedureFilter()}) {
        QVERIFY(box->isEnabled());
        QVERIFY(box->count() > 1);
        QVERIFY(box->accessibleDescription().isEmpty());
    }
    QCOMPARE(m_panel->authorityFilter()->toolTip(), u"Show the case files of one authority; type to search the list"_s);
    QVERIFY(m_panel->authorityFilter()->findData(u"019002"_s) > 0);
    QVERIFY(m_panel->procedureFilter()->findData(u"PDC"_s) > 0);
}

QTEST_MAIN(TestCaseFileView)
#include "tst_casefileview.moc"
