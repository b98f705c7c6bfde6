#include "syncaccount.h"

#include "core/sync/oauthflow.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QString kPortalUrl = u"portal_url"_s;
const QString kAccount = u"account"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::SyncAccount", text);
}

} // namespace

SyncAccount::SyncAccount(QSqlDatabase db, PortalClient *client, SyncClock *clock, TokenStore *tokens)
    : m_db(std::move(db)), m_client(client), m_clock(clock), m_tokens(tokens)
{
}

std::optional<QUrl> SyncAccount::portalUrl(QString *error) const
{
    const std::optional<QString> url = SyncState(m_db).value(kPortalUrl, error);
    return url ? std::optional<QUrl>(QUrl(*url)) : std::nullopt;
}

std::optional<QString> SyncAccount::account(QString *error) const
{
    return SyncState(m_db).value(kAccount, error);
}

bool SyncAccount::setPortalUrl(const QUrl &url, QString *error)
{
    if (!m_client->setBaseUrl(url, error))
        return false;
    return SyncState(m_db).setValue(kPortalUrl, m_client->baseUrl().toString(), error);
}

bool SyncAccount::useStoredPortal(QString *error)
{
    if (!m_client->baseUrl().isEmpty())
        return true;
    const std::optional<QUrl> url = portalUrl(error);
    return url && m_client->setBaseUrl(*url, error);
}

bool SyncAccount::signIn(const std::function<bool(const QUrl &)> &openBrowser, QString *error)
{
    if (!useStoredPortal(error))
        return false;
    OAuthFlow flow(m_client, m_clock);
    flow.setBrowserOpener(openBrowser);
    const std::optional<TokenSet> tokens = flow.signIn(error);
    if (!tokens)
        return false;
    const QString name = flow.accountName(tokens->accessToken, error);
    if (name.isEmpty())
        return false;
    if (!m_tokens->save(m_client->baseUrl().toString(), name, *tokens)) {
        *error = tr("Signed in, but the sign-in cannot be kept: %1. Sign in for this session only, "
                    "or fix the keychain and sign in again.").arg(m_tokens->errorString());
        QString ignored;
        flow.revoke(tokens->refreshToken, &ignored);
        return false;
    }
    m_current = *tokens;
    m_client->setAccessToken(tokens->accessToken);
    return SyncState(m_db).setValue(kAccount, name, error);
}

bool SyncAccount::signOut(QString *error)
{
    const std::optional<QUrl> url = portalUrl(error);
    const std::optional<QString> name = account(error);
    if (!url || !name)
        return false; // the store cannot be read: the sign-in stays as it is
    const QString portal = url->toString();
    const std::optional<TokenSet> tokens = m_tokens->load(portal, *name);
    if (tokens) {
        OAuthFlow flow(m_client, m_clock);
        QString revokeError;
        if (!flow.revoke(tokens->refreshToken, &revokeError))
            *error = tr("The portal could not be told (%1); the sign-in is forgotten here anyway").arg(revokeError);
    }
    m_tokens->remove(portal, *name);
    m_client->setAccessToken({});
    QString removeError;
    if (!SyncState(m_db).removeValue(kAccount, &removeError)) {
        *error = tr("The sign-in could not be forgotten in the store: %1").arg(removeError);
        return false;
    }
    return true;
}

QString SyncAccount::refreshNow()
{
    if (m_current.refreshToken.isEmpty())
        return {};
    OAuthFlow flow(m_client, m_clock);
    QString error;
    const std::optional<TokenSet> fresh = flow.refresh(m_current.refreshToken, &error);
    if (!fresh)
        return {};
    // Rotation: the old refresh token is dead now, so the new pair must be kept. If the keychain
    // refuses it, this session still holds it (and goes on); the person is told, since the next
    // start would present the rotated token and be signed out.
    m_current = *fresh;
    QString readError;
    const std::optional<QUrl> url = portalUrl(&readError);
    const std::optional<QString> name = account(&readError);
    if (url && name && m_tokens->save(url->toString(), *name, m_current)) {
        m_saveProblem.clear();
    } else {
        m_saveProblem = tr("The renewed sign-in could not be saved in the keychain (%1): this session goes on, "
                           "but after a restart you will have to sign in again.")
                            .arg(readError.isEmpty() ? m_tokens->errorString() : readError);
        SyncLog(m_db).write(SyncLog::Level::Warning, m_saveProblem);
        if (m_problemHandler)
            m_problemHandler(m_saveProblem);
    }
    return m_current.accessToken;
}

bool SyncAccount::prepareClient(QString *error)
{
    if (!useStoredPortal(error))
        return false;
    const std::optional<QString> stored = account(error);
    if (!stored)
        return false;
    const QString name = *stored;
    if (name.isEmpty()) {
        *error = tr("Not signed in to %1: sign in first").arg(m_client->baseUrl().toString());
        return false;
    }
    const std::optional<TokenSet> tokens = m_tokens->load(m_client->baseUrl().toString(), name);
    if (!tokens) {
        *error = m_tokens->problem() == TokenStore::Problem::NotFound
            ? tr("No saved sign-in for %1 at %2: sign in again").arg(name, m_client->baseUrl().toString())
            : tr("Cannot read the saved sign-in: %1").arg(m_tokens->errorString());
        return false;
    }
    m_current = *tokens;
    if (m_current.expiresWithin(60, m_clock->nowUtc()) && refreshNow().isEmpty()) {
        *error = tr("The sign-in for %1 has expired: sign in again").arg(name);
        return false;
    }
    m_client->setAccessToken(m_current.accessToken);
    m_client->setTokenRefresher([this] { return refreshNow(); });
    return true;
}

} // namespace pass
