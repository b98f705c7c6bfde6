// passctl login and logout end to end: the real passctl binary against the real pass-portal on
// loopback, the test in the browser's place, tokens in a private keychain (run only inside
// run_keychain_test.sh's throw-away D-Bus session).
#include "portalprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestPassctlLogin : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    PortalProcess m_portal;

    QString store() const { return m_dir.filePath(u"store.db"_s); }

    // Runs passctl to the end; its standard output, and its error output in *err.
    int passctl(const QStringList &args, QString *out, QString *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PASS_ACCESS_TOKEN"_s); // only the sign-in kept in the keychain
        p.setProcessEnvironment(env);
        p.start(QString::fromUtf8(PASSCTL_BINARY), QStringList{u"--db"_s, store()} + args);
        if (!p.waitForFinished(60'000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        const QString e = QString::fromUtf8(p.readAllStandardError());
        if (err)
            *err = e;
        return p.exitCode();
    }

    static QNetworkReply *wait(QNetworkReply *r)
    {
        QEventLoop loop;
        connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!r->isFinished())
            loop.exec();
        return r;
    }

    // What the browser does: the portal's sign-in page, the form, then the redirect to passctl's
    // loopback receiver.
    static bool signInAs(const QUrl &url, const QString &user)
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> page(wait(nam.get(QNetworkRequest(url))));
        if (!QString::fromUtf8(page->readAll()).contains(u"name=\"username\""_s))
            return false;
        QUrlQuery form(url);
        form.addQueryItem(u"username"_s, user);
        form.addQueryItem(u"password"_s, u"password-"_s + user);
        QNetworkRequest post(url.resolved(QUrl(u"/oauth/authorize"_s)));
        post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        std::unique_ptr<QNetworkReply> answer(wait(nam.post(post, form.toString(QUrl::FullyEncoded).toUtf8())));
        const QUrl location = answer->header(QNetworkRequest::LocationHeader).toUrl();
        if (location.host() != u"127.0.0.1")
            return false;
        std::unique_ptr<QNetworkReply> done(wait(nam.get(QNetworkRequest(location))));
        return done->error() == QNetworkReply::NoError;
    }

private slots:
    void initTestCase()
    {
        // Never against the user's own keychain: ctest runs it inside a private, unlocked one.
        QVERIFY2(qEnvironmentVariable("PASS_KEYCHAIN_EXPECTED") == u"available",
                 "run through tests/sync/run_keychain_test.sh available (ctest does): it needs a private, "
                 "unlocked keychain");
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal")
            || !PortalProcess::requireBuilt(QString::fromUtf8(PASSCTL_BINARY), "passctl"))
            return;
        QVERIFY(m_portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(m_portal.start());
    }

    void loginSyncLogout()
    {
        QString out, err;
        // Not signed in yet: sync says so and sends nothing.
        QCOMPARE(passctl({u"sync"_s, u"--server"_s, m_portal.url().toString()}, &out, &err), 1);
        QVERIFY2(err.contains(u"sign in first"_s), qPrintable(err));

        QProcess login;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PASS_ACCESS_TOKEN"_s);
        login.setProcessEnvironment(env);
        login.setReadChannel(QProcess::StandardError); // where the sign-in address is printed
        login.start(QString::fromUtf8(PASSCTL_BINARY),
                    {u"--db"_s, store(), u"login"_s, u"--no-browser"_s, u"--server"_s, m_portal.url().toString()});
        QString loginErr;
        const QRegularExpression signInAt(u"Sign in at: (\\S+)"_s);
        QRegularExpressionMatch match;
        while (!(match = signInAt.match(loginErr)).hasMatch()) {
            QVERIFY2(login.waitForReadyRead(30'000), qPrintable(loginErr));
            loginErr += QString::fromUtf8(login.readAllStandardError());
        }
        QVERIFY(signInAs(QUrl(match.captured(1)), u"alice"_s));
        QVERIFY(login.waitForFinished(30'000));
        const QString loginOut = QString::fromUtf8(login.readAllStandardOutput());
        QCOMPARE(login.exitCode(), 0);
        QVERIFY2(loginOut.contains(u"as alice"_s), qPrintable(loginOut + loginErr));

        QCOMPARE(passctl({u"status"_s, u"--format"_s, u"json"_s}, &out), 0);
        const QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(status.value(u"account").toString(), u"alice"_s);
        QCOMPARE(status.value(u"portal").toString(), m_portal.url().toString());
        // The sign-in kept in the keychain is enough to sync.
        QCOMPARE(passctl({u"sync"_s}, &out, &err), 0);
        QVERIFY2(out.contains(u"sync done"_s), qPrintable(out + err));

        QCOMPARE(passctl({u"logout"_s}, &out, &err), 0);
        QVERIFY2(out.contains(u"signed out"_s), qPrintable(out + err));
        QVERIFY2(!err.contains(u"passctl logout"_s), qPrintable(err)); // revoked without complaint
        QCOMPARE(passctl({u"sync"_s}, &out, &err), 1);
        QVERIFY2(err.contains(u"sign in first"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestPassctlLogin)
#include "tst_passctllogin.moc"
