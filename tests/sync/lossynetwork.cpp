#include "lossynetwork.h"

#include "fakeportal.h"

#include <QEventLoop>

QNetworkReply *LossyNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *data)
{
    QNetworkReply *real = QNetworkAccessManager::createRequest(op, request, data);
    if (!damage)
        return real;
    QEventLoop loop;
    connect(real, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!real->isFinished())
        loop.exec();
    const int status = real->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = real->readAll();
    real->deleteLater();
    bool lose = false;
    const QByteArray changed = damage(request, body, &lose);
    if (lose)
        return new FakeReply(op, request, 0, {}, {}, QNetworkReply::RemoteHostClosedError);
    return new FakeReply(op, request, status, changed, {{"Content-Type", "application/json"}});
}
