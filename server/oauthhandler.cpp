#include "oauthhandler.h"

#include "portalcontext.h"
#include "portallog.h"

#include <QHttpServerRequest>

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

const QStringList kAuthorizeParams{u"response_type"_s, u"client_id"_s, u"redirect_uri"_s,
                                   u"code_challenge"_s, u"code_challenge_method"_s,
                                   u"state"_s, u"scope"_s};

QString value(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

HttpReply oauthError(const QString &error, const QString &description)
{
    HttpReply reply = HttpReply::json(
        QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}}, 400);
    reply.header("Cache-Control", "no-store");
    return reply;
}

HttpReply errorPage(const QString &message)
{
    return HttpReply::html(u"<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">"
                           "<title>PAsS – errore</title></head><body><h1>Richiesta non valida</h1>"
                           "<p>%1</p></body></html>"_s.arg(message.toHtmlEscaped()),
                           400);
}

HttpReply redirectWith(const QString &redirectUri, const QList<std::pair<QString, QString>> &items)
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto &[key, text] : items) {
        if (!text.isEmpty())
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(text)));
    }
    url.setQuery(query);
    return HttpReply::redirect(url.toEncoded());
}

} // namespace

OAuthHandler::OAuthHandler(PortalContext *context)
    : m_context(context)
{
}

QUrlQuery OAuthHandler::parseForm(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

bool OAuthHandler::isLoopbackRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http" || url.port() < 1 || url.hasFragment()
        || !url.userInfo().isEmpty())
        return false;
    const QString host = url.host();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}

std::optional<HttpReply> OAuthHandler::handle(const QHttpServerRequest &request,
                                              const QString &path)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    if (path == u"/.well-known/oauth-authorization-server" && method == Method::Get)
        return metadata();
    if (path == u"/oauth/authorize" && method == Method::Get)
        return authorize(request.query());
    if (path == u"/oauth/token" && method == Method::Post)
        return token(parseForm(request.body()));
    if (path == u"/oauth/revoke" && method == Method::Post)
        return revoke(parseForm(request.body()));
    return std::nullopt;
}

