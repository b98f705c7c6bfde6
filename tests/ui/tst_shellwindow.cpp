// The shell around the views: the status line's sync counts (edits waiting for a retry apart
// from edits the portal refused, each with the portal's own words and a click from its list),
// the 1440-pixel screen with every view shown and every status item visible, and File → Back
// up / Restore store over a real store file.
#include "core/store/changeset.h"
#include "core/store/outbox.h"
#include "core/sync/conflictstore.h"
#include "core/store/transaction.h"
#include "core/sync/portalproblem.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/syncstate.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/common/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/statusbar.h"
#include "ui/sync/conflictdialog.h"
#include "ui/sync/syncpanel.h"
#include "tests/common/deniedtable.h"
#include "uifixture.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableWidget>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using pass::MainWindow;

constexpr int kHungMs = 300000;

class TestShellWindow : public QObject
{
    Q_OBJECT

private:
    // Signs the store in (the account and portal a sign-in writes) with a client preparer that
    // refuses every cycle: the status shows a signed-in account without any network.
    static bool signInWithoutNetwork(pass::Workspace *ws)
    {
        QString error;
        pass::SyncState state(ws->store().connection());
        if (!state.setValue(u"portal_url"_s, u"https://portale.passlombardia.it"_s, &error)
            || !state.setValue(u"account"_s, u"mariagrazia.bonvicini@comune.agnadello.cr.it"_s, &error))
            return false;
        ws->sync()->setClientPreparer([](pass::PortalClient *, QString *why) {
            *why = u"no network in this test"_s;
            return false;
        });
        return true;
    }

