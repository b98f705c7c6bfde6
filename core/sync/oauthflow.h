#pragma once

#include "core/sync/tokenstore.h"

#include <QUrl>

#include <atomic>
#include <functional>

namespace pass {

class PortalClient;
class SyncClock;

// OAuth 2 authorization code with PKCE (S256) for a native app (RFC 8252): the endpoints come
// from the portal's RFC 8414 metadata, the user signs in in the system browser, the answer comes
// to a loopback listener on a free port. Qt NetworkAuth's flow would pull QDesktopServices (Gui)
// into the core; this one takes the browser opener as a callback instead (the UI passes
// QDesktopServices::openUrl, passctl prints the address, tests post the login form).
class OAuthFlow
{
public:
    static constexpr const char *kClientId = "pass-desktop";

    OAuthFlow(PortalClient *client, SyncClock *clock);

    void setBrowserOpener(std::function<bool(const QUrl &)> opener) { m_openBrowser = std::move(opener); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    std::optional<TokenSet> signIn(QString *error);
    std::optional<TokenSet> refresh(const QString &refreshToken, QString *error);
    bool revoke(const QString &token, QString *error);
    // The account name the portal knows the token by (GET /api/v1/me).
    QString accountName(const QString &accessToken, QString *error);

    static QString makeVerifier();
    static QString challengeFor(const QString &verifier);

private:
    bool discover(QString *error);
    std::optional<TokenSet> tokenRequest(const QUrlQuery &form, QString *error);

    PortalClient *m_client;
    SyncClock *m_clock;
    std::function<bool(const QUrl &)> m_openBrowser;
    const std::atomic_bool *m_cancel = nullptr;
    int m_timeoutMs = 5 * 60'000;
    QUrl m_authorize;
    QUrl m_token;
    QUrl m_revoke;
};

} // namespace pass
