#include "inprocessportal.h"

#include "server/portaldatabase.h"
#include "server/portalserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pass::portal {

QJsonObject PortalAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

InProcessPortal::InProcessPortal() = default;

InProcessPortal::~InProcessPortal()
{
    stop();
}

bool InProcessPortal::start(const QString &dir, const QList<User> &users, QString *error)
{
    m_database = std::make_unique<PortalDatabase>(dir + u"/portal.db"_s, u"tst"_s);
    if (!m_database->open()) {
        *error = m_database->errorString();
        return false;
    }
    m_context = std::make_unique<PortalContext>(m_database.get());
    for (const User &user : users) {
        if (!m_context->users.addUser(user.name, user.role, u"password-"_s + user.name, user.authorities, error))
            return false;
        renewToken(user.name);
    }
    m_server = std::make_unique<PortalServer>(m_context.get());
    if (m_server->start(QHostAddress::LocalHost, 0) == 0) {
        *error = u"the portal could not listen on a loopback port"_s;
        return false;
    }
    return true;
}

void InProcessPortal::stop()
{
    m_server.reset();
    m_context.reset();
    m_database.reset();
}

void InProcessPortal::renewToken(const QString &user)
{
    m_tokens.insert(user, m_context->tokens.issueAccessToken(user));
}

PortalAnswer InProcessPortal::call(const QByteArray &method, const QString &path, const QString &user,
                                   const QByteArray &body)
{
    QNetworkRequest request(m_context->baseUrl.resolved(QUrl(path)));
    if (!user.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_tokens.value(user).toLatin1());
    if (!body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    PortalAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

} // namespace pass::portal
