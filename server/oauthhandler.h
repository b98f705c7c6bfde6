#pragma once

#include "httpreply.h"
#include "passwordhasher.h"

#include <QUrlQuery>

#include <optional>
#include <variant>

class QHttpServerRequest;

namespace pass::portal {

struct PortalContext;

// The authorization server: /.well-known/oauth-authorization-server, /oauth/authorize (the
// login form standing in for SPID/CIE), /oauth/token and /oauth/revoke. One public client,
// `pass-desktop`, with PKCE S256 and loopback redirect URIs on any port (RFC 8252).
class OAuthHandler
{
public:
    static constexpr QLatin1StringView ClientId{"pass-desktop"};

    explicit OAuthHandler(PortalContext *context);

    // A submitted login form whose password must be checked: the check is pure computation
    // (PasswordHasher::check), made off the request thread, then finishLogin() answers.
    struct LoginAttempt
    {
        QUrlQuery params;
        QString username;
        QString password;
        QString storedHash; // the decoy for an unknown user: the same cost
        QString address;    // the client's, for the failed-login limit
        bool known = false;
    };

    // nullopt when the path is not an OAuth path. Not for a submitted login (beginLogin).
    std::optional<HttpReply> handle(const QHttpServerRequest &request, const QString &path);
    static bool isLogin(const QHttpServerRequest &request);
    // An answer now (a bad request, too many failed attempts), or the attempt to check.
    std::variant<HttpReply, LoginAttempt> beginLogin(const QUrlQuery &params, const QString &address);
    HttpReply finishLogin(const LoginAttempt &attempt, const PasswordHasher::Check &check);

    static bool isLoopbackRedirect(const QString &uri);
    static QUrlQuery parseForm(const QByteArray &body);

private:
    HttpReply metadata() const;
    // The form page for a valid authorization request, an error answer otherwise.
    HttpReply authorize(const QUrlQuery &params);
    // An error answer for an invalid authorization request; nothing when it is valid.
    std::optional<HttpReply> checkAuthorizeRequest(const QUrlQuery &params) const;
    HttpReply token(const QUrlQuery &form);
    HttpReply revoke(const QUrlQuery &form);
    HttpReply loginForm(const QUrlQuery &params, const QString &message) const;

    PortalContext *m_context;
};

} // namespace pass::portal
