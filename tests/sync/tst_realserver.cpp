#include "tests/common/storereads.h"
#include "fakeportal.h"
#include "lossynetwork.h"
#include "portalprocess.h"
#include "syncfixture.h"

#include "core/import/caseimporter.h"
#include "core/sync/conflictstore.h"
#include "core/sync/oauthflow.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

QStringList ids(SyncClient &c)
{
    return c.caseIds();
}

} // namespace

class TestRealServer : public QObject
{
    Q_OBJECT
private:
    PortalProcess m_portal;
    QNetworkAccessManager m_nam;

    std::unique_ptr<SyncClient> client(const QString &user, QNetworkAccessManager *nam = nullptr)
    {
        return SyncClient::ofRealPortal(m_portal, user, nam ? nam : &m_nam);
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

    void twoClientsMergeAndSurfaceConflicts()
    {
        auto a = client(u"alice"_s);
        auto b = client(u"bob"_s);
        QVERIFY(a->sync().ok);
        QVERIFY(b->sync().ok);
        const QString id = a->addCase(u"RS-1"_s, u"base"_s);
        const QString gone = a->addCase(u"RS-2"_s);
        SyncResult r = a->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(b->sync().ok);
        QVERIFY(b->caseJson(id));
        // Offline on both sides: disjoint fields, one clash, one edit against a deletion.
        QVERIFY(a->editCase(id, {{u"responsible"_s, u"Arch. Bianchi"_s}, {u"notes"_s, u"A"_s}}));
        QVERIFY(b->editCase(id, {{u"services_conference"_s, true}, {u"notes"_s, u"B"_s}}));
        QVERIFY(a->deleteCase(gone));
        QVERIFY(b->editCase(gone, {{u"notes"_s, u"B works on it"_s}}));
        const QString newB = b->addCase(u"RS-B"_s);
        QVERIFY(a->sync().ok);
        r = b->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.conflicts, 2);
        QList<ConflictStore::Conflict> open = pass::testutil::openConflicts(conflicts(*b));
        QCOMPARE(open.size(), 2);
        const auto notes = std::find_if(open.begin(), open.end(), [](const auto &c) { return c.field == u"notes"; });
        QVERIFY(notes != open.end());
        QCOMPARE(notes->mine.toString(), u"B"_s);
        QCOMPARE(notes->theirs.toString(), u"A"_s);
        QCOMPARE(b->caseJson(id)->value(u"responsible").toString(), u"Arch. Bianchi"_s); // merged
        QCOMPARE(b->caseJson(id)->value(u"notes").toString(), u"B"_s);                  // not overwritten
        QVERIFY(b->caseJson(gone));                                                      // edit kept
        QString error;
        for (const auto &c : open)
            QVERIFY2(conflicts(*b).resolve(c.id, ConflictStore::Choice::Mine, &error), qPrintable(error));
        QVERIFY(b->sync().ok);
        QVERIFY(a->sync().ok);
        // Kept after the portal's deletion: back as a new record with my edit.
        const QString back = b->caseIdByProtocol(u"RS-2"_s);
        QVERIFY(!back.isEmpty() && back != gone);
        for (SyncClient *c : {a.get(), b.get()}) {
            const QJsonObject j = *c->caseJson(id);
            QCOMPARE(j.value(u"notes").toString(), u"B"_s);
            QCOMPARE(j.value(u"responsible").toString(), u"Arch. Bianchi"_s);
            QCOMPARE(j.value(u"services_conference").toBool(), true);
            QVERIFY(!c->caseJson(gone));
            QCOMPARE(c->caseJson(back)->value(u"notes").toString(), u"B works on it"_s);
            QVERIFY(c->caseJson(newB));
            QCOMPARE(c->outboxCount(), 0);
        }
        QCOMPARE(ids(*a), ids(*b));
        auto fresh = client(u"alice"_s);
        QVERIFY(fresh->sync().ok);
        QCOMPARE(ids(*fresh), ids(*a));
    }

