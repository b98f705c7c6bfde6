#pragma once

#include "server/portalcontext.h"
#include "server/portaldatabase.h"
#include "server/portalserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <tuple>

// The real PortalServer in the test's own process, on a free loopback port, over a portal
// database in a temporary folder, with its users and their access tokens; driven with
// QNetworkAccessManager through the same event loop. The set-up the in-process server tests
// share (tst_portalserver, tst_requestworkflowportal).
class InProcessPortal
{
public:
    struct User
    {
        QString name;
        pass::portal::Role role;
        QStringList authorities;
    };
    struct Answer
    {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QJsonObject json() const;
    };

    InProcessPortal();
    ~InProcessPortal();

    // Opens the database, adds the users (password "password-NAME"), issues their tokens and
    // starts listening; false with *error set.
    bool start(const QList<User> &users, QString *error);

    // One request as `user` (none: no Authorization header); a body is sent as JSON.
    Answer call(const QByteArray &method, const QString &path, const QString &user, const QByteArray &body = {});
    pass::portal::PortalContext *context() const { return m_context.get(); }
    QString token(const QString &user) const { return m_tokens.value(user); }
    // A new access token for `user` (after a change of their authorities).
    void reissueToken(const QString &user);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pass::portal::PortalDatabase> m_database;
    std::unique_ptr<pass::portal::PortalContext> m_context;
    std::unique_ptr<pass::portal::PortalServer> m_server;
    QNetworkAccessManager m_nam;
    QHash<QString, QString> m_tokens;
};
