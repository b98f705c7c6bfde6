#include "tokenservice.h"

#include "portalclock.h"
#include "portallog.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass::portal {

TokenService::TokenService(QSqlDatabase db, const PortalClock *clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString TokenService::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenService::sha256Hex(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenService::s256Challenge(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenService::issueCode(const QString &username, const QString &clientId,
                                const QString &redirectUri, const QString &codeChallenge)
{
    const QString code = randomToken();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO auth_codes (code_hash, username, client_id, redirect_uri,"
                  " code_challenge, expires_at, used, family) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"_s);
    query.addBindValue(sha256Hex(code));
    query.addBindValue(username);
    query.addBindValue(clientId);
    query.addBindValue(redirectUri);
    query.addBindValue(codeChallenge);
    query.addBindValue(m_clock->nowSecs() + m_codeLifetime);
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.exec();
    return code;
}

std::optional<TokenPair> TokenService::redeemCode(const QString &code, const QString &clientId,
                                                  const QString &redirectUri,
                                                  const QString &verifier, QString *error,
                                                  QString *description)
{
    *error = u"invalid_grant"_s;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT username, client_id, redirect_uri, code_challenge, expires_at, used,"
                  " family FROM auth_codes WHERE code_hash = ?"_s);
    query.addBindValue(sha256Hex(code));
    if (!query.exec() || !query.next()) {
        *description = u"unknown authorization code"_s;
        return std::nullopt;
    }
    const QString username = query.value(0).toString();
    const QString family = query.value(6).toString();
    if (query.value(5).toInt() != 0) {
        // RFC 6749 §4.1.2: a code used twice revokes what it produced.
        revokeFamily(family);
        qCWarning(lcPortalAuth) << "authorization code reused for" << username;
        *description = u"the authorization code was used already"_s;
        return std::nullopt;
    }
    QSqlQuery mark(m_db);
    mark.prepare(u"UPDATE auth_codes SET used = 1 WHERE code_hash = ?"_s);
    mark.addBindValue(sha256Hex(code));
    mark.exec();
    if (query.value(4).toLongLong() < m_clock->nowSecs()) {
        *description = u"the authorization code has expired"_s;
        return std::nullopt;
    }
    if (query.value(1).toString() != clientId || query.value(2).toString() != redirectUri) {
        *description = u"client_id or redirect_uri differ from the authorization request"_s;
        return std::nullopt;
    }
    if (verifier.size() < 43 || verifier.size() > 128
        || s256Challenge(verifier) != query.value(3).toString()) {
        *description = u"code_verifier does not match the code_challenge"_s;
        return std::nullopt;
    }
    error->clear();
    return issuePair(username, family, m_clock->nowSecs() + AbsoluteLifetimeSecs, {});
}

bool TokenService::successorUnused(const QString &tokenHash, qint64 rotatedAt) const
{
    if (rotatedAt <= 0 || m_clock->nowSecs() - rotatedAt > RefreshGraceSecs)
        return false;
    // The successor refresh token has not been rotated itself, and nothing it issued was
    // revoked: the client never got (or never used) the answer.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM tokens WHERE issued_by = ? AND kind = 'refresh'"
                  " AND rotated = 0 AND revoked = 0"_s);
    query.addBindValue(tokenHash);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

std::optional<TokenPair> TokenService::refresh(const QString &refreshToken, QString *error,
                                               QString *description)
{
    *error = u"invalid_grant"_s;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT username, family, expires_at, revoked, rotated, rotated_at,"
                  " family_expires_at FROM tokens WHERE token_hash = ? AND kind = 'refresh'"_s);
    const QString hash = sha256Hex(refreshToken);
    query.addBindValue(hash);
    if (!query.exec() || !query.next()) {
        *description = u"unknown refresh token"_s;
        return std::nullopt;
    }
    const QString username = query.value(0).toString();
    const QString family = query.value(1).toString();
    const qint64 now = m_clock->nowSecs();
    const qint64 familyExpiresAt = query.value(6).isNull() ? now + AbsoluteLifetimeSecs
                                                           : query.value(6).toLongLong();
    if (query.value(3).toInt() != 0 || query.value(2).toLongLong() < now || familyExpiresAt < now) {
        *description = u"the refresh token is revoked or expired"_s;
        return std::nullopt;
    }
    if (query.value(4).toInt() != 0) {
        if (!successorUnused(hash, query.value(5).toLongLong())) {
            revokeFamily(family);
            qCWarning(lcPortalAuth) << "rotated refresh token reused for" << username;
            *description = u"the refresh token was used already; sign in again"_s;
            return std::nullopt;
        }
        // The answer to the rotation was lost: the pair it carried was never used. Revoke it,
        // answer with a new one.
        QSqlQuery revokeLost(m_db);
        revokeLost.prepare(u"UPDATE tokens SET revoked = 1 WHERE issued_by = ?"_s);
        revokeLost.addBindValue(hash);
        revokeLost.exec();
        qCInfo(lcPortalAuth) << "refresh retried within the grace window for" << username;
    } else {
        QSqlQuery rotate(m_db);
        rotate.prepare(u"UPDATE tokens SET rotated = 1, rotated_at = ? WHERE token_hash = ?"_s);
        rotate.addBindValue(now);
        rotate.addBindValue(hash);
        rotate.exec();
    }
    error->clear();
    return issuePair(username, family, familyExpiresAt, hash);
}

qint64 TokenService::prune()
{
    const qint64 now = m_clock->nowSecs();
    qint64 removed = 0;
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM tokens WHERE expires_at < ?"_s);
    query.addBindValue(now);
    if (query.exec())
        removed += query.numRowsAffected();
    query.prepare(u"DELETE FROM auth_codes WHERE expires_at < ?"_s);
    query.addBindValue(now);
    if (query.exec())
        removed += query.numRowsAffected();
    query.prepare(u"DELETE FROM mutation_log WHERE created_at < ?"_s);
    query.addBindValue(PortalClock::format(m_clock->now().addDays(-MutationLogDays)));
    if (query.exec())
        removed += query.numRowsAffected();
    return removed;
}

void TokenService::revoke(const QString &token)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT kind, family FROM tokens WHERE token_hash = ?"_s);
    query.addBindValue(sha256Hex(token));
    if (!query.exec() || !query.next())
        return;
    if (query.value(0).toString() == u"refresh") {
        revokeFamily(query.value(1).toString());
        return;
    }
    QSqlQuery update(m_db);
    update.prepare(u"UPDATE tokens SET revoked = 1 WHERE token_hash = ?"_s);
    update.addBindValue(sha256Hex(token));
    update.exec();
}