    // Two case files made in the window's way: two edits wait in the outbox.
    static bool addLocalEdits(pass::Workspace *ws)
    {
        for (const QString &protocol : {u"LOC-1"_s, u"LOC-2"_s}) {
            pass::CaseFile c;
            c.authorityIstat = u"019002"_s;
            c.procedureCode = u"PDC"_s;
            c.protocolNumber = protocol;
            c.startDate = QDate(2024, 3, 1);
            QString error;
            if (!ws->saveCaseFile(&c, &error)) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        return true;
    }

    // One edit that failed twice with the portal's 503, and one the portal refused by a rule:
    // what a push writes, written here through the same core stores in one transaction each.
    static bool recordFailures(pass::Database &db)
    {
        QString error;
        pass::Outbox outbox(db.connection());
        QList<pass::OutboxEntry> pending;
        if (!outbox.pending(10, &pending, &error))
            return false;
        if (pending.size() < 2)
            return false;
        pass::Transaction retry(db.connection());
        if (!retry.begin(&error)
            || !outbox.markAttempt(pending.at(0).seq, u"Il portale non risponde (503): servizio in manutenzione"_s, &error)
            || !outbox.markAttempt(pending.at(0).seq, u"Il portale non risponde (503): servizio in manutenzione"_s, &error)
            || !retry.commit(&error))
            return false;
        pass::PortalProblem problem;
        problem.status = 422;
        problem.type = u"https://portale.passlombardia.it/problems/validation"_s;
        problem.title = u"Data di fine precedente all'avvio"_s;
        problem.detail = u"La data di conclusione precede la data di avvio del procedimento"_s;
        problem.field = u"end_date"_s;
        pass::Transaction refuse(db.connection());
        pass::RejectionStore rejections(db.connection());
        return refuse.begin(&error) && rejections.record(pending.at(1), problem, &error)
            && outbox.remove(pending.at(1).seq, &error) && refuse.commit(&error);
    }

    static QMenu *portalMenu(MainWindow &window)
    {
        for (QAction *a : window.menuBar()->actions()) {
            if (a->menu() && a->text() == u"&Portale"_s)
                return a->menu();
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PAsS-test"_s);
        QVERIFY(pass::installTranslations(qApp, u"it"_s));
    }

    void init()
    {
        QSettings().clear();
    }

    void retryAndRefusedEditsEachWithThePortalsWords()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        QVERIFY(addLocalEdits(fixture.workspace()));
        QVERIFY(signInWithoutNetwork(fixture.workspace()));
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pass::StatusBarContent *status = window.statusContent();
        QCOMPARE(status->accountLabel()->text().section(u" · "_s, 0, 0), u"mariagrazia.bonvicini@comune.agnadello.cr.it"_s);
        QVERIFY(status->outboxButton()->isVisible());
        QCOMPARE(status->outboxButton()->text(), u"2 modifiche da inviare"_s);
        QVERIFY(!status->retryingButton()->isVisible());
        QVERIFY(!status->rejectionsButton()->isVisible());
        // Automatic sync runs from the start: its state is in the status line.
        QTRY_COMPARE_WITH_TIMEOUT(status->automaticLabel()->text(), u"Automatica ogni 15 min"_s, kHungMs);

        // The push's outcome arrives as a committed change: the status line follows by itself.
        QVERIFY(recordFailures(window.workspace()->store()));
        QTRY_VERIFY_WITH_TIMEOUT(status->retryingButton()->isVisible(), kHungMs);
        QTRY_VERIFY_WITH_TIMEOUT(status->rejectionsButton()->isVisible(), kHungMs);
        QCOMPARE(status->outboxButton()->text(), u"1 modifica da inviare"_s);
        QCOMPARE(status->retryingButton()->text(), u"1 in attesa di un nuovo tentativo"_s);
        QCOMPARE(status->rejectionsButton()->text(), u"1 modifica rifiutata"_s);
        QVERIFY2(status->retryingButton()->toolTip().contains(u"servizio in manutenzione"_s),
                 qPrintable(status->retryingButton()->toolTip()));
        QVERIFY(status->retryingButton()->toolTip().contains(u"2 tentativi"_s));
        QVERIFY2(status->rejectionsButton()->toolTip().contains(u"La data di conclusione precede"_s),
                 qPrintable(status->rejectionsButton()->toolTip()));
        QVERIFY(!status->retryingButton()->accessibleName().isEmpty());

        // Each count is a click away from its list, in the Sync view.
        status->retryingButton()->click();
        QCOMPARE(window.currentViewKey(), u"sync"_s);
        pass::SyncPanel *panel = window.syncPanel();
        QCOMPARE(panel->lists()->currentWidget(), panel->retryingList());
        QCOMPARE(panel->retryingList()->count(), 1);
        QVERIFY(panel->retryingList()->item(0)->text().contains(u"servizio in manutenzione"_s));
        status->rejectionsButton()->click();
        QCOMPARE(panel->lists()->currentWidget(), panel->refusedList());
        QCOMPARE(panel->refusedList()->count(), 1);
        QVERIFY2(panel->refusedList()->item(0)->text().contains(u"La data di conclusione precede"_s),
                 qPrintable(panel->refusedList()->item(0)->text()));
        QVERIFY(panel->refusedList()->item(0)->text().contains(u"end_date"_s));
    }

    // More edits wait for a retry than the status reads in one page (50): the status line and
    // the Sync view count all of them, and the tooltip says how many it does not list.
    void everyEditWaitingForARetryIsCounted()
    {
        pass::test::UiFixture fixture;
        pass::Workspace *ws = fixture.workspace();
        QVERIFY(signInWithoutNetwork(ws));
        QString error;
        for (int i = 0; i < 63; ++i) {
            pass::CaseFile c;
            c.authorityIstat = u"019002"_s;
            c.procedureCode = u"PDC"_s;
            c.protocolNumber = u"RIT-%1"_s.arg(i);
            c.startDate = QDate(2024, 3, 1);
            QVERIFY2(ws->saveCaseFile(&c, &error), qPrintable(error));
        }
        {
            // Their connections go before the window closes the store.
            pass::Outbox outbox(ws->store().connection());
            QList<pass::OutboxEntry> pending;
            QVERIFY2(outbox.pending(100, &pending, &error), qPrintable(error));
            QCOMPARE(pending.size(), 63);
            pass::Transaction tx(ws->store().connection());
            QVERIFY(tx.begin(&error));
            for (const pass::OutboxEntry &e : std::as_const(pending))
                QVERIFY(outbox.markAttempt(e.seq, u"Il portale non risponde (503)"_s, &error));
            QVERIFY(tx.commit(&error));
        }
        QCOMPARE(ws->sync()->status().retrying.size(), pass::SyncSummary::retryingListed());
        QCOMPARE(ws->sync()->status().retryingCount, 63);

        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pass::StatusBarContent *status = window.statusContent();
        QCOMPARE(status->retryingButton()->text(), u"63 in attesa di un nuovo tentativo"_s);
        QVERIFY2(status->retryingButton()->toolTip().contains(u"… e altre 13"_s), qPrintable(status->retryingButton()->toolTip()));
        status->retryingButton()->click();
        pass::SyncPanel *panel = window.syncPanel();
        QCOMPARE(panel->lists()->currentWidget(), panel->retryingList());
        QVERIFY2(panel->lists()->tabText(1).contains(u"(63)"_s), qPrintable(panel->lists()->tabText(1)));
        QCOMPARE(panel->retryingList()->count(), 51);
        QCOMPARE(panel->retryingList()->item(50)->text(), u"… e altre 13"_s);
    }

    // When the store cannot be read, the status line, the Sync view and the conflict dialog say
    // so in a clerk's words, with the store's own words for IT: no "offline", no empty queues.
    void anUnreadableSyncStateIsSaid()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        QVERIFY(addLocalEdits(fixture.workspace()));
        QVERIFY(signInWithoutNetwork(fixture.workspace()));
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Taken after the window, so that it goes before the window closes the store.
        const QSqlDatabase db = window.workspace()->store().connection();
        pass::StatusBarContent *status = window.statusContent();
        const QString account = u"mariagrazia.bonvicini@comune.agnadello.cr.it"_s;
        QCOMPARE(status->accountLabel()->text().section(u" · "_s, 0, 0), account);
        QVERIFY(status->outboxButton()->isVisible());
        QVERIFY(window.showView(u"sync"_s));
        pass::SyncPanel *panel = window.syncPanel();
        QVERIFY(panel);
        QString error;
        {
            // Reading the conflicts fails from now on: the sync state cannot be read whole.
            pass::testutil::DeniedTable denied(db, "sync_conflicts");
            // A change of the sync state is announced, and every view of it reads it again.
            QVERIFY2(pass::SyncState(db).setValue(u"last_error"_s, u"rete assente"_s, &error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(status->accountLabel()->text(), u"Stato della sincronizzazione illeggibile"_s, kHungMs);
            const QString tip = status->accountLabel()->toolTip();
            QVERIFY2(tip.contains(u"Non si è perso nulla"_s) && tip.contains(u"Dettaglio: "_s)
                         && tip.contains(u"sync_conflicts"_s), qPrintable(tip));
            for (QWidget *w : std::initializer_list<QWidget *>{status->outboxButton(), status->retryingButton(),
                                                                status->conflictsButton(), status->rejectionsButton()})
                QVERIFY(!w->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(panel->retryingList()->item(0)->text() == u"Stato della sincronizzazione illeggibile"_s, kHungMs);
            QCOMPARE(panel->refusedList()->item(0)->text(), u"Stato della sincronizzazione illeggibile"_s);
            const QList<QLabel *> labels = panel->findChildren<QLabel *>();
            QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
                return l->text().contains(u"Non si è perso nulla"_s) && l->text().contains(u"sync_conflicts"_s);
            }));

            // A picture to look at (PASS_SCREENSHOT_DIR, as tst_casefilescreenshots): long words wrap.
            if (const QString dir = qEnvironmentVariable("PASS_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(window.grab().save(dir + u"/sync-unreadable.png"_s));
            pass::ConflictDialog conflicts(window.workspace());
            conflicts.show();
            QVERIFY(QTest::qWaitForWindowExposed(&conflicts));
            QVERIFY(conflicts.problemLabel()->isVisible());
            QVERIFY2(conflicts.problemLabel()->text().contains(u"conflitti"_s)
                         && conflicts.problemLabel()->text().contains(u"sync_conflicts"_s),
                     qPrintable(conflicts.problemLabel()->text()));
            QCOMPARE(conflicts.table()->rowCount(), 0);
            // Nothing to choose on a list that could not be read.
            QVERIFY(!conflicts.keepMineButton()->isEnabled());
            QVERIFY(!conflicts.takeTheirsButton()->isEnabled());
            // Whether anyone is signed in could not be read either: no "Esci" on a guess.
            QVERIFY(!panel->signInButton()->isEnabled());
            QVERIFY(!panel->conflictsButton()->isEnabled());
            // Nor "Sync now", from the tool bar or its shortcut.
            QVERIFY(!panel->viewActions().first()->isEnabled());
            // Nor from the Portal menu.
            QVERIFY(portalMenu(window));
            Q_EMIT portalMenu(window)->aboutToShow();
            QVERIFY(!window.findChild<QAction *>(u"portalSyncNow"_s)->isEnabled());
            if (const QString dir = qEnvironmentVariable("PASS_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(conflicts.grab().save(dir + u"/conflicts-unreadable.png"_s));
            QVERIFY(denied.denied() > 0);
        }
        // Readable again: the next announcement brings the account and the queues back.
        QVERIFY2(pass::SyncState(db).removeValue(u"last_error"_s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(status->accountLabel()->text().section(u" · "_s, 0, 0), account, kHungMs);
        QVERIFY(status->outboxButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(panel->signInButton()->isEnabled(), kHungMs);
        QCOMPARE(panel->signInButton()->text(), u"Esci"_s);
        QVERIFY(panel->viewActions().first()->isEnabled());
        Q_EMIT portalMenu(window)->aboutToShow();
        QVERIFY(window.findChild<QAction *>(u"portalSyncNow"_s)->isEnabled());
    }

    // A conflict about a case file the store cannot read still shows, named by its code, and the
    // dialog says why; keeping a side needs a row chosen first, and then settles it.
    void aConflictOnAnUnreadableRecordIsShownByItsCode()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        pass::Workspace *ws = fixture.workspace();
        const QSqlDatabase db = ws->store().connection();
        QSqlQuery first(db);
        QVERIFY(first.exec(u"SELECT id, protocol_number FROM case_files ORDER BY id LIMIT 1"_s) && first.next());
        const QString id = first.value(0).toString();
        const QString protocol = first.value(1).toString();
        first.finish();
        QString error;
        // What a pull records when both sides changed the officer (no adapter is needed to record).
        pass::ConflictStore store(db, [](const QString &) { return nullptr; });
        QVERIFY2(store.record(u"case_file"_s, id, u"responsible"_s, u"Rossi"_s, u"Bianchi"_s, u"Verdi"_s, 7, &error),
                 qPrintable(error));
        pass::ConflictDialog dialog(ws);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY2(dialog.table()->item(0, pass::ConflictDialog::RecordColumn)->text().endsWith(protocol),
                 qPrintable(dialog.table()->item(0, 0)->text()));
        QVERIFY(dialog.problemLabel()->isHidden());
        QVERIFY(!dialog.keepMineButton()->isEnabled());
        {
            pass::testutil::DeniedTable denied(db, "case_files");
            pass::ChangeSet conflicts;
            conflicts.addMany(pass::ChangeSet::Entity::Conflict);
            Q_EMIT ws->changed(conflicts);
            QVERIFY(denied.denied() > 0);
        }
        QCOMPARE(dialog.table()->rowCount(), 1);
        QCOMPARE(dialog.table()->item(0, pass::ConflictDialog::RecordColumn)->text(), u"Pratica "_s + id.left(8));
        QCOMPARE(dialog.table()->item(0, pass::ConflictDialog::MineColumn)->text(), u"Bianchi"_s);
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY2(dialog.problemLabel()->text().contains(u"mostrati con il loro codice"_s)
                     && dialog.problemLabel()->text().contains(u"case_files"_s),
                 qPrintable(dialog.problemLabel()->text()));
        if (const QString dir = qEnvironmentVariable("PASS_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + u"/conflicts-record-unreadable.png"_s));

        dialog.table()->selectRow(0);
        QVERIFY(dialog.keepMineButton()->isEnabled());
        QVERIFY(dialog.takeTheirsButton()->isEnabled());
        dialog.takeTheirsButton()->click();
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(dialog.problemLabel()->isHidden());
        QVERIFY(!dialog.takeTheirsButton()->isEnabled());
        const auto settled = ws->caseFile(id, &error);
        QVERIFY2(settled, qPrintable(error));
        QCOMPARE(settled->responsible, u"Verdi"_s);
    }

    // A 1440x900 screen: every view shown, every status item visible, the window stays on it.
    void everyViewFitsA1440Screen()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        QVERIFY(addLocalEdits(fixture.workspace()));
        QVERIFY(signInWithoutNetwork(fixture.workspace()));
        QVERIFY(recordFailures(fixture.database()));
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pass::StatusBarContent *status = window.statusContent();
        QVERIFY(status->retryingButton()->isVisible());
        QVERIFY(status->rejectionsButton()->isVisible());
        QVERIFY(status->outboxButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(status->automaticLabel()->isVisible(), kHungMs);
        for (const QString &key : window.viewKeys()) {
            QVERIFY(window.showView(key));
            QCoreApplication::processEvents();
            QVERIFY2(window.width() <= 1440, qPrintable(key + u": "_s + QString::number(window.width())));
            QVERIFY2(window.minimumSizeHint().width() <= 1440,
                     qPrintable(key + u": minimum width "_s + QString::number(window.minimumSizeHint().width())));
            QVERIFY2(window.minimumWidth() <= 1440, qPrintable(key));
        }
    }

    void backUpAndRestoreTheOpenStore()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        const QString storePath = fixture.path();
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.caseFilePanel()->tableView();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 7, kHungMs);

        QTemporaryDir dir;
        const QString copy = dir.filePath(u"copia.db"_s);
        QString error;
        QVERIFY2(window.backupStore(copy, &error), qPrintable(error));
        QVERIFY(QFile::exists(copy));

        // An edit after the backup, then the backup restored: the edit is gone from the table.
        pass::CaseFile added;
        added.authorityIstat = u"019002"_s;
        added.procedureCode = u"PDC"_s;
        added.protocolNumber = u"DOPO-BACKUP"_s;
        added.startDate = QDate(2024, 2, 1);
        QVERIFY2(window.workspace()->saveCaseFile(&added, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.caseFilePanel()->tableView()->model()->rowCount(), 8, kHungMs);
        QVERIFY2(window.restoreStore(copy, &error), qPrintable(error));
        QVERIFY(window.workspace());
        QCOMPARE(window.workspace()->storePath(), storePath);
        QTRY_COMPARE_WITH_TIMEOUT(window.caseFilePanel()->tableView()->model()->rowCount(), 7, kHungMs);
        QVERIFY(!window.workspace()->caseFile(added.id));
        QVERIFY(QFile::exists(window.workspace()->store().beforeRestorePath()));
        QVERIFY(window.statusContent()->storeLabel()->text().contains(u"store.db"_s));

        // A file that is not a store: refused in words, the store keeps its content and stays open.
        const QString bogus = dir.filePath(u"appunti.db"_s);
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("appunti della riunione, non un archivio: testo abbastanza lungo da leggere un'intestazione");
        file.close();
        QVERIFY(!window.restoreStore(bogus, &error));
        QVERIFY2(error.contains(u"appunti.db"_s), qPrintable(error));
        QVERIFY(window.workspace());
        QCOMPARE(window.workspace()->caseFileCount(), 7);
        QTRY_COMPARE_WITH_TIMEOUT(window.caseFilePanel()->tableView()->model()->rowCount(), 7, kHungMs);

        // A backup cannot overwrite the store itself.
        QVERIFY(!window.backupStore(storePath, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestShellWindow)
#include "tst_shellwindow.moc"
