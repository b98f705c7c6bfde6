#pragma once

#include <QProcess>
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
    // Runs an administration command (user add, seed, token, …); returns its standard output.
    QByteArray admin(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr) const;
    bool addUser(const QString &name, const QString &role, const QStringList &authorities = {});
    QString token(const QString &name) const;
    bool start(const QStringList &extra = {QStringLiteral("--test-mode")});
    void stop();
    QUrl url() const { return m_url; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("portal.db")); }
    // Test-mode switches: the next count requests answer status (with Retry-After).
    bool injectFaults(int status, int count, int retryAfter = 1);
    bool expireCursors();
    qint64 peakRssKb() const;

private:
    bool postTest(const QString &path, const QByteArray &body) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};