    // An import leaves one reservation for all its cases, not one outbox row each: the sync
    // turns it into creates that send each case as it is then, before later edits of it.
    void importedCasesReachTheOtherClientWithAllFields()
    {
        auto a = client(u"alice"_s);
        auto b = client(u"bob"_s);
        QVERIFY(a->sync().ok);
        QVERIFY(b->sync().ok);
        const QString csv = a->storePath() + u".import.csv"_s;
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("authority_istat;procedure_code;protocol_number;start_date;end_date;outcome;"
                    "services_conference;suspended;suspension_days;responsible;notes\n"
                    "019002;PAUR;IMP-1;01/02/2024;15/03/2024;rilasciato;si;no;;Ing. Verdi;prima\n"
                    "019002;PAUR;IMP-2;02/02/2024;;;no;si;18;Arch. Neri;\n"
                    "019002;PAUR;IMP-3;03/02/2024;;;no;no;;;terza\n"
                    "019002;PAUR;IMP-4;04/02/2024;;;no;no;;;quarta\n");
        }
        const ImportReport report = CaseImporter(a->database().connection()).run(csv, {}, {});
        QVERIFY2(report.applied, qPrintable(report.toText()));
        QCOMPARE(report.inserted, 4);
        QSqlQuery q(a->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM outbox"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // only the reservation so far
        QCOMPARE(a->outboxCount(), 4);
        const QString edited = a->caseIdByProtocol(u"IMP-3"_s);
        QVERIFY(a->editCase(edited, {{u"notes"_s, u"edited after the import"_s}}));
        QCOMPARE(a->outboxCount(), 5);
        // Edited and deleted before it was ever sent: the portal hears nothing of it.
        const QString dropped = a->caseIdByProtocol(u"IMP-4"_s);
        QVERIFY(a->editCase(dropped, {{u"notes"_s, u"about to go"_s}}));
        QVERIFY(a->deleteCase(dropped));

        const SyncResult r = a->sync();
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected, 0);
        QCOMPARE(r.conflicts, 0);
        QCOMPARE(a->outboxCount(), 0);
        QVERIFY(b->sync().ok);
        for (const QString &protocol : {u"IMP-1"_s, u"IMP-2"_s, u"IMP-3"_s}) {
            const QString id = a->caseIdByProtocol(protocol);
            QVERIFY(!id.isEmpty());
            const std::optional<QJsonObject> theirs = b->caseJson(id);
            QVERIFY2(theirs, qPrintable(protocol));
            QCOMPARE(*theirs, *a->caseJson(id));
        }
        QCOMPARE(b->caseJson(edited)->value(u"notes").toString(), u"edited after the import"_s);
        QVERIFY(!b->caseJson(dropped));
        QVERIFY(!a->caseJson(dropped));
        QCOMPARE(b->caseJson(a->caseIdByProtocol(u"IMP-1"_s))->value(u"responsible").toString(), u"Ing. Verdi"_s);
        QCOMPARE(b->caseJson(a->caseIdByProtocol(u"IMP-1"_s))->value(u"end_date").toString(), u"2024-03-15"_s);
        // A file's day count travels with its period and is the other client's total too.
        const QJsonArray suspensions = b->caseJson(a->caseIdByProtocol(u"IMP-2"_s))->value(u"suspensions").toArray();
        QCOMPARE(suspensions.size(), 1);
        QCOMPARE(suspensions.first().toObject().value(u"days").toInt(), 18);
        QSqlQuery days(b->database().connection());
        QVERIFY(days.exec(u"SELECT suspension_days FROM case_files WHERE protocol_number = 'IMP-2'"_s) && days.next());
        QCOMPARE(days.value(0).toInt(), 18);
    }

    void overloadAndErrorsConverge()
    {
        auto a = client(u"alice"_s);
        QVERIFY(a->sync().ok);
        for (int i = 0; i < 60; ++i)
            a->addCase(u"OV-%1"_s.arg(i));
        QVERIFY(m_portal.injectFaults(503, 3, 2));
        SyncResult r = a->syncUntilOk();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(a->clock().totalWaited() >= 2000); // Retry-After honoured
        for (int i = 0; i < 10; ++i)
            a->addCase(u"OW-%1"_s.arg(i));
        QVERIFY(m_portal.injectFaults(429, 4, 1));
        r = a->syncUntilOk();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(m_portal.injectFaults(500, 2, 0));
        QVERIFY(a->syncUntilOk().ok);
        QCOMPARE(a->outboxCount(), 0);
        auto fresh = client(u"alice"_s);
        QVERIFY(fresh->sync().ok);
        QCOMPARE(ids(*fresh), ids(*a));
    }

    void lostAndDamagedAnswersConverge()
    {
        LossyNetwork net;
        auto a = client(u"alice"_s, &net);
        QVERIFY(a->sync().ok);
        for (int i = 0; i < 120; ++i)
            a->addCase(u"LO-%1"_s.arg(i));
        int n = 0;
        net.damage = [&n](const QNetworkRequest &req, const QByteArray &answer, bool *lose) {
            ++n;
            if (req.url().path().endsWith(u"/mutations"))
                *lose = n % 2 == 1; // the server applied the batch; the answer never arrives
            else if (n % 3 == 0)
                return answer.left(answer.size() / 2); // truncated JSON
            else if (n % 3 == 1)
                return QByteArray("{\"changes\": [ }");
            return answer;
        };
        SyncResult r = a->syncUntilOk(40);
        QVERIFY2(r.ok, qPrintable(r.error));
        net.damage = {};
        QVERIFY(a->sync().ok);
        QCOMPARE(a->outboxCount(), 0);
        auto fresh = client(u"alice"_s);
        QVERIFY(fresh->sync().ok);
        QCOMPARE(ids(*fresh), ids(*a)); // each created exactly once: ids are unique on the server
        QSqlQuery q(fresh->database().connection());
        q.exec(u"SELECT count(*), count(DISTINCT protocol_number) FROM case_files WHERE protocol_number LIKE 'LO-%'"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 120);
        QCOMPARE(q.value(1).toInt(), 120);
    }

    void expiredCursorRebuildsKeepingTheOutbox()
    {
        auto a = client(u"alice"_s);
        QVERIFY(a->sync().ok);
        const QString mine = a->addCase(u"EX-1"_s);
        QVERIFY(m_portal.expireCursors());
        SyncResult r;
        QVERIFY2(a->engine().pull(&r), qPrintable(r.error));
        QCOMPARE(a->outboxCount(), 1);
        QVERIFY(a->caseJson(mine));
        QVERIFY(a->sync().ok);
        auto fresh = client(u"alice"_s);
        QVERIFY(fresh->sync().ok);
        QVERIFY(fresh->caseJson(mine));
        QCOMPARE(ids(*fresh), ids(*a));
    }

    void oauthSignInRefreshAndRevoke()
    {
        PortalClient client(&m_nam, SyncClock::system());
        QString error;
        QVERIFY(client.setBaseUrl(m_portal.url(), &error));
        OAuthFlow flow(&client, SyncClock::system());
        flow.setTimeoutMs(30'000);
        // The "browser": loads the login page and submits the form, in its own thread (the flow
        // waits for the redirect on this one).
        std::unique_ptr<QThread> browser;
        flow.setBrowserOpener([&](const QUrl &url) {
            browser = PortalProcess::startBrowser(url, u"alice"_s, u"password-alice"_s);
            return true;
        });
        const std::optional<TokenSet> tokens = flow.signIn(&error);
        browser->wait();
        QVERIFY2(tokens, qPrintable(error));
        QVERIFY(!tokens->accessToken.isEmpty() && !tokens->refreshToken.isEmpty());
        QVERIFY(tokens->expiresAt.isValid());
        QCOMPARE(flow.accountName(tokens->accessToken, &error), u"alice"_s);
        // Refresh rotates: the old refresh token no longer works.
        const std::optional<TokenSet> fresh = flow.refresh(tokens->refreshToken, &error);
        QVERIFY2(fresh, qPrintable(error));
        QVERIFY(fresh->refreshToken != tokens->refreshToken);
        auto c = std::make_unique<SyncClient>(&m_nam, m_portal.url(), u"oauth"_s);
        c->client().setAccessToken(fresh->accessToken);
        c->engine().setPageSize(2000);
        QVERIFY(c->sync().ok);
        // Revocation: the refresh token is dead afterwards.
        QVERIFY(flow.revoke(fresh->refreshToken, &error));
        QVERIFY(!flow.refresh(fresh->refreshToken, &error));
        QVERIFY2(error.contains(u"invalid_grant"_s), qPrintable(error));
        QVERIFY(!flow.refresh(tokens->refreshToken, &error)); // the rotated-away one too
    }

    void tokenIsAbsentFromStoreAndLog()
    {
        const QString token = m_portal.token(u"alice"_s);
        QString path;
        {
            auto a = client(u"alice"_s);
            a->client().setAccessToken(token);
            a->addCase(u"TK-1"_s);
            QVERIFY(a->sync().ok);
            path = a->storePath();
            QSqlQuery q(a->database().connection());
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            for (const QString &file : QStringList{path, path + u"-wal"_s}) {
                QFile f(file);
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(file));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRealServer)
#include "tst_realserver.moc"
