#pragma once

#include "apihandler.h"
#include "httpreply.h"
#include "oauthhandler.h"
#include "synchandler.h"
#include "testhandler.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

namespace pass::portal {

struct PortalContext;

// The HTTP front of the portal. QHttpServer 6.4 has no asynchronous handlers, so requests are
// answered one at a time on the server's thread; every handler is synchronous and short (the
// change feed and mutation batches are bounded by their limits). Adds problem+json answers for
// unknown paths, bearer authentication, simulated overload and gzip.
class PortalServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit PortalServer(PortalContext *context, QObject *parent = nullptr);

    // Listens and records the base URL in the context. Returns the port, 0 on failure.
    quint16 start(const QHostAddress &address, quint16 port);

    // The answer to one request, before compression.
    HttpReply dispatch(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::optional<HttpReply> injectedFault(const QString &path);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, HttpReply reply);

    PortalContext *m_context;
    OAuthHandler m_oauth;
    ApiHandler m_api;
    SyncHandler m_sync;
    TestHandler m_test;
};

} // namespace pass::portal
