#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace pass {

// An OAuth token pair. Lives in memory and in the OS keychain only.
struct TokenSet
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when unknown

    bool expiresWithin(qint64 seconds, const QDateTime &now) const
    {
        return expiresAt.isValid() && now.secsTo(expiresAt) <= seconds;
    }
};

// Tokens in the OS keychain (Secret Service, Keychain, Credential Manager) through QtKeychain,
// one entry per portal and account. There is no plaintext fallback: when no keychain is usable
// the caller learns which problem it is and may choose a session-only sign-in, which keeps the
// tokens in this process's memory and writes nothing anywhere.
class TokenStore
{
public:
    enum class Problem { None, NotFound, NoBackend, Locked, AccessDenied, Other };

    explicit TokenStore(bool sessionOnly = false) : m_sessionOnly(sessionOnly) { }

    bool save(const QString &portal, const QString &account, const TokenSet &tokens);
    std::optional<TokenSet> load(const QString &portal, const QString &account);
    bool remove(const QString &portal, const QString &account);

    bool isSessionOnly() const { return m_sessionOnly; }
    Problem problem() const { return m_problem; }
    // What went wrong, in words a user can act on (names the problem, never the token).
    QString errorString() const { return m_error; }

    static QString key(const QString &portal, const QString &account);
    static QString describe(Problem problem);
    // Probes the keychain with a harmless entry; Problem::None when it is usable.
    static Problem probe(QString *detail);

private:
    void setProblem(Problem problem, const QString &detail);

    bool m_sessionOnly;
    Problem m_problem = Problem::None;
    QString m_error;
};

} // namespace pass
