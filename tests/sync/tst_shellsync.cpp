// The main window over a store signed in to the real pass-portal on loopback: automatic sync
// runs from the start, and what a sync brings — a new case file, a change, a conflict and its
// resolution — shows in the open case table and the status line with no refresh call.
#include "portalprocess.h"
#include "syncfixture.h"

#include "core/sync/portalclient.h"
#include "core/sync/syncstate.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "ui/common/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/statusbar.h"

#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace pass;

constexpr int kHungMs = 300000;

class TestShellSync : public QObject
{
    Q_OBJECT
private:
    PortalProcess m_portal;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;

    static QStringList protocols(QTableView *table)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, CaseFileTableModel::ProtocolColumn).data().toString();
        values.sort();
        return values;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PAsS-test"_s);
        QSettings().clear();
        QVERIFY(installTranslations(qApp, u"it"_s));
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        QVERIFY(m_portal.addUser(u"carla"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.addUser(u"dario"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.start());
    }

    void syncShowsInTheTableAndStatusLine()
    {
        // Another office of the same comune puts a case file on the portal.
        SyncClient other(&m_nam, m_portal.url(), u"other"_s);
        other.client().setAccessToken(m_portal.token(u"dario"_s));
        other.engine().setPageSize(2000);
        const QString id = other.addCase(u"PORTALE-1"_s, u"dal portale"_s);
        QVERIFY(other.sync().ok);

        // The desktop store, signed in as carla: the token stands in for the browser sign-in.
        QString error;
        std::unique_ptr<Workspace> workspace = Workspace::open(m_dir.filePath(u"desk.db"_s), &error);
        QVERIFY2(workspace, qPrintable(error));
        {
            SyncState state(workspace->store().connection());
            QVERIFY(state.setValue(u"portal_url"_s, m_portal.url().toString(), &error));
            QVERIFY(state.setValue(u"account"_s, u"carla"_s, &error));
        }
        const QString token = m_portal.token(u"carla"_s);
        workspace->sync()->setClientPreparer([token](PortalClient *client, QString *) {
            client->setAccessToken(token);
            return true;
        });

        QCOMPARE(workspace->caseFileCount(), 0); // nothing here until a sync brings it
        MainWindow window;
        window.setWorkspace(std::move(workspace));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StatusBarContent *status = window.statusContent();
        QTableView *table = window.caseFilePanel()->tableView();

        // Automatic sync from the start: the portal's case file arrives by itself.
        QTRY_COMPARE_WITH_TIMEOUT(protocols(table), QStringList({u"PORTALE-1"_s}), kHungMs);
        QTRY_COMPARE_WITH_TIMEOUT(status->lastSyncLabel()->text(), u"Sincronizzato adesso"_s, kHungMs);
        QTRY_COMPARE_WITH_TIMEOUT(status->accountLabel()->text(), u"carla"_s, kHungMs);
        QCOMPARE(status->automaticLabel()->text(), u"Automatica ogni 15 min"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->countLabel()->text(), u"1 pratiche"_s, kHungMs);

        // A change on the portal, then the next cycle: the open table follows.
        QVERIFY(other.editCase(id, {{u"protocol_number"_s, u"PORTALE-1-BIS"_s}}));
        QVERIFY(other.sync().ok);
        window.workspace()->sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(protocols(table), QStringList({u"PORTALE-1-BIS"_s}), kHungMs);

        // Both offices change the protocol number: the portal keeps the other's, the desktop's
        // edit becomes a conflict, counted in the status line.
        std::optional<CaseFile> local = window.workspace()->caseFile(id);
        QVERIFY(local);
        local->protocolNumber = u"SCRIVANIA"_s;
        QVERIFY2(window.workspace()->saveCaseFile(&*local, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(protocols(table), QStringList({u"SCRIVANIA"_s}), kHungMs);
        QTRY_VERIFY_WITH_TIMEOUT(status->outboxButton()->isVisible(), kHungMs);
        QCOMPARE(status->outboxButton()->text(), u"1 modifica da inviare"_s);
        QVERIFY(other.editCase(id, {{u"protocol_number"_s, u"UFFICIO"_s}}));
        QVERIFY(other.sync().ok);
        window.workspace()->sync()->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(status->conflictsButton()->isVisible(), kHungMs);
        QCOMPARE(status->conflictsButton()->text(), u"1 conflitto"_s);

        // Resolving it with the portal's value changes the open table, again by itself.
        const QList<ConflictStore::Conflict> open = window.workspace()->sync()->openConflicts();
        QCOMPARE(open.size(), 1);
        QVERIFY2(window.workspace()->sync()->resolveConflict(open.first().id, ConflictStore::Choice::Theirs, &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(protocols(table), QStringList({u"UFFICIO"_s}), kHungMs);
        QTRY_VERIFY_WITH_TIMEOUT(!status->conflictsButton()->isVisible(), kHungMs);
    }
};

QTEST_MAIN(TestShellSync)
#include "tst_shellsync.moc"
