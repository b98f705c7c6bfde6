#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pass::portal {

class PortalClock;

struct TokenPair
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;
};

// Authorization codes, access and refresh tokens. Only SHA-256 hashes of them are stored.
// Codes are single-use; refresh tokens rotate, and presenting a used code or a rotated
// refresh token revokes the whole family of tokens that descends from the login, with one
// exception that makes a lost answer harmless: within RefreshGraceSecs of its rotation, a
// rotated refresh token whose successor has never been used gets a new pair, and the unused
// successor pair (the answer the client never received) is revoked. A sign-in ends at the
// latest AbsoluteLifetimeSecs after the login, however often it is refreshed.
class TokenService
{
public:
    static constexpr qint64 RefreshGraceSecs = 60;
    static constexpr qint64 AbsoluteLifetimeSecs = 90 * 24 * 3600;
    // Idempotency: a mutation's first result is kept this long, far beyond any retry of an
    // answer that got lost (see MutationProcessor).
    static constexpr qint64 MutationLogDays = 90;

    TokenService(QSqlDatabase db, const PortalClock *clock);

    void setAccessTokenLifetime(int seconds) { m_accessLifetime = seconds; }
    int accessTokenLifetime() const { return m_accessLifetime; }

    QString issueCode(const QString &username, const QString &clientId, const QString &redirectUri,
                      const QString &codeChallenge);
    // On failure returns nullopt and sets *error to an RFC 6749 error code.
    std::optional<TokenPair> redeemCode(const QString &code, const QString &clientId,
                                        const QString &redirectUri, const QString &verifier,
                                        QString *error, QString *description);
    std::optional<TokenPair> refresh(const QString &refreshToken, QString *error,
                                     QString *description);
    void revoke(const QString &token);
    // Deletes expired tokens and codes and mutation results older than MutationLogDays.
    // Returns how many rows went.
    qint64 prune();
    // A fresh access token without a login (command line, automation).
    QString issueAccessToken(const QString &username);

    // The user of a valid access token.
    std::optional<QString> authenticate(const QString &accessToken) const;

    static QString randomToken();
    static QString sha256Hex(const QString &text);
    static QString s256Challenge(const QString &verifier);

private:
    TokenPair issuePair(const QString &username, const QString &family, qint64 familyExpiresAt,
                        const QString &issuedBy);
    bool insertToken(const QString &token, const QString &kind, const QString &username,
                     const QString &family, qint64 expiresAt, qint64 familyExpiresAt,
                     const QString &issuedBy);
    // Within the grace window, the pair issued for a rotated token and never used: revoked and
    // replaced. False when the token's rotation is not retryable (too late, successor used).
    bool successorUnused(const QString &tokenHash, qint64 rotatedAt) const;
    void revokeFamily(const QString &family);

    QSqlDatabase m_db;
    const PortalClock *m_clock;
    int m_accessLifetime = 600;
    int m_refreshLifetime = 30 * 24 * 3600;
    int m_codeLifetime = 120;
};

} // namespace pass::portal
