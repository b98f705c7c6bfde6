#pragma once

#include "core/sync/tokenstore.h"

#include <QSqlDatabase>
#include <QUrl>

#include <functional>
#include <optional>

namespace pass {

class PortalClient;
class SyncClock;

// The signed-in portal account of a store: the portal address and account name live in the
// store (sync_state: they are not secrets), the tokens only in the TokenStore (keychain or
// session memory). Prepares a PortalClient with the access token and a refresher that rotates
// the refresh token and saves the new pair.
class SyncAccount
{
public:
    SyncAccount(QSqlDatabase db, PortalClient *client, SyncClock *clock, TokenStore *tokens);

    // nullopt (and *error) when the store cannot be read: never "no portal", "not signed in".
    std::optional<QUrl> portalUrl(QString *error) const;
    std::optional<QString> account(QString *error) const;
    // Validates (HTTPS unless loopback) and remembers the portal address.
    bool setPortalUrl(const QUrl &url, QString *error);

    // Signs in through the browser; keeps the tokens in the TokenStore. On a keychain problem
    // returns false with the problem named (tokens are revoked again: nothing is left behind).
    bool signIn(const std::function<bool(const QUrl &)> &openBrowser, QString *error);
    // Revokes the refresh token at the portal and forgets the tokens.
    bool signOut(QString *error);
    // Loads the tokens, refreshing them when they expire within a minute; sets up the client.
    bool prepareClient(QString *error);

    // Called (on the syncing thread) when a refreshed pair cannot be kept in the keychain: the
    // session goes on with the new tokens, but the next start will find the old, rotated ones
    // and has to sign in again. Also written to the sync log.
    void setProblemHandler(std::function<void(const QString &)> handler) { m_problemHandler = std::move(handler); }
    // The last such problem, empty when the keychain took the latest pair.
    QString tokenSaveProblem() const { return m_saveProblem; }

private:
    // Points the client at the saved portal address unless it has one already.
    bool useStoredPortal(QString *error);
    QString refreshNow();

    QSqlDatabase m_db;
    PortalClient *m_client;
    SyncClock *m_clock;
    TokenStore *m_tokens;
    TokenSet m_current;
    std::function<void(const QString &)> m_problemHandler;
    QString m_saveProblem;
};

} // namespace pass
