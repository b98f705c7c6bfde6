#pragma once

#include "httpreply.h"

#include <QUrlQuery>

#include <optional>

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

    // nullopt when the path is not an OAuth path.
    std::optional<HttpReply> handle(const QHttpServerRequest &request, const QString &path);

    static bool isLoopbackRedirect(const QString &uri);
    static QUrlQuery parseForm(const QByteArray &body);

private:
    HttpReply metadata() const;
    HttpReply authorize(const QUrlQuery &params, bool submitted);
    HttpReply token(const QUrlQuery &form);
    HttpReply revoke(const QUrlQuery &form);
    HttpReply loginForm(const QUrlQuery &params, const QString &message) const;

    PortalContext *m_context;
};

} // namespace pass::portal
