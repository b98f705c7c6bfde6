// Edits that must reach the portal: a transient failure (a 5xx, a problem that names no rule)
// stays in the outbox and is retried for real; only a refusal naming a rule is final; a conflict
// never loses a queued delete or later edit; a read error during the 410 rebuild aborts it.
// Against the real pass-portal on loopback; faults injected on top.

#include "tests/common/deniedtable.h"
#include "tests/common/storereads.h"
#include "lossynetwork.h"
#include "portalprocess.h"
#include "syncfixture.h"

#include "core/store/outbox.h"
#include "core/sync/conflictstore.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/syncstate.h"
#include "core/store/sqlitehandle.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace pass;

class TestEditSafety : public QObject
{
    Q_OBJECT
private:
    PortalProcess m_portal;
    QNetworkAccessManager m_nam;

    std::unique_ptr<SyncClient> client(const QString &user, QNetworkAccessManager *nam = nullptr)
    {
        return SyncClient::ofRealPortal(m_portal, user, nam ? nam : &m_nam);
    }
    static qint64 rejections(SyncClient &c) { return pass::testutil::rejectionCount(c.database().connection()); }
    static QString lastError(SyncClient &c)
    {
        const QList<OutboxEntry> rows = pass::testutil::outboxEntries(c.database().connection(), 10);
        return rows.isEmpty() ? QString() : rows.first().lastError;
    }
    static ConflictStore conflicts(SyncClient &c) { return c.conflicts(); }

private slots:
    void initTestCase()
    {
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        QVERIFY(m_portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.addUser(u"bob"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.start());
    }

    // The server's write fails once (an internal error inside an otherwise good batch): the edit
    // waits in the outbox with the server's words, and the next sync really applies it.
    void serverFailureIsRetriedNotRefused()
    {
        auto a = client(u"alice"_s);
        QVERIFY(a->sync().ok);
        const QString id = a->addCase(u"TR-1"_s, u"first"_s);
        QVERIFY(m_portal.failWrites(1));
        SyncResult r = a->sync();
        QVERIFY(!r.ok);
        QCOMPARE(r.retrying, 1);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(rejections(*a), 0);
        QCOMPARE(a->outboxCount(), 1);
        QVERIFY2(lastError(*a).contains(u"500"_s), qPrintable(lastError(*a)));
        r = a->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pushed, 1);
        QCOMPARE(a->outboxCount(), 0);
        auto fresh = client(u"bob"_s);
        QVERIFY(fresh->sync().ok);
        QVERIFY(fresh->caseJson(id));
        QCOMPARE(fresh->caseJson(id)->value(u"notes").toString(), u"first"_s);
    }

    // A rejected result whose problem names no rule (no type, or a server error) is not a refusal.
    void problemWithoutRuleIsRetried_data()
    {
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("no type") << QByteArray(R"({"status": 422, "title": "odd"})");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("503") << QByteArray(R"({"type": "urn:pass:problem:unavailable", "status": 503, "title": "busy"})");
    }
    void problemWithoutRuleIsRetried()
    {
        QFETCH(QByteArray, problem);
        LossyNetwork net;
        auto a = client(u"alice"_s, &net);
        QVERIFY(a->sync().ok);
        const QString id = a->addCase(u"TP-"_s + QString::fromLatin1(QTest::currentDataTag()));
        net.damage = [&](const QNetworkRequest &req, const QByteArray &answer, bool *) {
            if (!req.url().path().endsWith(u"/mutations"))
                return answer;
            QJsonObject result = QJsonDocument::fromJson(answer).object();
            QJsonArray results = result.value(u"results").toArray();
            QJsonObject first = results.at(0).toObject();
            first.insert(u"status"_s, u"rejected"_s);
            first.insert(u"problem"_s, QJsonDocument::fromJson(problem).object());
            results.replace(0, first);
            result.insert(u"results"_s, results);
            return QJsonDocument(result).toJson();
        };
        const SyncResult r = a->sync();
        QVERIFY(!r.ok);
        QCOMPARE(r.retrying, 1);
        QCOMPARE(rejections(*a), 0);
        QCOMPARE(a->outboxCount(), 1);
        net.damage = {};
        QVERIFY(a->sync().ok); // the server answers the retry with the first (applied) result
        QCOMPARE(a->outboxCount(), 0);
        qint64 version = -1;
        QString error;
        QVERIFY2(a->engine().adapter(u"case_file"_s)->localVersion(id, &version, &error), qPrintable(error));
        QVERIFY(version > 0);
    }

