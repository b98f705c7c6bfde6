#include "oauthflow.h"

#include "core/sync/loopbackreceiver.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::OAuthFlow", text);
}

QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

OAuthFlow::OAuthFlow(PortalClient *client, SyncClock *clock) : m_client(client), m_clock(clock) { }

QString OAuthFlow::makeVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return base64Url(bytes); // 43 characters, RFC 7636 §4.1
}

QString OAuthFlow::challengeFor(const QString &verifier)
{
    return base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256));
}

bool OAuthFlow::discover(QString *error)
{
    if (m_token.isValid())
        return true;
    const PortalReply r = m_client->get(u"/.well-known/oauth-authorization-server"_s, {}, false);
    if (!r.ok) {
        *error = tr("Cannot read the portal's sign-in settings: %1").arg(r.error);
        return false;
    }
    const QJsonObject meta = r.json.object();
    // RFC 8414 §3.3: the metadata must name the portal we asked as its issuer; otherwise it is
    // another server's (or an attacker's) and nothing in it is used.
    const QUrl portal = m_client->baseUrl();
    const QUrl issuer(meta.value(u"issuer").toString());
    if (issuer.adjusted(QUrl::StripTrailingSlash) != portal.adjusted(QUrl::StripTrailingSlash)) {
        *error = tr("The portal's sign-in settings name another issuer (%1, expected %2): not signing in")
                     .arg(meta.value(u"issuer").toString(), portal.toString());
        return false;
    }
    // Codes and tokens go only to the portal itself: same scheme, host and port as the address
    // we trust (https, or http for a portal on this computer).
    struct Endpoint
    {
        const char16_t *key;
        QUrl *url;
        bool required;
    };
    const Endpoint endpoints[] = {{u"authorization_endpoint", &m_authorize, true},
                                  {u"token_endpoint", &m_token, true},
                                  {u"revocation_endpoint", &m_revoke, false}};
    for (const Endpoint &e : endpoints) {
        const QString key = QString::fromUtf16(e.key);
        const QString text = meta.value(key).toString();
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty() && !e.required) {
            e.url->clear();
            continue;
        }
        if (!url.isValid() || url.isRelative() || !sameOrigin(url, portal)) {
            *error = tr("The portal's sign-in settings send %1 to %2, not to the portal %3: not signing in")
                         .arg(key, text.isEmpty() ? tr("nowhere") : text, portal.toString());
            m_authorize.clear();
            m_token.clear();
            m_revoke.clear();
            return false;
        }
        *e.url = url;
    }
    return true;
}

std::optional<TokenSet> OAuthFlow::tokenRequest(const QUrlQuery &form, QString *error)
{
    const PortalReply r = m_client->postForm(m_token, form);
    if (!r.ok) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString oauthError = o.value(u"error").toString();
        *error = oauthError.isEmpty() ? r.error
                                      : tr("The portal refused the sign-in: %1 (%2)")
                                            .arg(o.value(u"error_description").toString(), oauthError);
        return std::nullopt;
    }
    const QJsonObject o = r.json.object();
    TokenSet t;
    t.accessToken = o.value(u"access_token").toString();
    t.refreshToken = o.value(u"refresh_token").toString();
    const int expiresIn = o.value(u"expires_in").toInt();
    if (expiresIn > 0)
        t.expiresAt = m_clock->nowUtc().addSecs(expiresIn);
    if (t.accessToken.isEmpty()) {
        *error = tr("The portal's token answer has no access token");
        return std::nullopt;
    }
    return t;
}

std::optional<TokenSet> OAuthFlow::signIn(QString *error)
{
    if (!discover(error))
        return std::nullopt;
    LoopbackReceiver receiver;
    if (!receiver.listen(error))
        return std::nullopt;
    const QString verifier = makeVerifier();
    const QString state = makeVerifier();
    const QUrl redirect = receiver.redirectUri();
    QUrl url = m_authorize;
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    q.addQueryItem(u"redirect_uri"_s, redirect.toString());
    q.addQueryItem(u"code_challenge"_s, challengeFor(verifier));
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    q.addQueryItem(u"state"_s, state);
    q.addQueryItem(u"scope"_s, u"pass"_s);
    url.setQuery(q);
    if (!m_openBrowser || !m_openBrowser(url)) {
        *error = tr("Cannot open the browser for the sign-in page: %1").arg(url.toString());
        return std::nullopt;
    }
    const std::optional<QUrlQuery> answer = receiver.wait(m_timeoutMs, m_cancel, error);
    if (!answer)
        return std::nullopt;
    if (answer->queryItemValue(u"state"_s, QUrl::FullyDecoded) != state) {
        *error = tr("The sign-in answer does not belong to this sign-in (state mismatch): ignored");
        return std::nullopt;
    }
    const QString code = answer->queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (code.isEmpty()) {
        *error = tr("The portal did not sign you in: %1 %2")
                     .arg(answer->queryItemValue(u"error"_s, QUrl::FullyDecoded),
                          answer->queryItemValue(u"error_description"_s, QUrl::FullyDecoded));
        return std::nullopt;
    }
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"authorization_code"_s);
    form.addQueryItem(u"code"_s, code);
    form.addQueryItem(u"redirect_uri"_s, redirect.toString());
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    form.addQueryItem(u"code_verifier"_s, verifier);
    return tokenRequest(form, error);
}

std::optional<TokenSet> OAuthFlow::refresh(const QString &refreshToken, QString *error)
{
    if (!discover(error))
        return std::nullopt;
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    return tokenRequest(form, error);
}

bool OAuthFlow::revoke(const QString &token, QString *error)
{
    if (!discover(error))
        return false;
    if (!m_revoke.isValid())
        return true; // nothing to tell: the tokens are forgotten locally anyway
    QUrlQuery form;
    form.addQueryItem(u"token"_s, token);
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(kClientId));
    const PortalReply r = m_client->postForm(m_revoke, form);
    if (!r.ok)
        *error = r.error;
    return r.ok;
}

QString OAuthFlow::accountName(const QString &accessToken, QString *error)
{
    m_client->setAccessToken(accessToken);
    const PortalReply r = m_client->get(u"/api/v1/me"_s);
    if (!r.ok) {
        *error = r.error;
        return {};
    }
    return r.json.object().value(u"username").toString();
}

} // namespace pass