HttpReply OAuthHandler::metadata() const
{
    const QString base = m_context->baseUrl.toString(QUrl::StripTrailingSlash);
    const QJsonArray none{u"none"_s};
    return HttpReply::json({{u"issuer"_s, base},
                            {u"authorization_endpoint"_s, QString(base + u"/oauth/authorize"_s)},
                            {u"token_endpoint"_s, QString(base + u"/oauth/token"_s)},
                            {u"revocation_endpoint"_s, QString(base + u"/oauth/revoke"_s)},
                            {u"response_types_supported"_s, QJsonArray{u"code"_s}},
                            {u"grant_types_supported"_s,
                             QJsonArray{u"authorization_code"_s, u"refresh_token"_s}},
                            {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
                            {u"token_endpoint_auth_methods_supported"_s, none},
                            {u"revocation_endpoint_auth_methods_supported"_s, none},
                            {u"scopes_supported"_s, QJsonArray{u"pass"_s}}});
}

bool OAuthHandler::isLogin(const QHttpServerRequest &request)
{
    return request.method() == QHttpServerRequest::Method::Post && request.url().path() == u"/oauth/authorize";
}

HttpReply OAuthHandler::authorize(const QUrlQuery &params)
{
    if (auto invalid = checkAuthorizeRequest(params))
        return *invalid;
    return loginForm(params, {});
}

std::variant<HttpReply, OAuthHandler::LoginAttempt> OAuthHandler::beginLogin(const QUrlQuery &params,
                                                                            const QString &address)
{
    if (auto invalid = checkAuthorizeRequest(params))
        return *invalid;
    LoginAttempt attempt;
    attempt.params = params;
    attempt.username = value(params, u"username"_s);
    attempt.password = value(params, u"password"_s);
    attempt.address = address;
    if (const qint64 wait = m_context->logins.retryAfter(attempt.username, address); wait > 0) {
        qCInfo(lcPortalAuth) << "sign-in refused for" << wait << "s after repeated failures from" << address;
        HttpReply reply = loginForm(params, u"Troppi tentativi non riusciti. Riprova tra %1 minuti."_s
                                                .arg((wait + 59) / 60));
        reply.status = 429;
        reply.header("Retry-After", QByteArray::number(wait));
        return reply;
    }
    const std::optional<QString> stored = m_context->users.passwordHash(attempt.username);
    attempt.known = stored.has_value();
    attempt.storedHash = stored.value_or(PasswordHasher::decoy());
    return attempt;
}

HttpReply OAuthHandler::finishLogin(const LoginAttempt &attempt, const PasswordHasher::Check &check)
{
    const std::optional<Caller> caller = attempt.known && check.ok ? m_context->users.find(attempt.username)
                                                                   : std::nullopt;
    if (!caller) {
        // Never what was typed as the user name: it may be a password typed in the wrong field.
        qCInfo(lcPortalAuth) << "failed sign-in from" << attempt.address;
        m_context->logins.recordFailure(attempt.username, attempt.address);
        return loginForm(attempt.params, u"Nome utente o password errati."_s);
    }
    m_context->logins.recordSuccess(attempt.username);
    if (!check.upgraded.isEmpty() && m_context->users.setPasswordHash(caller->username, check.upgraded))
        qCInfo(lcPortalAuth) << "password hash of" << caller->username << "upgraded";
    const QString redirectUri = value(attempt.params, u"redirect_uri"_s);
    const QString code = m_context->tokens.issueCode(caller->username, QString(ClientId), redirectUri,
                                                     value(attempt.params, u"code_challenge"_s));
    qCInfo(lcPortalAuth) << "login" << caller->username;
    return redirectWith(redirectUri, {{u"code"_s, code}, {u"state"_s, value(attempt.params, u"state"_s)}});
}

std::optional<HttpReply> OAuthHandler::checkAuthorizeRequest(const QUrlQuery &params) const
{
    if (value(params, u"client_id"_s) != ClientId)
        return errorPage(u"Applicazione sconosciuta (client_id)."_s);
    const QString redirectUri = value(params, u"redirect_uri"_s);
    if (!isLoopbackRedirect(redirectUri))
        return errorPage(u"redirect_uri deve essere un indirizzo di loopback http://127.0.0.1:PORTA/…"_s);
    const QString state = value(params, u"state"_s);
    if (value(params, u"response_type"_s) != u"code")
        return redirectWith(redirectUri, {{u"error"_s, u"unsupported_response_type"_s},
                                          {u"state"_s, state}});
    const QString challenge = value(params, u"code_challenge"_s);
    if (value(params, u"code_challenge_method"_s) != u"S256" || challenge.size() < 43
        || challenge.size() > 128)
        return redirectWith(redirectUri,
                            {{u"error"_s, u"invalid_request"_s},
                             {u"error_description"_s, u"PKCE with S256 is required"_s},
                             {u"state"_s, state}});
    return std::nullopt;
}

HttpReply OAuthHandler::loginForm(const QUrlQuery &params, const QString &message) const
{
    QString hidden;
    for (const QString &key : kAuthorizeParams) {
        const QString text = value(params, key);
        if (!text.isEmpty())
            hidden += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">\n"_s.arg(key, text.toHtmlEscaped());
    }
    const QString error = message.isEmpty()
        ? QString()
        : u"<p class=\"error\" role=\"alert\">%1</p>"_s.arg(message.toHtmlEscaped());
    return HttpReply::html(
        u"<!DOCTYPE html>\n<html lang=\"it\"><head><meta charset=\"utf-8\">"
        "<title>PAsS – accesso</title></head><body>\n<h1>Accesso al portale PAsS</h1>\n%1"
        "<form method=\"post\" action=\"/oauth/authorize\">\n%2"
        "<label>Nome utente <input name=\"username\" autocomplete=\"username\" required></label>\n"
        "<label>Password <input name=\"password\" type=\"password\" "
        "autocomplete=\"current-password\" required></label>\n"
        "<button type=\"submit\">Accedi</button>\n</form></body></html>\n"_s.arg(error, hidden));
}

HttpReply OAuthHandler::token(const QUrlQuery &form)
{
    const QString grant = value(form, u"grant_type"_s);
    if (value(form, u"client_id"_s) != ClientId)
        return oauthError(u"invalid_client"_s, u"unknown client_id"_s);
    std::optional<TokenPair> pair;
    QString error;
    QString description;
    if (grant == u"authorization_code") {
        pair = m_context->tokens.redeemCode(value(form, u"code"_s), QString(ClientId),
                                            value(form, u"redirect_uri"_s),
                                            value(form, u"code_verifier"_s), &error, &description);
    } else if (grant == u"refresh_token") {
        pair = m_context->tokens.refresh(value(form, u"refresh_token"_s), &error, &description);
    } else {
        return oauthError(u"unsupported_grant_type"_s, u"use authorization_code or refresh_token"_s);
    }
    if (!pair)
        return oauthError(error, description);
    HttpReply reply = HttpReply::json({{u"access_token"_s, pair->accessToken},
                                       {u"token_type"_s, u"Bearer"_s},
                                       {u"expires_in"_s, pair->expiresIn},
                                       {u"refresh_token"_s, pair->refreshToken},
                                       {u"scope"_s, u"pass"_s}});
    reply.header("Cache-Control", "no-store");
    return reply;
}

HttpReply OAuthHandler::revoke(const QUrlQuery &form)
{
    const QString token = value(form, u"token"_s);
    if (token.isEmpty())
        return oauthError(u"invalid_request"_s, u"token is required"_s);
    m_context->tokens.revoke(token);
    return HttpReply::empty(200);
}

} // namespace pass::portal
