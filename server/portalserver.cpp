#include "portalserver.h"

#include "caller.h"
#include "chunkedwriter.h"
#include "gzip.h"
#include "portalcontext.h"
#include "portallog.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

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
                    u"Retry after %1 s"_s.arg(retryAfter), {}, {}, {}};
    HttpReply reply = HttpReply::problem(problem);
    reply.header("Retry-After", QByteArray::number(retryAfter));
    return reply;
}

HttpReply tooLarge(qint64 limit)
{
    return HttpReply::problem({413, u"too-large"_s, u"Payload too large"_s,
                               u"the body is larger than %1 bytes"_s.arg(limit), u"body"_s, {}, {}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

// Accepts connections for the HTTP server and watches what each one sends before the server
// buffers it: a request whose Content-Length is over the limit, or a connection that sends more
// than the limit (plus room for headers) without having been answered, gets 413 and is closed.
// QHttpServer 6.4 would otherwise read the whole body into memory before anyone could refuse it.
// The limit is the upload limit for a document's content (PUT /api/v1/blobs/…), the body limit
// for everything else.
class RequestGuard : public QTcpServer
{
public:
    RequestGuard(qint64 limit, qint64 uploadLimit, QObject *parent)
        : QTcpServer(parent), m_limit(limit), m_uploadLimit(uploadLimit) { }

    // The connection's current request was answered: the next one starts from zero.
    static void answered(QTcpSocket *socket) { socket->setProperty(kReceived, 0); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Answers go out in several writes (headers, then chunks): with Nagle's algorithm the
        // last small write waited for the client's delayed ACK, about 40 ms per request.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        answered(socket);
        // Connected before the HTTP server's own handler (added when it takes the connection),
        // so this one sees each chunk first.
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { inspect(socket); });
        addPendingConnection(socket);
    }

private:
    static constexpr const char *kReceived = "pass_received";
    static constexpr const char *kLimit = "pass_limit"; // of the connection's current request
    static constexpr qint64 kHeaderRoom = 64 * 1024;

    void inspect(QTcpSocket *socket)
    {
        const qint64 before = socket->property(kReceived).toLongLong();
        const qint64 now = before + socket->bytesAvailable();
        socket->setProperty(kReceived, now);
        qint64 limit = socket->property(kLimit).toLongLong();
        bool refuse = false;
        if (before == 0) {
            // The start of a request: its headers normally arrive whole in the first chunk.
            const QByteArray head = socket->peek(kHeaderRoom);
            const qsizetype end = head.indexOf("\r\n\r\n");
            const QList<QByteArray> lines = head.left(end < 0 ? head.size() : end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).split(' ');
            limit = DocumentHandler::isUpload(requestLine.value(0), requestLine.value(1)) ? m_uploadLimit : m_limit;
            socket->setProperty(kLimit, limit);
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                    refuse = line.mid(colon + 1).trimmed().toLongLong() > limit;
            }
        }
        refuse = refuse || now > limit + kHeaderRoom;
        if (!refuse)
            return;
        qCInfo(lcPortalHttp) << "refused a body over" << limit << "bytes from" << socket->peerAddress().toString();
        const HttpReply reply = tooLarge(limit);
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: " + reply.contentType
                      + "\r\nContent-Length: " + QByteArray::number(reply.body.size())
                      + "\r\nConnection: close\r\n\r\n" + reply.body);
        socket->readAll(); // the HTTP server never sees it
        socket->disconnectFromHost();
    }

    qint64 m_limit;
    qint64 m_uploadLimit;
};

