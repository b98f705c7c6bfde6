#pragma once

#include <QNetworkAccessManager>

#include <functional>

// Forwards to the real network, but loses or damages chosen answers after the server acted:
// the in-process equivalent of a misbehaving proxy in front of the real portal.
class LossyNetwork : public QNetworkAccessManager
{
public:
    // Called with each answer once the server has sent it; returns the body the client sees,
    // or sets *lose to drop the answer (the connection closes before it arrives).
    std::function<QByteArray(const QNetworkRequest &, const QByteArray &answer, bool *lose)> damage;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override;
};
