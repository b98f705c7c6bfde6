#include "portalclient.h"

#include "core/sync/syncclock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::PortalClient", text);
}

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (at.isValid())
        return std::max<qint64>(0, now.msecsTo(at));
    return std::nullopt;
}

bool transientNetworkError(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::HostNotFoundError:
        return true;
    default:
        return false;
    }
}

} // namespace

PortalClient::PortalClient(QNetworkAccessManager *nam, SyncClock *clock) : m_nam(nam), m_clock(clock) { }

PortalClient::~PortalClient() = default;

bool PortalClient::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool PortalClient::setBaseUrl(const QUrl &url, QString *error)
{
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("The portal address '%1' is not a valid URL").arg(url.toString());
        return false;
    }
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopback(url))) {
        *error = tr("The portal address must use https:// (plain http is only allowed for this "
                    "computer, e.g. http://127.0.0.1): %1").arg(url.toString());
        return false;
    }
    m_baseUrl = url;
    QString path = m_baseUrl.path();
    if (path.endsWith(u'/'))
        m_baseUrl.setPath(path.chopped(1));
    return true;
}

QUrl PortalClient::resolve(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

PortalReply PortalClient::get(const QString &path, const QUrlQuery &query, bool withToken)
{
    return send(Verb::Get, resolve(path, query), {}, withToken);
}

PortalReply PortalClient::get(const QString &path, const QUrlQuery &query, const BodyParser &parse)
{
    return send(Verb::Get, resolve(path, query), {}, true, parse);
}

PortalReply PortalClient::postJson(const QString &path, const QJsonObject &body)
{
    return send(Verb::PostJson, resolve(path), QJsonDocument(body).toJson(QJsonDocument::Compact), true);
}

PortalReply PortalClient::putBytes(const QString &path, const QByteArray &body, const QByteArray &contentType)
{
    m_putType = contentType.isEmpty() ? QByteArray("application/octet-stream") : contentType;
    return send(Verb::Put, resolve(path), body, true);
}

PortalReply PortalClient::getBytes(const QString &path)
{
    return send(Verb::Get, resolve(path), {}, true, [](const QByteArray &, QString *) { return true; });
}

PortalReply PortalClient::postForm(const QUrl &url, const QUrlQuery &form, bool withToken)
{
    // application/x-www-form-urlencoded by hand: QUrlQuery leaves '+' alone, which a form
    // decoder would read as a space.
    QByteArray body;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return send(Verb::PostForm, url, body, withToken);
}

PortalReply PortalClient::send(Verb verb, const QUrl &url, const QByteArray &body, bool withToken,
                               const BodyParser &parse)
{
    PortalReply reply;
    bool refreshed = false;
    for (int attempt = 0;; ++attempt) {
        if (m_cancel && m_cancel->load()) {
            reply.cancelled = true;
            reply.error = tr("Cancelled");
            return reply;
        }
        std::optional<qint64> retryAfter;
        bool retryable = false;
        const int attempts = reply.attempts;
        const qint64 bytes = reply.bytes;
        reply = sendOnce(verb, url, body, withToken, &retryAfter, &retryable, parse);
        reply.attempts = attempts + 1;
        reply.bytes += bytes;
        if (reply.ok || reply.cancelled)
            return reply;
        if (reply.status == 401 && withToken && !refreshed && m_refresher) {
            refreshed = true;
            const QString fresh = m_refresher();
            if (!fresh.isEmpty()) {
                m_token = fresh;
                --attempt; // a refresh is not a failed attempt
                continue;
            }
        }
        if (!retryable || reply.attempts >= m_maxAttempts)
            return reply;
        if (retryAfter && *retryAfter > m_maxRetryAfterMs) {
            reply.error = tr("The portal asked to come back in %1 s: giving up for now (%2)")
                              .arg(*retryAfter / 1000).arg(reply.error);
            return reply;
        }
        const qint64 delay = m_backoff.delayMs(attempt, retryAfter);
        qCInfo(lcSync).noquote() << "retrying" << url.path() << "in" << delay << "ms after:" << reply.error;
        if (!m_clock->wait(delay, m_cancel)) {
            reply.cancelled = true;
            reply.error = tr("Cancelled");
            return reply;
        }
    }
}

QNetworkReply *PortalClient::start(Verb verb, const QUrl &url, const QByteArray &body, bool withToken)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (withToken && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    switch (verb) {
    case Verb::Get:
        break;
    case Verb::PostJson:
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return m_nam->post(request, body);
    case Verb::PostForm:
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        return m_nam->post(request, body);
    case Verb::Put:
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(m_putType));
        return m_nam->put(request, body);
    }
    return m_nam->get(request);
}

PortalReply PortalClient::sendOnce(Verb verb, const QUrl &url, const QByteArray &body, bool withToken,
                                   std::optional<qint64> *retryAfterMs, bool *retryable, const BodyParser &parse)
{
    QNetworkReply *r = start(verb, url, body, withToken);
    auto cleanup = qScopeGuard([r] { r->deleteLater(); });
    if (!r->isFinished()) {
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        // Cancel from another thread: poll the flag while waiting.
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [this, r] {
            if (m_cancel && m_cancel->load())
                r->abort();
        });
        poll.start(100);
        loop.exec();
    }

    PortalReply reply;
    reply.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.body = r->readAll();
    reply.bytes = reply.body.size();
    const QNetworkReply::NetworkError netError = r->error();
    if (m_cancel && m_cancel->load()) {
        reply.cancelled = true;
        reply.error = tr("Cancelled");
        return reply;
    }
    if (reply.status == 0) {
        *retryable = transientNetworkError(netError);
        reply.error = (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError)
            ? tr("The portal did not answer in time (%1 s)").arg(m_timeoutMs / 1000)
            : tr("Cannot reach the portal: %1").arg(r->errorString());
        return reply;
    }
    *retryAfterMs = parseRetryAfter(r->rawHeader("Retry-After"), m_clock->nowUtc());
    if (reply.status >= 400) {
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        reply.problem = doc.isObject() ? PortalProblem::fromJson(doc.object(), reply.status)
                                       : PortalProblem{reply.status, {}, r->errorString(), {}, {}};
        reply.error = reply.problem.message();
        *retryable = reply.status == 429 || reply.status == 500 || reply.status == 502
            || reply.status == 503 || reply.status == 504 || reply.status == 408;
        return reply;
    }
    if (netError != QNetworkReply::NoError) {
        // The headers came but the body was cut off (connection reset mid-transfer).
        *retryable = true;
        reply.error = tr("The portal's answer was interrupted: %1").arg(r->errorString());
        return reply;
    }
    if (reply.status == 204 || reply.body.isEmpty()) {
        reply.ok = reply.status == 204 || verb != Verb::Get;
        if (!reply.ok) {
            *retryable = true;
            reply.error = tr("The portal sent an empty answer");
        }
        return reply;
    }
    if (parse) {
        QString parseError;
        if (!parse(reply.body, &parseError)) {
            *retryable = true; // as for QJsonDocument below
            reply.error = tr("The portal sent a malformed answer (%1)").arg(parseError);
            return reply;
        }
        reply.ok = true;
        return reply;
    }
    QJsonParseError parseError;
    reply.json = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !reply.json.isObject()) {
        // Truncated or garbled JSON: nothing is applied; a retry usually gets a whole answer.
        *retryable = true;
        reply.error = tr("The portal sent a malformed answer (%1 at byte %2)")
                          .arg(parseError.errorString()).arg(parseError.offset);
        reply.json = {};
        return reply;
    }
    reply.ok = true;
    return reply;
}

} // namespace pass
