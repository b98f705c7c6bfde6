// What the request and visit views stand on: the workspace's RequestDesk (the signed-in account,
// the commands for it, a request, its visits, the logs) and the workspace's change announcements
// naming the requests, visits and messages each write touched — so that the views refresh
// themselves, whoever wrote.
#include "core/requests/accountidentity.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

constexpr int kHungMs = 300000;

// Waits for the workspace to announce a change of `entity` (with `id` when given); announcements
// of earlier writes may come first and are merged.
bool announced(Workspace *workspace, ChangeSet::Entity entity, const QString &id = {})
{
    QSignalSpy spy(workspace, &Workspace::changed);
    ChangeSet all;
    for (int seen = 0;;) {
        while (seen < spy.size())
            all.merge(spy.at(seen++).at(0).value<ChangeSet>());
        if (id.isEmpty() ? all.touches(entity) : all.contains(entity, id))
            return true;
        if (!spy.wait(kHungMs)) {
            qWarning("not announced; seen: %s", qPrintable(all.toString()));
            return false;
        }
    }
}

} // namespace

class TestRequestDesk : public QObject
{
    Q_OBJECT

private slots:
    void commandsOfTheSignedInAccountAreAnnounced()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Workspace> workspace = Workspace::open(dir.filePath(u"store.db"_s), &error);
        QVERIFY2(workspace, qPrintable(error));
        workspace->setChangeInterval(0);
        RequestDesk desk = workspace->requests();
        QVERIFY(!desk.actor());
        // Nobody signed in: refused, with the rule's reason.
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = u"Arretrato"_s;
        RequestService nobody = desk.service();
        QVERIFY(!nobody.create(&r, true));
        QVERIFY(!nobody.error().isEmpty());

        QVERIFY(AccountIdentity::save(workspace->store().connection(), {u"anna"_s, UserRole::Authority, {u"019035"_s}}, &error));
        QVERIFY(announced(workspace.get(), ChangeSet::Entity::SyncState));
        QCOMPARE(desk.actor()->username, u"anna"_s);
        RequestService anna = desk.service();
        QVERIFY2(anna.create(&r, true), qPrintable(anna.error()));
        QVERIFY(announced(workspace.get(), ChangeSet::Entity::SupportRequest, r.id));
        QCOMPARE(desk.request(r.id)->subject, u"Arretrato"_s);
        QVERIFY(desk.can(RequestMove::Withdraw, *desk.request(r.id)).allowed);
        QCOMPARE(desk.can(RequestMove::Accept, *desk.request(r.id)).kind, MoveVerdict::Kind::Who);
        QCOMPARE(desk.authorityName(u"019035"_s), u"Crema"_s);

        QVERIFY(AccountIdentity::save(workspace->store().connection(), {u"coord"_s, UserRole::Coordinator, {}}, &error));
        QVERIFY(announced(workspace.get(), ChangeSet::Entity::SyncState));
        RequestService coord = desk.service();
        QVERIFY(coord.move(r.id, RequestMove::Accept, {}));
        QVERIFY(coord.move(r.id, RequestMove::Assign, MoveInput{{}, {u"marco"_s}, {}}));
        QVERIFY(announced(workspace.get(), ChangeSet::Entity::SupportRequest, r.id));

        QVERIFY(AccountIdentity::save(workspace->store().connection(), {u"marco"_s, UserRole::Expert, {u"019035"_s}}, &error));
        QVERIFY(announced(workspace.get(), ChangeSet::Entity::SyncState));
        QCOMPARE(desk.openToVisits(u"marco"_s).size(), 1);
        RequestService marco = desk.service();
        QVERIFY(marco.move(r.id, RequestMove::Start, {}));
        Visit v;
        v.requestId = r.id;
        v.date = QDate(2026, 11, 12);
        v.hours = 2.5;
        QVERIFY2(marco.logVisit(&v), qPrintable(marco.error()));
        QVERIFY(announced(workspace.get(), ChangeSet::Entity::Visit, v.id));
        RequestMessage m;
        QVERIFY(marco.comment(r.id, u"Ci vediamo giovedì"_s, &m));
        QVERIFY(announced(workspace.get(), ChangeSet::Entity::RequestMessage, m.id));

        // The logs: the expert's month, one request's visits, an authority's.
        VisitFilter month{u"marco"_s, {}, {}, QDate(2026, 11, 1), QDate(2026, 11, 30)};
        QCOMPARE(desk.visits(month).size(), 1);
        QCOMPARE(desk.visits(month).first().hours, 2.5);
        VisitFilter october{u"marco"_s, {}, {}, QDate(2026, 10, 1), QDate(2026, 10, 31)};
        QCOMPARE(desk.visits(october).size(), 0);
        QCOMPARE(desk.visits(VisitFilter{{}, {}, r.id, {}, {}}).size(), 1);
        QCOMPARE(desk.visits(VisitFilter{{}, {u"019035"_s}, {}, {}, {}}).size(), 1);
        QCOMPARE(desk.visits(VisitFilter{{}, {u"019002"_s}, {}, {}, {}}).size(), 0);
        QVERIFY(desk.timeline(r.id).size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestRequestDesk)
#include "tst_requestdesk.moc"
