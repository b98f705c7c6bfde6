// Conflicts on support requests and visits reach the same conflict view as case files, with the
// same layout (the record as people know it, the field's label, base / on this PC / on the
// portal), and resolving one there reaches the open request list by itself and the portal at the
// next sync. Real pass-portal on loopback; two PCs of the same person edit offline.
#include "portalprocess.h"
#include "tests/common/storereads.h"
#include "syncfixture.h"

#include "core/domain/requestlabels.h"
#include "core/requests/accountidentity.h"
#include "core/requests/requestservice.h"
#include "core/store/requeststore.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/requests/requestsview.h"
#include "ui/sync/conflictdialog.h"

#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

constexpr int kHungMs = 300000;
const WorkflowActor kAnna{u"anna"_s, UserRole::Authority, {u"019035"_s}};
const WorkflowActor kCoord{u"coord"_s, UserRole::Coordinator, {}};
const WorkflowActor kMarco{u"marco"_s, UserRole::Expert, {u"019035"_s}};

RequestService as(SyncClient &c, const WorkflowActor &actor)
{
    return RequestService(c.database().connection(), actor);
}

} // namespace

class TestRequestConflicts : public QObject
{
    Q_OBJECT

private:
    PortalProcess m_portal;
    QNetworkAccessManager m_nam;

    std::unique_ptr<SyncClient> client(const QString &user, const QString &pc)
    {
        auto c = std::make_unique<SyncClient>(&m_nam, m_portal.url(), pc);
        c->client().setAccessToken(m_portal.token(user));
        c->engine().setPageSize(2000);
        return c;
    }

    static QTableWidget *table(ConflictDialog &dialog) { return dialog.findChild<QTableWidget *>(u"conflicts"_s); }

private slots:
    void initTestCase()
    {
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        QVERIFY(m_portal.addUser(u"anna"_s, u"authority"_s, {u"019035"_s}));
        QVERIFY(m_portal.addUser(u"marco"_s, u"expert"_s, {u"019035"_s}));
        QVERIFY(m_portal.addUser(u"coord"_s, u"coordinator"_s));
        QVERIFY(m_portal.start());
    }

    void requestAndVisitConflictsInTheConflictView()
    {
        // anna's office PC and her laptop; a draft written on the first reaches both.
        auto office = client(u"anna"_s, u"office"_s);
        auto laptop = client(u"anna"_s, u"laptop"_s);
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = u"Arretrato"_s;
        RequestService onOffice = as(*office, kAnna);
        QVERIFY2(onOffice.create(&r, false), qPrintable(onOffice.error()));
        QVERIFY(office->sync().ok);
        QVERIFY(laptop->sync().ok);
        QVERIFY(testutil::request(laptop->database().connection(), r.id));

        // Offline on both: the subject changed twice.
        SupportRequest atOffice = *testutil::request(office->database().connection(), r.id);
        atOffice.subject = u"Arretrato dei permessi di costruire"_s;
        QVERIFY2(onOffice.editDraft(&atOffice), qPrintable(onOffice.error()));
        RequestService onLaptop = as(*laptop, kAnna);
        SupportRequest atLaptop = *testutil::request(laptop->database().connection(), r.id);
        atLaptop.subject = u"Arretrato PdC e SCIA"_s;
        QVERIFY2(onLaptop.editDraft(&atLaptop), qPrintable(onLaptop.error()));
        QVERIFY(office->sync().ok);
        SyncResult result = laptop->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.conflicts, 1);

