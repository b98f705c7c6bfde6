#include "fakeportal.h"

#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"

#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace pass;

class TestPortalClient : public QObject
{
    Q_OBJECT
private:
    FakePortalState m_state;

    std::unique_ptr<PortalClient> makeClient(FakePortal *nam, FakeClock *clock)
    {
        auto c = std::make_unique<PortalClient>(nam, clock);
        QString error;
        c->setBaseUrl(QUrl(u"http://127.0.0.1:9/"_s), &error);
        c->setBackoff(Backoff(500, 60'000, 1));
        return c;
    }

private slots:
    void httpsRequiredExceptLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://portale.example.it/"_s << true;
        QTest::newRow("http remote") << u"http://portale.example.it/"_s << false;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("ftp") << u"ftp://127.0.0.1/"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
    }
    void httpsRequiredExceptLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QNetworkAccessManager nam;
        PortalClient c(&nam, SyncClock::system());
        QString error;
        QCOMPARE(c.setBaseUrl(QUrl(url), &error), accepted);
        QCOMPARE(error.isEmpty(), accepted);
    }

    void retriesTransientFailuresWithBackoff_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("503 retry-after") << 503 << 7 << 0 << QByteArray();
        QTest::newRow("429 retry-after") << 429 << 30 << 0 << QByteArray();
        QTest::newRow("500") << 500 << -1 << 0 << QByteArray();
        QTest::newRow("timeout") << 0 << -1 << int(QNetworkReply::TimeoutError) << QByteArray();
        QTest::newRow("reset") << 0 << -1 << int(QNetworkReply::RemoteHostClosedError) << QByteArray();
        QTest::newRow("truncated json") << 200 << -1 << 0 << QByteArray("{\"changes\":[{\"type\":\"case_fi");
        QTest::newRow("invalid json") << 200 << -1 << 0 << QByteArray("<html>proxy error</html>");
    }
    void retriesTransientFailuresWithBackoff()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(int, networkError);
        QFETCH(QByteArray, body);
        FakePortal nam(&m_state);
        FakeClock clock;
        int failures = 2;
        nam.setOverride([&](QNetworkAccessManager::Operation op, const QNetworkRequest &req, const QByteArray &) -> QNetworkReply * {
            if (failures-- <= 0)
                return nullptr;
            if (networkError)
                return new FakeReply(op, req, 0, {}, {}, QNetworkReply::NetworkError(networkError));
            if (status == 200)
                return new FakeReply(op, req, 200, body, {{"Content-Type", "application/json"}});
            return FakePortal::problem(op, req, status, u"Busy"_s, retryAfter);
        });
        auto client = makeClient(&nam, &clock);
        const PortalReply r = client->get(u"/api/v1/sync/changes"_s, QUrlQuery(u"limit=10"_s));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 3);
        QCOMPARE(clock.waits().size(), 2);
        for (qint64 w : clock.waits()) {
            if (retryAfter >= 0)
                QVERIFY(w >= retryAfter * 1000);
            else
                QVERIFY(w <= 1000);
        }
    }

    void givesUpAfterMaxAttempts()
    {
        FakePortal nam(&m_state);
        FakeClock clock;
        nam.setOverride([](QNetworkAccessManager::Operation op, const QNetworkRequest &req, const QByteArray &) {
            return FakePortal::problem(op, req, 503, u"Maintenance"_s, 1);
        });
        auto client = makeClient(&nam, &clock);
        client->setMaxAttempts(4);
        const PortalReply r = client->get(u"/api/v1/sync/changes"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 4);
        QCOMPARE(r.status, 503);
        QVERIFY2(r.error.contains(u"Maintenance"_s), qPrintable(r.error));
    }

    void problemJsonBecomesAClearMessageWithoutRetry()
    {
        FakePortal nam(&m_state);
        FakeClock clock;
        nam.setOverride([](QNetworkAccessManager::Operation op, const QNetworkRequest &req, const QByteArray &) {
            const QByteArray body = QJsonDocument(QJsonObject{{u"type"_s, u"about:blank"_s}, {u"title"_s, u"Invalid field"_s},
                {u"status"_s, 400}, {u"detail"_s, u"limit must be at most 5000"_s}, {u"field"_s, u"limit"_s}}).toJson();
            return new FakeReply(op, req, 400, body, {{"Content-Type", "application/problem+json"}});
        });
        auto client = makeClient(&nam, &clock);
        const PortalReply r = client->get(u"/api/v1/sync/changes"_s);
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.problem.field, u"limit"_s);
        QCOMPARE(r.error, u"Invalid field (400): limit must be at most 5000 [limit]"_s);
    }

    void bearerTokenAndRefreshOn401()
    {
        FakePortal nam(&m_state);
        nam.setToken(u"fresh-token"_s);
        FakeClock clock;
        auto client = makeClient(&nam, &clock);
        client->setAccessToken(u"stale-token"_s);
        int refreshes = 0;
        client->setTokenRefresher([&] { ++refreshes; return u"fresh-token"_s; });
        const PortalReply r = client->get(u"/api/v1/sync/changes"_s, QUrlQuery(u"limit=5"_s));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(refreshes, 1);
        QCOMPARE(nam.authorizationHeaders().last(), QByteArray("Bearer fresh-token"));
    }

    void retryAfterBeyondLimitGivesUp()
    {
        FakePortal nam(&m_state);
        FakeClock clock;
        nam.setOverride([](QNetworkAccessManager::Operation op, const QNetworkRequest &req, const QByteArray &) {
            return FakePortal::problem(op, req, 429, u"Too many requests"_s, 7200);
        });
        auto client = makeClient(&nam, &clock);
        const PortalReply r = client->get(u"/api/v1/sync/changes"_s);
        QVERIFY(!r.ok);
        QCOMPARE(clock.totalWaited(), 0);
        QVERIFY2(r.error.contains(u"7200"_s), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestPortalClient)
#include "tst_portalclient.moc"
