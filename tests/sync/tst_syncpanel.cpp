#include "syncfixture.h"
#include "fakeportal.h"

#include "core/casefiles/casefilefield.h"
#include "core/store/database.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/syncpanel.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    const QList<QPushButton *> buttons = parent->findChildren<QPushButton *>();
    auto it = std::find_if(buttons.begin(), buttons.end(), [&](QPushButton *p) { return p->text() == text; });
    return it == buttons.end() ? nullptr : *it;
}

} // namespace

// The Sync view shows the store's sync state and log; the conflict dialog lists and resolves,
// and what it resolves reaches the open views through the workspace.
class TestSyncPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsStateLogAndResolvesConflicts()
    {
        FakePortalState state;
        FakePortal nam(&state);
        SyncClient a(&nam, QUrl(u"http://127.0.0.1:9"_s), u"a"_s), b(&nam, QUrl(u"http://127.0.0.1:9"_s), u"b"_s);
        const QString id = a.addCase(u"UI-1"_s, u"base"_s);
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);
        QVERIFY(a.editCase(id, {{u"notes"_s, u"A"_s}, {u"protocol_number"_s, u"UI-A"_s}}));
        QVERIFY(b.editCase(id, {{u"notes"_s, u"B"_s}, {u"protocol_number"_s, u"UI-B"_s}}));
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);

        QString error;
        std::unique_ptr<Workspace> workspace = Workspace::open(b.storePath(), &error);
        QVERIFY2(workspace, qPrintable(error));
        SyncPanel panel(workspace.get());
        panel.show();
        const QList<QLabel *> labels = panel.findChildren<QLabel *>();
        const bool mentionsConflict = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text().contains(u"2 open conflicts"_s);
        });
        QVERIFY(mentionsConflict);
        QListWidget *log = panel.findChild<QListWidget *>();
        QVERIFY(log && log->count() > 0);

        CaseFileTableModel table(workspace.get());
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.data(table.index(0, CaseFileTableModel::ProtocolColumn)).toString(), u"UI-B"_s);

        ConflictDialog dialog(workspace.get());
        QTableWidget *conflicts = dialog.findChild<QTableWidget *>();
        QCOMPARE(conflicts->rowCount(), 2);
        const int notesRow = conflicts->item(0, ConflictDialog::FieldColumn)->text() == caseFileFieldLabel(u"notes"_s) ? 0 : 1;
        QCOMPARE(conflicts->item(notesRow, ConflictDialog::FieldColumn)->text(), caseFileFieldLabel(u"notes"_s));
        QCOMPARE(conflicts->item(notesRow, ConflictDialog::RecordColumn)->text(), u"Case file UI-B"_s);
        QCOMPARE(conflicts->item(notesRow, ConflictDialog::BaseColumn)->text(), u"base"_s);
        QCOMPARE(conflicts->item(notesRow, ConflictDialog::MineColumn)->text(), u"B"_s);
        QCOMPARE(conflicts->item(notesRow, ConflictDialog::TheirsColumn)->text(), u"A"_s);
        conflicts->selectRow(notesRow);
        buttonNamed(&dialog, u"Keep mine"_s)->click();
        QCOMPARE(conflicts->rowCount(), 1);
        // The protocol number: take the portal's, and the open table shows it by itself.
        conflicts->selectRow(0);
        buttonNamed(&dialog, u"Take theirs"_s)->click();
        QCOMPARE(conflicts->rowCount(), 0);
        QTRY_COMPARE(table.data(table.index(0, CaseFileTableModel::ProtocolColumn)).toString(), u"UI-A"_s);
        QTRY_VERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text().contains(u"0 open conflicts"_s);
        }));
        QCOMPARE(workspace->sync()->status().conflicts, 0);

        QVERIFY(b.sync().ok);
        QCOMPARE(state.records()[id].data.value(u"notes").toString(), u"B"_s);
        QCOMPARE(state.records()[id].data.value(u"protocol_number").toString(), u"UI-A"_s);
    }
};

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
