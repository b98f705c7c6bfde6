#pragma once

#include "server/portalcontext.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

namespace pass::portal {

class PortalDatabase;
class PortalServer;

// One HTTP answer of the portal, read whole.
struct PortalAnswer
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QJsonObject json() const;
};

// The real PortalServer in the test's process, on a free loopback port, over a fresh portal
// store, with the given users (password "password-NAME") and an access token each: the set-up the
// in-process portal tests share. Requests go through QNetworkAccessManager and the same event loop.
class InProcessPortal
{
public:
    struct User
    {
        QString name;
        Role role;
        QStringList authorities;
    };

    InProcessPortal();
    ~InProcessPortal();

    // Opens the store in `dir`, adds the users and starts serving; false with *error otherwise.
    bool start(const QString &dir, const QList<User> &users, QString *error);
    void stop();

    PortalContext &context() { return *m_context; }
    // A new access token for the user (say, after their assignments changed).
    void renewToken(const QString &user);
    // Sends one request as `user` (none when empty; a JSON body when not null) and waits for it.
    PortalAnswer call(const QByteArray &method, const QString &path, const QString &user, const QByteArray &body = {});

private:
    std::unique_ptr<PortalDatabase> m_database;
    std::unique_ptr<PortalContext> m_context;
    std::unique_ptr<PortalServer> m_server;
    QNetworkAccessManager m_nam;
    QHash<QString, QString> m_tokens;
};

// A new random UUID, as mutation and record ids are.
QString newUuid();

} // namespace pass::portal