// Password hashing is CPU on purpose; the request thread answers everything else. Give the
// hashing threads a smaller share of the CPU so that a flood of logins delays other requests
// by little, while logins still get every cycle nobody else wants. On Linux a thread's nice
// value is its own (CFS weights nice 10 at about a tenth of nice 0), and Qt's thread priorities
// do nothing under SCHED_OTHER; elsewhere Qt's LowPriority maps to the system's.
void yieldToRequestThread()
{
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

PortalServer::PortalServer(PortalContext *context, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(context)
    , m_oauth(context)
    , m_api(context)
    , m_sync(context)
    , m_documents(context)
    , m_test(context)
{
    // Password checks use all cores, at a lower weight than the request thread (see
    // yieldToRequestThread()).
    m_hashing.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

PortalServer::~PortalServer()
{
    m_hashing.waitForDone();
}

quint16 PortalServer::start(const QHostAddress &address, quint16 port)
{
    auto *guard = new RequestGuard(m_context->maxBodyBytes, m_context->maxBlobBytes, this);
    if (!guard->listen(address, port)) {
        delete guard;
        return 0;
    }
    bind(guard);
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(address.toString());
    url.setPort(guard->serverPort());
    m_context->baseUrl = url;
    return guard->serverPort();
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

std::optional<HttpReply> PortalServer::testRequest(const QHttpServerRequest &request, const QString &path)
{
    // Only in test mode, and only for a caller that knows the secret the harness gave the
    // server: anyone else sees no such endpoint.
    if (!m_context->testMode || m_context->testSecret.isEmpty())
        return std::nullopt;
    const QByteArray given = headerValue(request, "X-Pass-Test-Secret");
    if (given.size() != m_context->testSecret.size())
        return std::nullopt;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ m_context->testSecret.at(i));
    if (diff != 0)
        return std::nullopt;
    return m_test.handle(request, path.mid(14));
}

HttpReply PortalServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    const qint64 limit = request.method() == QHttpServerRequest::Method::Put && path.startsWith(u"/api/v1/blobs/")
        ? m_context->maxBlobBytes
        : m_context->maxBodyBytes;
    if (request.body().size() > limit)
        return tooLarge(limit);
    if (path.startsWith(u"/api/v1/_test/")) {
        if (auto reply = testRequest(request, path))
            return *reply;
        return HttpReply::problem(Problem::notFound());
    }
    if (auto fault = injectedFault(path))
        return *fault;
    if (OAuthHandler::isLogin(request)) {
        auto begun = m_oauth.beginLogin(OAuthHandler::parseForm(request.body()), QString());
        if (const HttpReply *now = std::get_if<HttpReply>(&begun))
            return *now;
        const auto &attempt = std::get<OAuthHandler::LoginAttempt>(begun);
        return m_oauth.finishLogin(attempt, PasswordHasher::check(attempt.password, attempt.storedHash));
    }
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
    if (auto reply = m_documents.handle(*caller, request, segments))
        return *reply;
    if (auto reply = m_api.handle(*caller, request, segments))
        return *reply;
    return HttpReply::problem(Problem::notFound());
}

bool PortalServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const quint64 ticket = reserve(socket);
    const bool gzip = acceptsGzip(request);
    if (OAuthHandler::isLogin(request) && request.body().size() <= m_context->maxBodyBytes) {
        startLogin(request, socket, ticket, gzip);
        return true;
    }
    HttpReply reply = dispatch(request);
    qCDebug(lcPortalHttp) << request.method() << request.url().path() << reply.status
                          << reply.body.size() << "bytes" << timer.elapsed() << "ms";
    complete(socket, ticket, std::move(reply), gzip);
    return true;
}

void PortalServer::startLogin(const QHttpServerRequest &request, QTcpSocket *socket, quint64 ticket, bool gzip)
{
    auto begun = m_oauth.beginLogin(OAuthHandler::parseForm(request.body()), socket->peerAddress().toString());
    if (HttpReply *now = std::get_if<HttpReply>(&begun)) {
        complete(socket, ticket, std::move(*now), gzip);
        return;
    }
    if (m_pendingLogins >= MaxPendingLogins) {
        complete(socket, ticket, overload(503, 1), gzip);
        return;
    }
    ++m_pendingLogins;
    auto attempt = std::make_shared<OAuthHandler::LoginAttempt>(std::get<OAuthHandler::LoginAttempt>(std::move(begun)));
    QPointer<QTcpSocket> target(socket);
    m_hashing.start([this, attempt, target, ticket, gzip] {
        yieldToRequestThread();
        const PasswordHasher::Check check = PasswordHasher::check(attempt->password, attempt->storedHash);
        // Back on the server's thread: the rest touches the database and the connection.
        QMetaObject::invokeMethod(this, [this, attempt, target, ticket, gzip, check] {
            --m_pendingLogins;
            HttpReply reply = m_oauth.finishLogin(*attempt, check);
            if (target)
                complete(target, ticket, std::move(reply), gzip);
        }, Qt::QueuedConnection);
    });
}

quint64 PortalServer::reserve(QTcpSocket *socket)
{
    auto it = m_answers.find(socket);
    if (it == m_answers.end()) {
        it = m_answers.insert(socket, {});
        connect(socket, &QObject::destroyed, this, [this, socket] { m_answers.remove(socket); });
    }
    it->push_back({++m_nextTicket, false, false, {}});
    return m_nextTicket;
}

void PortalServer::complete(QTcpSocket *socket, quint64 ticket, HttpReply reply, bool gzip)
{
    const auto it = m_answers.find(socket);
    if (it == m_answers.end())
        return;
    for (Answer &answer : *it) {
        if (answer.ticket == ticket) {
            answer.ready = true;
            answer.gzip = gzip;
            answer.reply = std::move(reply);
            break;
        }
    }
    // Answers leave in the order of their requests.
    while (!it->empty() && it->front().ready) {
        Answer next = std::move(it->front());
        it->pop_front();
        write(socket, std::move(next.reply), next.gzip);
    }
}

void PortalServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    complete(socket, reserve(socket), HttpReply::problem(Problem::notFound()), acceptsGzip(request));
}

void PortalServer::write(QTcpSocket *socket, HttpReply reply, bool gzip)
{
    RequestGuard::answered(socket);
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : std::as_const(reply.headers))
        head += name + ": " + value + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    head += "Vary: Accept-Encoding\r\n";
    if (reply.stream) {
        if (gzip)
            head += "Content-Encoding: gzip\r\n";
        head += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(head);
        (new ChunkedWriter(socket, std::move(reply.stream), gzip))->start();
        return;
    }
    if (reply.body.size() > 512 && gzip && reply.compress) {
        const QByteArray compressed = gzipCompress(reply.body, 1);
        if (!compressed.isEmpty()) {
            reply.body = compressed;
            head += "Content-Encoding: gzip\r\n";
        }
    }
    if (reply.status != 304)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    // QTcpSocket::write(QByteArray) queues the array itself (implicitly shared): a feed page of
    // megabytes is not copied into the socket's buffer.
    socket->write(reply.body);
}

} // namespace pass::portal
