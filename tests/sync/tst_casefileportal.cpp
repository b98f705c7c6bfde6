// The Case files view over a store that syncs with the real pass-portal on loopback: a case file
// another user creates, then edits, appears in the open list and editor without any refresh
// call, and its history says the change came from the portal; an edit saved in the editor
// reaches the other user through the portal.
#include "core/casefiles/casefilefield.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/sync/syncengine.h"
#include "core/workspace/workspace.h"
#include "portalprocess.h"
#include "syncfixture.h"
#include "ui/casefiles/casefileeditor.h"
#include "ui/casefiles/casefilehistorypanel.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefilesidepanel.h"
#include "ui/casefiles/casefiletablemodel.h"

#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestCaseFilePortal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        QVERIFY(m_portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.addUser(u"bob"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.start());
    }

    void changesFromThePortalReachTheOpenView()
    {
        // Alice works on her own computer (a plain sync client).
        SyncClient alice(&m_nam, m_portal.url(), u"alice"_s);
        alice.client().setAccessToken(m_portal.token(u"alice"_s));
        alice.engine().setPageSize(2000);
        QVERIFY(alice.sync().ok);

        // Bob has the application open: his workspace, its views, and a sync engine on its store,
        // as the application's scheduler runs one.
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Workspace> workspace = Workspace::open(dir.filePath(u"bob.db"_s), &error);
        QVERIFY2(workspace, qPrintable(error));
        workspace->setChangeInterval(0);
        FakeClock clock;
        PortalClient client(&m_nam, &clock);
        QVERIFY2(client.setBaseUrl(m_portal.url(), &error), qPrintable(error));
        client.setAccessToken(m_portal.token(u"bob"_s));
        SyncEngine bob(workspace->store().connection(), &client);
        bob.addDefaultAdapters();
        bob.setPageSize(2000);
        CaseFilePanel panel(workspace.get());
        panel.resize(1400, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.model()->rowCount(), 0);

        const QString id = alice.addCase(u"PORT-1"_s);
        QVERIFY(alice.sync().ok);
        SyncResult r = bob.run();
        QVERIFY2(r.ok, qPrintable(r.error));
        // The list shows it by itself: nobody calls a refresh.
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        panel.tableView()->setCurrentIndex(panel.model()->index(0, CaseFileTableModel::ProtocolColumn));
        CaseFileEditor *editor = panel.sidePanel()->editor();
        QTRY_COMPARE(panel.sidePanel()->caseId(), id);
        auto *responsible = qobject_cast<QLineEdit *>(editor->fieldWidget(CaseFileField::Responsible));
        const QString first = responsible->text();
        QVERIFY(!first.isEmpty());

        // Alice changes the officer; Bob's open editor and history follow at his next sync.
        QVERIFY(alice.editCase(id, {{u"responsible"_s, u"Arch. Bianchi"_s}}));
        QVERIFY(alice.sync().ok);
        r = bob.run();
        QVERIFY2(r.ok, qPrintable(r.error));
        QTRY_COMPARE(responsible->text(), u"Arch. Bianchi"_s);
        QTreeWidget *history = panel.sidePanel()->history()->tree();
        QTRY_VERIFY(history->topLevelItemCount() > 0);
        const QTreeWidgetItem *latest = history->topLevelItem(0);
        QCOMPARE(CaseFileHistoryPanel::partOf(latest, CaseFileHistoryPanel::SourcePart), u"From the portal"_s);
        QCOMPARE(CaseFileHistoryPanel::partOf(latest, CaseFileHistoryPanel::FieldPart), u"Responsible officer"_s);
        QCOMPARE(CaseFileHistoryPanel::partOf(latest, CaseFileHistoryPanel::ChangePart), first + u" → Arch. Bianchi"_s);

        // Bob's edit in the editor goes the journalled way: outbox, push, and Alice has it.
        responsible->selectAll();
        QTest::keyClicks(responsible, u"Ing. Galli"_s);
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        r = bob.run();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(alice.sync().ok);
        QCOMPARE(alice.caseJson(id).value().value(u"responsible"_s).toString(), u"Ing. Galli"_s);
        QTRY_COMPARE(CaseFileHistoryPanel::partOf(history->topLevelItem(0), CaseFileHistoryPanel::SourcePart), u"This computer"_s);
        QCOMPARE(CaseFileHistoryPanel::partOf(history->topLevelItem(0), CaseFileHistoryPanel::ChangePart), u"Arch. Bianchi → Ing. Galli"_s);
    }

private:
    PortalProcess m_portal;
    QNetworkAccessManager m_nam;
};

QTEST_MAIN(TestCaseFilePortal)
#include "tst_casefileportal.moc"
