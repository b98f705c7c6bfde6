#include "syncfixture.h"
#include "fakeportal.h"

#include "core/store/database.h"
#include "core/sync/conflictstore.h"
#include "core/sync/synclog.h"
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

// The sync panel shows the store's sync state and log; the conflict dialog lists and resolves.
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
        QVERIFY(a.editCase(id, {{u"notes"_s, u"A"_s}}));
        QVERIFY(b.editCase(id, {{u"notes"_s, u"B"_s}}));
        QVERIFY(a.sync().ok);
        QVERIFY(b.sync().ok);

        SyncPanel panel(&b.database());
        panel.show();
        const QList<QLabel *> labels = panel.findChildren<QLabel *>();
        const bool mentionsConflict = std::any_of(labels.begin(), labels.end(), [](QLabel *l) {
            return l->text().contains(u"1 open conflicts"_s);
        });
        QVERIFY(mentionsConflict);
        QListWidget *log = panel.findChild<QListWidget *>();
        QVERIFY(log && log->count() > 0);

        ConflictStore store(b.database().connection(), [&b](const QString &e) { return b.engine().adapter(e); });
        ConflictDialog dialog(&store);
        QTableWidget *table = dialog.findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), u"B"_s);
        QCOMPARE(table->item(0, 3)->text(), u"A"_s);
        table->selectRow(0);
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        auto keepMine = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *p) { return p->text() == u"Keep mine"; });
        QVERIFY(keepMine != buttons.end());
        (*keepMine)->click();
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(store.openCount(), 0);
        QVERIFY(b.sync().ok);
        QCOMPARE(state.records()[id].data.value(u"notes").toString(), u"B"_s);
    }
};

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