    // A refusal that names a rule is final: listed with the server's words, out of the outbox.
    void refusalNamingARuleIsFinal()
    {
        auto a = client(u"alice"_s);
        QVERIFY(a->sync().ok);
        const QString id = a->addCase(u"TF-1"_s);
        QVERIFY(a->sync().ok);
        QVERIFY(a->editCase(id, {{u"authority_istat"_s, u"019003"_s}})); // not alice's authority
        const SyncResult r = a->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected, 1);
        QCOMPARE(r.retrying, 0);
        QCOMPARE(a->outboxCount(), 0);
        const QList<RejectionStore::Rejection> list = pass::testutil::rejections(a->database().connection());
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().status >= 400 && list.first().status < 500);
        QVERIFY(!list.first().message.isEmpty());
    }

    // A conflict on the first queued edit must not lose the later edit of another field.
    void conflictKeepsLaterEdit()
    {
        auto a = client(u"alice"_s);
        auto b = client(u"bob"_s);
        QVERIFY(a->sync().ok);
        const QString id = a->addCase(u"TC-1"_s, u"base"_s);
        QVERIFY(a->sync().ok);
        QVERIFY(b->sync().ok);
        QVERIFY(a->editCase(id, {{u"notes"_s, u"A"_s}}));
        QVERIFY(a->sync().ok);
        QVERIFY(b->editCase(id, {{u"notes"_s, u"B"_s}}));
        QVERIFY(b->editCase(id, {{u"responsible"_s, u"Arch. Later"_s}}));
        QCOMPARE(b->outboxCount(), 2);
        const SyncResult r = b->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(b->caseJson(id)->value(u"responsible").toString(), u"Arch. Later"_s);
        QVERIFY(a->sync().ok);
        QCOMPARE(a->caseJson(id)->value(u"responsible").toString(), u"Arch. Later"_s);
        QCOMPARE(a->caseJson(id)->value(u"notes").toString(), u"A"_s);
        QCOMPARE(pass::testutil::openConflictCount(conflicts(*b)), 1);
    }

    // A delete queued behind a conflicting edit is surfaced as a conflict, and choosing mine
    // deletes the record on the portal: the delete is never dropped.
    void conflictKeepsQueuedDelete()
    {
        auto a = client(u"alice"_s);
        auto b = client(u"bob"_s);
        QVERIFY(a->sync().ok);
        const QString id = a->addCase(u"TD-1"_s, u"base"_s);
        QVERIFY(a->sync().ok);
        QVERIFY(b->sync().ok);
        QVERIFY(a->editCase(id, {{u"notes"_s, u"A"_s}}));
        QVERIFY(a->sync().ok);
        QVERIFY(b->editCase(id, {{u"notes"_s, u"B"_s}}));
        QVERIFY(b->deleteCase(id));
        SyncResult r = b->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        const QList<ConflictStore::Conflict> open = pass::testutil::openConflicts(conflicts(*b));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, ConflictStore::kWholeRecord);
        QVERIFY(open.first().mine.isNull()); // mine: deleted
        QString error;
        QVERIFY2(conflicts(*b).resolve(open.first().id, ConflictStore::Choice::Mine, &error), qPrintable(error));
        r = b->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(a->sync().ok);
        QVERIFY(!a->caseJson(id));
        QVERIFY(!b->caseJson(id));
    }

    // One read of the outbox fails during a 410 rebuild (the record's "has unsent edits?"): the
    // rebuild stops, nothing is deleted. Before, the failed read meant "nothing unsent" and the
    // record with its unsent edit was deleted.
    void rebuildAbortsWhenTheOutboxCannotBeRead()
    {
        auto a = client(u"alice"_s);
        QVERIFY(a->sync().ok);
        const QString id = a->addCase(u"TB-1"_s, u"synced"_s);
        QVERIFY(a->sync().ok);
        QVERIFY(a->editCase(id, {{u"notes"_s, u"unsent"_s}}));
        QVERIFY(m_portal.expireCursors());
        const QString cursor = pass::testutil::syncValue(a->database().connection(), QString::fromUtf16(SyncState::kCursor));
        SyncResult r;
        {
            testutil::DeniedTable denied(a->database().connection(), "outbox", 1);
            QVERIFY(!a->engine().pull(&r));
            QCOMPARE(denied.denied(), 1);
            QVERIFY2(r.error.contains(u"outbox"_s), qPrintable(r.error));
        }
        QVERIFY(a->caseJson(id));
        QCOMPARE(a->caseJson(id)->value(u"notes").toString(), u"unsent"_s);
        QCOMPARE(pass::testutil::syncValue(a->database().connection(), QString::fromUtf16(SyncState::kCursor)), cursor);
        QVERIFY(a->sync().ok); // readable again: rebuilds, and the edit goes
        auto fresh = client(u"bob"_s);
        QVERIFY(fresh->sync().ok);
        QCOMPARE(fresh->caseJson(id)->value(u"notes").toString(), u"unsent"_s);
    }

    // The records cannot be listed during a 410 rebuild: it stops instead of keeping stale rows.
    void rebuildAbortsWhenRecordsCannotBeListed()
    {
        auto a = client(u"alice"_s);
        QVERIFY(a->sync().ok);
        a->addCase(u"TB-2"_s);
        QVERIFY(a->sync().ok);
        QVERIFY(m_portal.expireCursors());
        const QString cursor = pass::testutil::syncValue(a->database().connection(), QString::fromUtf16(SyncState::kCursor));
        SyncResult r;
        {
            testutil::DeniedTable denied(a->database().connection(), "visits");
            QVERIFY(!a->engine().pull(&r));
            QVERIFY2(r.error.contains(u"visits"_s), qPrintable(r.error));
        }
        QCOMPARE(pass::testutil::syncValue(a->database().connection(), QString::fromUtf16(SyncState::kCursor)), cursor);
    }
};

QTEST_GUILESS_MAIN(TestEditSafety)
#include "tst_editsafety.moc"
