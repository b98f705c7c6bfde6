// Sign-ins that must not end by accident, against the real pass-portal on loopback and the real
// keychain (run only inside run_keychain_test.sh's private D-Bus session, "available" mode):
// a lost refresh answer, a keychain that refuses the rotated pair, and portal metadata that
// would send codes and tokens elsewhere.
#include "tests/common/storereads.h"
#include "lossynetwork.h"
#include "portalprocess.h"

#include "core/store/database.h"
#include "core/sync/oauthflow.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncaccount.h"
#include "core/sync/syncclock.h"
#include "core/sync/synclog.h"
#include "core/sync/tokenstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QDBusInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestSignIn : public QObject
{
    Q_OBJECT
private:
    PortalProcess m_portal;
    QTemporaryDir m_dir;

    std::optional<TokenSet> signIn(PortalClient *client, QString *error)
    {
        OAuthFlow flow(client, SyncClock::system());
        flow.setTimeoutMs(30'000);
        std::unique_ptr<QThread> browser;
        flow.setBrowserOpener([&](const QUrl &url) {
            browser = PortalProcess::startBrowser(url, u"alice"_s, u"password-alice"_s);
            return true;
        });
        std::optional<TokenSet> tokens = flow.signIn(error);
        if (browser)
            browser->wait();
        return tokens;
    }
    std::unique_ptr<PortalClient> portalClient(QNetworkAccessManager *nam)
    {
        auto client = std::make_unique<PortalClient>(nam, SyncClock::system());
        QString error;
        if (!client->setBaseUrl(m_portal.url(), &error))
            qWarning("%s", qPrintable(error));
        client->setBackoff(Backoff(1, 10, 7));
        return client;
    }

private slots:
    void initTestCase()
    {
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        QVERIFY(m_portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.start());
    }

    // The portal rotates the refresh token and its answer is lost: the client's retry presents
    // the rotated token again. Within the grace window that must not sign the user out.
    void lostRefreshAnswerKeepsTheSignIn()
    {
        LossyNetwork net;
        auto client = portalClient(&net);
        QString error;
        const std::optional<TokenSet> first = signIn(client.get(), &error);
        QVERIFY2(first, qPrintable(error));
        int lost = 0;
        net.damage = [&lost](const QNetworkRequest &req, const QByteArray &answer, bool *lose) {
            if (req.url().path() == u"/oauth/token" && lost == 0) {
                ++lost;
                *lose = true; // the portal rotated the token; the answer never arrives
            }
            return answer;
        };
        OAuthFlow flow(client.get(), SyncClock::system());
        const std::optional<TokenSet> second = flow.refresh(first->refreshToken, &error);
        QCOMPARE(lost, 1);
        QVERIFY2(second, qPrintable(error));
        net.damage = {};
        QCOMPARE(flow.accountName(second->accessToken, &error), u"alice"_s);
        // The family is alive: the pair the client holds keeps rotating.
        const std::optional<TokenSet> third = flow.refresh(second->refreshToken, &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(flow.accountName(third->accessToken, &error), u"alice"_s);
    }

    // Outside the grace window, or once the successor has been used, a rotated token presented
    // again is reuse (a stolen token): the whole family is revoked.
    void reuseAfterTheGraceWindowRevokesTheFamily()
    {
        QNetworkAccessManager nam;
        auto client = portalClient(&nam);
        QString error;
        const std::optional<TokenSet> first = signIn(client.get(), &error);
        QVERIFY2(first, qPrintable(error));
        OAuthFlow flow(client.get(), SyncClock::system());
        const std::optional<TokenSet> second = flow.refresh(first->refreshToken, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(m_portal.advanceClock(61));
        QVERIFY(!flow.refresh(first->refreshToken, &error));
        QVERIFY2(error.contains(u"invalid_grant"_s), qPrintable(error));
        QVERIFY(!flow.refresh(second->refreshToken, &error)); // revoked with its family
        QVERIFY(flow.accountName(second->accessToken, &error).isEmpty());

        // Within the window, but the successor was already used: reuse as well.
        const std::optional<TokenSet> a = signIn(client.get(), &error);
        QVERIFY2(a, qPrintable(error));
        const std::optional<TokenSet> b = flow.refresh(a->refreshToken, &error);
        QVERIFY2(b, qPrintable(error));
        const std::optional<TokenSet> c = flow.refresh(b->refreshToken, &error);
        QVERIFY2(c, qPrintable(error));
        QVERIFY(!flow.refresh(a->refreshToken, &error));
        QVERIFY(!flow.refresh(c->refreshToken, &error));
    }

    // The keychain refuses the rotated pair (its collection got locked): the session keeps
    // working with the new tokens and the failure is reported, not ignored.
    void failedKeychainSaveIsReportedAndTheSessionGoesOn()
    {
        QVERIFY2(qEnvironmentVariable("PASS_KEYCHAIN_EXPECTED") == u"available",
                 "run through tests/sync/run_keychain_test.sh available (ctest does): it locks a private keychain");
        QNetworkAccessManager nam;
        auto client = portalClient(&nam);
        Database db(m_dir.filePath(u"account.db"_s));
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        TokenStore tokens;
        SyncAccount account(db.connection(), client.get(), SyncClock::system(), &tokens);
        QString error;
        QVERIFY2(account.setPortalUrl(m_portal.url(), &error), qPrintable(error));
        std::unique_ptr<QThread> browser;
        QVERIFY2(account.signIn([&](const QUrl &url) {
            browser = PortalProcess::startBrowser(url, u"alice"_s, u"password-alice"_s);
            return true;
        }, &error), qPrintable(error));
        browser->wait();
        QVERIFY2(account.prepareClient(&error), qPrintable(error));
        QStringList reported;
        account.setProblemHandler([&reported](const QString &message) { reported << message; });

        // Lock the keychain's collection, as a screen lock or the user would.
        QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                               u"org.freedesktop.Secret.Service"_s);
        const QDBusMessage locked = service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{
                                                                 QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)}));
        QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));
        QVERIFY(m_portal.advanceClock(3600)); // the access token has expired: the next call refreshes
        const PortalReply me = client->get(u"/api/v1/me"_s);
        QVERIFY2(me.ok, qPrintable(me.error));
        QCOMPARE(me.json.object().value(u"username").toString(), u"alice"_s);
        QCOMPARE(reported.size(), 1);
        QVERIFY2(reported.first().contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(reported.first()));
        QCOMPARE(account.tokenSaveProblem(), reported.first());
        const QList<SyncLog::Entry> log = pass::testutil::syncLog(db.connection(), 5);
        QVERIFY(std::any_of(log.begin(), log.end(), [&](const SyncLog::Entry &e) { return e.message == reported.first(); }));
    }

    // RFC 8414 §3.3: the metadata's issuer is the portal itself, and every endpoint is on the
    // portal's origin (https, or the loopback portal's own http): codes and tokens never leave it.
    void metadataPointingElsewhereIsRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("issuer of another portal") << u"issuer"_s << u"https://other.example"_s;
        QTest::newRow("token endpoint elsewhere") << u"token_endpoint"_s << u"http://127.0.0.2:9/oauth/token"_s;
        QTest::newRow("token endpoint in clear") << u"token_endpoint"_s << u"http://portal.example/oauth/token"_s;
        QTest::newRow("authorize elsewhere") << u"authorization_endpoint"_s << u"https://evil.example/oauth/authorize"_s;
        QTest::newRow("revoke elsewhere") << u"revocation_endpoint"_s << u"https://evil.example/oauth/revoke"_s;
    }
    void metadataPointingElsewhereIsRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        LossyNetwork net;
        net.damage = [&](const QNetworkRequest &req, const QByteArray &answer, bool *) {
            if (!req.url().path().startsWith(u"/.well-known/"))
                return answer;
            QJsonObject meta = QJsonDocument::fromJson(answer).object();
            meta.insert(key, value);
            return QJsonDocument(meta).toJson();
        };
        auto client = portalClient(&net);
        bool browserOpened = false;
        OAuthFlow flow(client.get(), SyncClock::system());
        flow.setBrowserOpener([&](const QUrl &) { return browserOpened = true; });
        QString error;
        QVERIFY(!flow.signIn(&error));
        QVERIFY(!browserOpened);
        QVERIFY2(error.contains(key), qPrintable(error));
        QVERIFY(!flow.refresh(u"x"_s, &error));
        QVERIFY2(error.contains(key), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