        // The laptop's window: the request list and the conflict view over one workspace.
        QString error;
        std::unique_ptr<Workspace> workspace = Workspace::open(laptop->storePath(), &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(AccountIdentity::save(workspace->store().connection(), kAnna, &error));
        RequestsView list(workspace.get());
        QCOMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->row(0)->subject, u"Arretrato PdC e SCIA"_s); // mine kept until decided
        ConflictDialog dialog(workspace.get());
        QTableWidget *conflicts = table(dialog);
        QVERIFY(conflicts);
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->horizontalHeaderItem(ConflictDialog::BaseColumn)->text(), u"Before (base)"_s);
        QCOMPARE(conflicts->horizontalHeaderItem(ConflictDialog::MineColumn)->text(), u"On this PC"_s);
        QCOMPARE(conflicts->horizontalHeaderItem(ConflictDialog::TheirsColumn)->text(), u"On the portal"_s);
        QCOMPARE(conflicts->item(0, ConflictDialog::RecordColumn)->text(), u"Request: Arretrato PdC e SCIA"_s);
        QCOMPARE(conflicts->item(0, ConflictDialog::FieldColumn)->text(), requestFieldLabel(u"subject"_s));
        QCOMPARE(conflicts->item(0, ConflictDialog::BaseColumn)->text(), u"Arretrato"_s);
        QCOMPARE(conflicts->item(0, ConflictDialog::MineColumn)->text(), u"Arretrato PdC e SCIA"_s);
        QCOMPARE(conflicts->item(0, ConflictDialog::TheirsColumn)->text(), u"Arretrato dei permessi di costruire"_s);
        // Take the portal's: the open list shows it by itself.
        conflicts->selectRow(0);
        dialog.findChild<QPushButton *>(u"takeTheirs"_s)->click();
        QCOMPARE(conflicts->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(list.model()->row(0)->subject, u"Arretrato dei permessi di costruire"_s, kHungMs);
        QCOMPARE(workspace->sync()->status().conflicts, 0);
        QVERIFY(laptop->sync().ok);
        QVERIFY(office->sync().ok);
        QCOMPARE(testutil::request(office->database().connection(), r.id)->subject,
                 u"Arretrato dei permessi di costruire"_s);

        // A visit edited on marco's two PCs.
        QVERIFY(onOffice.move(r.id, RequestMove::Submit, {}));
        QVERIFY(office->sync().ok);
        auto coord = client(u"coord"_s, u"coord"_s);
        QVERIFY(coord->sync().ok);
        RequestService onCoord = as(*coord, kCoord);
        QVERIFY2(onCoord.move(r.id, RequestMove::Accept, {}), qPrintable(onCoord.error()));
        QVERIFY2(onCoord.move(r.id, RequestMove::Assign, MoveInput{{}, {u"marco"_s}, {}}), qPrintable(onCoord.error()));
        QVERIFY(coord->sync().ok);
        auto marcoA = client(u"marco"_s, u"marco-a"_s);
        auto marcoB = client(u"marco"_s, u"marco-b"_s);
        QVERIFY(marcoA->sync().ok);
        RequestService onA = as(*marcoA, kMarco);
        QVERIFY2(onA.move(r.id, RequestMove::Start, {}), qPrintable(onA.error()));
        Visit v;
        v.requestId = r.id;
        v.date = QDate(2026, 11, 12);
        v.hours = 3;
        v.activities = u"Analisi delle pratiche"_s;
        QVERIFY2(onA.logVisit(&v), qPrintable(onA.error()));
        QVERIFY(marcoA->sync().ok);
        QVERIFY(marcoB->sync().ok);
        RequestService onB = as(*marcoB, kMarco);
        Visit va = *testutil::visit(marcoA->database().connection(), v.id);
        va.activities = u"Analisi delle 40 pratiche in arretrato"_s;
        QVERIFY2(onA.logVisit(&va), qPrintable(onA.error()));
        Visit vb = *testutil::visit(marcoB->database().connection(), v.id);
        vb.activities = u"Analisi delle pratiche e check-list"_s;
        QVERIFY2(onB.logVisit(&vb), qPrintable(onB.error()));
        QVERIFY(marcoA->sync().ok);
        result = marcoB->sync();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.conflicts, 1);

        std::unique_ptr<Workspace> atB = Workspace::open(marcoB->storePath(), &error);
        QVERIFY2(atB, qPrintable(error));
        ConflictDialog visitDialog(atB.get());
        conflicts = table(visitDialog);
        QCOMPARE(conflicts->rowCount(), 1);
        QCOMPARE(conflicts->item(0, ConflictDialog::RecordColumn)->text(),
                 u"Visit of %1 (marco)"_s.arg(QLocale().toString(v.date, QLocale::ShortFormat)));
        QCOMPARE(conflicts->item(0, ConflictDialog::FieldColumn)->text(), requestFieldLabel(u"activities"_s));
        QCOMPARE(conflicts->item(0, ConflictDialog::BaseColumn)->text(), u"Analisi delle pratiche"_s);
        QCOMPARE(conflicts->item(0, ConflictDialog::MineColumn)->text(), u"Analisi delle pratiche e check-list"_s);
        QCOMPARE(conflicts->item(0, ConflictDialog::TheirsColumn)->text(), u"Analisi delle 40 pratiche in arretrato"_s);
        // Keep mine: sent at the next sync, and the other PC gets it.
        conflicts->selectRow(0);
        visitDialog.findChild<QPushButton *>(u"keepMine"_s)->click();
        QCOMPARE(conflicts->rowCount(), 0);
        QVERIFY(marcoB->sync().ok);
        QVERIFY(marcoA->sync().ok);
        QCOMPARE(testutil::visit(marcoA->database().connection(), v.id)->activities,
                 u"Analisi delle pratiche e check-list"_s);
    }
};

QTEST_MAIN(TestRequestConflicts)
#include "tst_requestconflicts.moc"
