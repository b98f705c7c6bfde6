#include "inprocessportal.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>

using namespace Qt::StringLiterals;
using namespace pass::portal;

QJsonObject InProcessPortal::Answer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

InProcessPortal::InProcessPortal() = default;

InProcessPortal::~InProcessPortal()
{
    // The server uses the context, the context the database.
    m_server.reset();
    m_context.reset();
    m_database.reset();
}

bool InProcessPortal::start(const QList<User> &users, QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    m_database = std::make_unique<PortalDatabase>(m_dir.filePath(u"portal.db"_s), u"tst"_s);
    if (!m_database->open()) {
        *error = m_database->errorString();
        return false;
    }
    m_context = std::make_unique<PortalContext>(m_database.get());
    for (const User &u : users) {
        if (!m_context->users.addUser(u.name, u.role, u"password-"_s + u.name, u.authorities, error))
            return false;
        m_tokens.insert(u.name, m_context->tokens.issueAccessToken(u.name));
    }
    m_server = std::make_unique<PortalServer>(m_context.get());
    if (m_server->start(QHostAddress::LocalHost, 0) == 0) {
        *error = u"the portal cannot listen on loopback"_s;
        return false;
    }
    return true;
}

void InProcessPortal::reissueToken(const QString &user)
{
    m_tokens.insert(user, m_context->tokens.issueAccessToken(user));
}

InProcessPortal::Answer InProcessPortal::call(const QByteArray &method, const QString &path, const QString &user,
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
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.contentType = reply->rawHeader("Content-Type");
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}
