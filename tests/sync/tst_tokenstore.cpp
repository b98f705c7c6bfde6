#include "core/sync/tokenstore.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

// Run by run_keychain_test.sh, which sets PASS_KEYCHAIN_EXPECTED and a private D-Bus session.
class TestTokenStore : public QObject
{
    Q_OBJECT
private:
    QString m_expected = qEnvironmentVariable("PASS_KEYCHAIN_EXPECTED");
    const QString m_portal = u"https://portale.example.it"_s;
    const TokenSet m_tokens{u"access-Zq81"_s, u"refresh-Wk55"_s, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)};

private slots:
    void initTestCase()
    {
        // Never against the user's own keychain: ctest runs each situation in a private session.
        QVERIFY2(!m_expected.isEmpty(), "run through tests/sync/run_keychain_test.sh (ctest does): it needs a "
                                        "private D-Bus session");
    }

    void storesReadsAndDeletesInTheRealKeychain()
    {
        // ctest runs this function in the 'available' situation only (tests/sync/CMakeLists.txt).
        QCOMPARE(m_expected, u"available"_s);
        TokenStore store;
        QVERIFY2(store.save(m_portal, u"mario"_s, m_tokens), qPrintable(store.errorString()));
        const std::optional<TokenSet> back = store.load(m_portal, u"mario"_s);
        QVERIFY2(back, qPrintable(store.errorString()));
        QCOMPARE(back->accessToken, m_tokens.accessToken);
        QCOMPARE(back->refreshToken, m_tokens.refreshToken);
        QCOMPARE(back->expiresAt, m_tokens.expiresAt);
        // Keyed by portal and account: another account or portal sees nothing.
        QVERIFY(!store.load(m_portal, u"luigi"_s));
        QCOMPARE(store.problem(), TokenStore::Problem::NotFound);
        QVERIFY(!store.load(u"https://altro.example.it"_s, u"mario"_s));
        // The Secret Service itself holds it (seen by an independent client).
        QProcess tool;
        tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, u"PAsS Desktop"_s});
        // Bounds for a hung tool, not waits: a slow machine must not skip the check.
        QVERIFY2(tool.waitForStarted(60'000), qPrintable(tool.errorString()));
        QVERIFY(tool.waitForFinished(300'000));
        const QByteArray found = tool.readAllStandardOutput() + tool.readAllStandardError();
        QVERIFY2(found.contains("pass-desktop/"), found.constData());
        QVERIFY(store.remove(m_portal, u"mario"_s));
        QVERIFY(!store.load(m_portal, u"mario"_s));
        QCOMPARE(store.problem(), TokenStore::Problem::NotFound);
        QString detail;
        QCOMPARE(TokenStore::probe(&detail), TokenStore::Problem::None);
    }

    void saysWhichProblemAndOffersSessionOnly()
    {
        // ctest runs this function in the 'locked' and 'none' situations (tests/sync/CMakeLists.txt).
        QVERIFY2(m_expected == u"locked" || m_expected == u"none", qPrintable(m_expected));
        TokenStore store;
        QVERIFY(!store.save(m_portal, u"mario"_s, m_tokens));
        const TokenStore::Problem expected = m_expected == u"locked" ? TokenStore::Problem::Locked
                                                                     : TokenStore::Problem::NoBackend;
        QCOMPARE(store.problem(), expected);
        qInfo().noquote() << "keychain error shown to the user:" << store.errorString();
        QVERIFY(store.errorString().startsWith(TokenStore::describe(expected)));
        QVERIFY(!store.errorString().contains(m_tokens.accessToken));
        QVERIFY(!store.errorString().contains(u"Unknown error"_s));
        QString detail;
        QCOMPARE(TokenStore::probe(&detail), expected);

        // Session-only sign-in: kept in memory for this run, nothing written to disk.
        TokenStore session(true);
        QVERIFY(session.save(m_portal, u"mario"_s, m_tokens));
        QCOMPARE(session.load(m_portal, u"mario"_s)->accessToken, m_tokens.accessToken);
        QVERIFY(session.remove(m_portal, u"mario"_s));
        QVERIFY(!session.load(m_portal, u"mario"_s));
        QProcess grep;
        grep.start(u"grep"_s, {u"-rl"_s, m_tokens.accessToken, qEnvironmentVariable("HOME")});
        QVERIFY(grep.waitForFinished(300'000));
        QCOMPARE(grep.readAllStandardOutput(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
