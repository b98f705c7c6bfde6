#include "loopbackreceiver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pass {

LoopbackReceiver::LoopbackReceiver() = default;

bool LoopbackReceiver::listen(QString *error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = QCoreApplication::translate("pass::LoopbackReceiver", "Cannot listen on this computer for the sign-in answer: %1")
                 .arg(m_server.errorString());
    return false;
}

QUrl LoopbackReceiver::redirectUri() const
{
    return QUrl(u"http://127.0.0.1:%1/callback"_s.arg(m_server.serverPort()));
}

std::optional<QUrlQuery> LoopbackReceiver::wait(int timeoutMs, const std::atomic_bool *cancel, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && !(cancel && cancel->load())) {
        if (!m_server.hasPendingConnections() && !m_server.waitForNewConnection(100))
            continue;
        QTcpSocket *socket = m_server.nextPendingConnection();
        QByteArray request;
        while (!request.contains("\r\n\r\n") && request.size() < 16384 && !deadline.hasExpired()) {
            if (!socket->waitForReadyRead(200) && socket->state() != QAbstractSocket::ConnectedState)
                break;
            request += socket->readAll();
        }
        const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
        const QUrl target(QString::fromLatin1(line.value(1)));
        if (line.value(0) != "GET" || target.path() != u"/callback") {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->waitForBytesWritten(1000);
            socket->deleteLater();
            continue;
        }
        const QByteArray page = QCoreApplication::translate("pass::LoopbackReceiver",
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>PAsS Desktop</title></head>"
            "<body><h1>PAsS Desktop</h1><p>Sign-in received: you can close this page and go back to the application.</p>"
            "</body></html>").toUtf8();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                      "Connection: close\r\nContent-Length: " + QByteArray::number(page.size()) + "\r\n\r\n" + page);
        socket->waitForBytesWritten(1000);
        socket->disconnectFromHost();
        socket->deleteLater();
        return QUrlQuery(target);
    }
    *error = (cancel && cancel->load())
        ? QCoreApplication::translate("pass::LoopbackReceiver", "Sign-in cancelled")
        : QCoreApplication::translate("pass::LoopbackReceiver", "No answer from the browser within %1 s").arg(timeoutMs / 1000);
    return std::nullopt;
}

} // namespace pass