QString TokenService::issueAccessToken(const QString &username)
{
    const QString token = randomToken();
    const qint64 expiresAt = m_clock->nowSecs() + m_accessLifetime;
    insertToken(token, u"access"_s, username, QUuid::createUuid().toString(QUuid::WithoutBraces),
                expiresAt, expiresAt, {});
    return token;
}

std::optional<QString> TokenService::authenticate(const QString &accessToken) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT username FROM tokens WHERE token_hash = ? AND kind = 'access'"
                  " AND revoked = 0 AND expires_at > ?"_s);
    query.addBindValue(sha256Hex(accessToken));
    query.addBindValue(m_clock->nowSecs());
    if (query.exec() && query.next())
        return query.value(0).toString();
    return std::nullopt;
}

TokenPair TokenService::issuePair(const QString &username, const QString &family,
                                  qint64 familyExpiresAt, const QString &issuedBy)
{
    TokenPair pair;
    pair.accessToken = randomToken();
    pair.refreshToken = randomToken();
    const qint64 now = m_clock->nowSecs();
    const qint64 accessExpiresAt = std::min(now + m_accessLifetime, familyExpiresAt);
    pair.expiresIn = int(std::max<qint64>(1, accessExpiresAt - now));
    insertToken(pair.accessToken, u"access"_s, username, family, accessExpiresAt, familyExpiresAt,
                issuedBy);
    insertToken(pair.refreshToken, u"refresh"_s, username, family,
                std::min(now + m_refreshLifetime, familyExpiresAt), familyExpiresAt, issuedBy);
    return pair;
}

bool TokenService::insertToken(const QString &token, const QString &kind,
                               const QString &username, const QString &family, qint64 expiresAt,
                               qint64 familyExpiresAt, const QString &issuedBy)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO tokens (token_hash, kind, username, family, expires_at, revoked,"
                  " rotated, family_expires_at, issued_by) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)"_s);
    query.addBindValue(sha256Hex(token));
    query.addBindValue(kind);
    query.addBindValue(username);
    query.addBindValue(family);
    query.addBindValue(expiresAt);
    query.addBindValue(familyExpiresAt);
    query.addBindValue(issuedBy.isEmpty() ? QVariant() : QVariant(issuedBy));
    return query.exec();
}

void TokenService::revokeFamily(const QString &family)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE tokens SET revoked = 1 WHERE family = ?"_s);
    query.addBindValue(family);
    query.exec();
}

} // namespace pass::portal
