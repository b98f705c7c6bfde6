#pragma once

#include <QProcess>
#include <QThread>

#include <memory>
#include <QTemporaryDir>
#include <QUrl>

// The real pass-portal from the build tree, on a free loopback port, with its own database in
// a temporary folder. For integration, crash and benchmark runs.
class PortalProcess
{
public:
    PortalProcess();
    ~PortalProcess();

    static QString binary();
    // Fails the running test (QTest::qFail), naming the file and the build target, when `path`
    // is missing; returns whether it is there. The build makes pass-portal, passctl and the test
    // helpers: a test that needs one fails without it, never skips (a build that lost one must
    // not look green).
    static bool requireBuilt(const QString &path, const char *target);
    // Runs an administration command (user add, seed, token, …); returns its standard output.
    QByteArray admin(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr) const;
    bool addUser(const QString &name, const QString &role, const QStringList &authorities = {});
    QString token(const QString &name) const;
    // What the browser does in a sign-in, on its own thread (the flow waits for the redirect on
    // the caller's): loads the login page at url, submits the form, follows the redirect.
    static std::unique_ptr<QThread> startBrowser(const QUrl &url, const QString &user, const QString &password);
    bool start(const QStringList &extra = {QStringLiteral("--test-mode")});
    void stop();
    // What the server wrote to its standard error so far (its log).
    QByteArray standardError();
    QUrl url() const { return m_url; }
    // The secret test-mode requests carry in X-Pass-Test-Secret.
    QByteArray testSecret() const { return m_testSecret; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("portal.db")); }
    // Test-mode switches: the next count requests answer status (with Retry-After).
    bool injectFaults(int status, int count, int retryAfter = 1);
    bool expireCursors();
    // Test mode: moves the portal's clock forward.
    bool advanceClock(qint64 seconds);
    // Test mode: the next count record writes of mutation batches fail inside the server.
    bool failWrites(int count);
    // Test mode: the password hashes the portal has computed so far, and their Argon2 memory
    // (KiB) times passes summed; both -1 when the answer could not be read.
    struct PasswordWork
    {
        qint64 hashes = -1;
        qint64 argon2KiBPasses = -1;
    };
    PasswordWork passwordWork() const;
    qint64 peakRssKb() const;
    // CPU time the portal process has used so far, user and system (Linux: /proc), in
    // nanoseconds; -1 where it cannot be read. Steadier than wall time under load, but not
    // steady enough to assert on: a memory-hard hash costs more CPU while another process
    // shares the caches (a figure to print, not to compare).
    qint64 cpuTimeNs() const;

private:
    bool postTest(const QString &path, const QByteArray &body) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_testSecret;
    QByteArray m_stderr;
};
