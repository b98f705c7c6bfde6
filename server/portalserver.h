#pragma once

#include "apihandler.h"
#include "documenthandler.h"
#include "httpreply.h"
#include "oauthhandler.h"
#include "synchandler.h"
#include "testhandler.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QThreadPool>

#include <deque>

class QTcpSocket;

namespace pass::portal {

struct PortalContext;

// The HTTP front of the portal. Handlers run on the server's thread and are short (the change
// feed and mutation batches are bounded by their limits), with one exception: a submitted login
// costs a password hash, tens of milliseconds of CPU on purpose, so it runs on a small worker
// pool and is answered when done; other requests go on meanwhile. Answers on one connection
// leave in the order of their requests. Bodies over the limit are refused with 413 before they
// are buffered (see RequestGuard in the .cpp). Adds problem+json answers for unknown paths,
// bearer authentication, simulated overload and gzip.
class PortalServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // Password checks waiting or running at once; past it a login gets 503 with Retry-After.
    static constexpr int MaxPendingLogins = 64;

    explicit PortalServer(PortalContext *context, QObject *parent = nullptr);
    ~PortalServer() override;

    // Listens and records the base URL in the context. Returns the port, 0 on failure.
    quint16 start(const QHostAddress &address, quint16 port);

    // The answer to one request, before compression (a submitted login included, checked on
    // the calling thread).
    HttpReply dispatch(const QHttpServerRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        quint64 ticket = 0;
        bool ready = false;
        bool gzip = false;
        HttpReply reply;
    };

    std::optional<HttpReply> injectedFault(const QString &path);
    std::optional<HttpReply> testRequest(const QHttpServerRequest &request, const QString &path);
    void startLogin(const QHttpServerRequest &request, QTcpSocket *socket, quint64 ticket, bool gzip);
    quint64 reserve(QTcpSocket *socket);
    void complete(QTcpSocket *socket, quint64 ticket, HttpReply reply, bool gzip);
    void write(QTcpSocket *socket, HttpReply reply, bool gzip);

    PortalContext *m_context;
    OAuthHandler m_oauth;
    ApiHandler m_api;
    SyncHandler m_sync;
    DocumentHandler m_documents;
    TestHandler m_test;
    QHash<QTcpSocket *, std::deque<Answer>> m_answers; // per connection, in request order
    quint64 m_nextTicket = 0;
    int m_pendingLogins = 0;
    QThreadPool m_hashing;
};

} // namespace pass::portal
