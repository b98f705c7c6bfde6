#include "portalserver.h"

#include "caller.h"
#include "chunkedwriter.h"
#include "gzip.h"
#include "portalcontext.h"
#include "portallog.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool acceptsGzip(const QHttpServerRequest &request)
{
    for (QByteArray coding : headerValue(request, "Accept-Encoding").split(',')) {
        coding = coding.trimmed();
        if (coding == "gzip" || (coding.startsWith("gzip;") && !coding.endsWith("q=0")))
            return true;
    }
    return false;
}

HttpReply overload(int status, int retryAfter)
{
    Problem problem{status, status == 429 ? u"too-many-requests"_s : u"unavailable"_s,
                    status == 429 ? u"Too many requests"_s : u"Temporarily unavailable"_s,
                    u"Retry after %1 s"_s.arg(retryAfter), {}, {}};
    HttpReply reply = HttpReply::problem(problem);
    reply.header("Retry-After", QByteArray::number(retryAfter));
    return reply;
}

} // namespace

PortalServer::PortalServer(PortalContext *context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_oauth(context)
    , m_api(context)
    , m_sync(context)
    , m_test(context)
{
}

quint16 PortalServer::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound != 0) {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(address.toString());
        url.setPort(bound);
        m_context->baseUrl = url;
    }
    return bound;
}

std::optional<HttpReply> PortalServer::injectedFault(const QString &path)
{
    const bool api = (path.startsWith(u"/api/v1/") && !path.startsWith(u"/api/v1/_test/"))
        || path == u"/oauth/token";
    if (!api)
        return std::nullopt;
    if (m_context->faults.count > 0) {
        --m_context->faults.count;
        return overload(m_context->faults.status, m_context->faults.retryAfter);
    }
    if (m_context->failRate > 0 && QRandomGenerator::global()->generateDouble() < m_context->failRate)
        return overload(503, 1);
    return std::nullopt;
}

HttpReply PortalServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (request.body().size() > m_context->maxBodyBytes)
        return HttpReply::problem(Problem::badRequest(
            u"body"_s, u"larger than %1 bytes"_s.arg(m_context->maxBodyBytes)));
    if (path.startsWith(u"/api/v1/_test/")) {
        if (m_context->testMode) {
            if (auto reply = m_test.handle(request, path.mid(14)))
                return *reply;
        }
        return HttpReply::problem(Problem::notFound());
    }
    if (auto fault = injectedFault(path))
        return *fault;
    if (auto reply = m_oauth.handle(request, path))
        return *reply;
    if (!path.startsWith(u"/api/v1/"))
        return HttpReply::problem(Problem::notFound());

    const QByteArray authorization = headerValue(request, "Authorization");
    std::optional<Caller> caller;
    if (authorization.startsWith("Bearer ")) {
        if (const auto user = m_context->tokens.authenticate(
                QString::fromLatin1(authorization.mid(7).trimmed())))
            caller = m_context->users.find(*user);
    }
    if (!caller) {
        HttpReply reply = HttpReply::problem(Problem::unauthorized(
            authorization.isEmpty() ? u"send Authorization: Bearer <access token>"_s
                                    : u"the access token is invalid, revoked or expired"_s));
        reply.header("WWW-Authenticate", authorization.isEmpty()
                                             ? QByteArray("Bearer realm=\"pass\"")
                                             : QByteArray("Bearer realm=\"pass\", error=\"invalid_token\""));
        return reply;
    }
    const QStringList segments = path.mid(8).split(u'/', Qt::SkipEmptyParts);
    if (auto reply = m_sync.handle(*caller, request, segments))
        return *reply;
    if (auto reply = m_api.handle(*caller, request, segments))
        return *reply;
    return HttpReply::problem(Problem::notFound());
}

bool PortalServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpReply reply = dispatch(request);
    qCDebug(lcPortalHttp) << request.method() << request.url().path() << reply.status
                          << reply.body.size() << "bytes" << timer.elapsed() << "ms";
    write(request, socket, std::move(reply));
    return true;
}

void PortalServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, HttpReply::problem(Problem::notFound()));
}

void PortalServer::write(const QHttpServerRequest &request, QTcpSocket *socket, HttpReply reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    for (const auto &[name, value] : std::as_const(reply.headers))
        responder.writeHeader(name, value);
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    if (reply.stream) {
        const bool gzip = acceptsGzip(request);
        if (gzip)
            responder.writeHeader("Content-Encoding", "gzip");
        responder.writeHeader("Vary", "Accept-Encoding");
        responder.writeHeader("Transfer-Encoding", "chunked");
        responder.writeBody("", 0); // ends the headers
        (new ChunkedWriter(socket, std::move(reply.stream), gzip))->start();
        return;
    }
    if (reply.body.size() > 512 && acceptsGzip(request)) {
        const QByteArray compressed = gzipCompress(reply.body, 1);
        if (!compressed.isEmpty()) {
            reply.body = compressed;
            responder.writeHeader("Content-Encoding", "gzip");
        }
    }
    responder.writeHeader("Vary", "Accept-Encoding");
    if (reply.status != 304)
        responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody("", 0); // ends the headers
    // QTcpSocket::write(QByteArray) queues the array itself (implicitly shared); the
    // responder's writeBody would copy a feed page of megabytes into the socket's buffer.
    socket->write(reply.body);
}

} // namespace pass::portal
