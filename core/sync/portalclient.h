#pragma once

#include "core/sync/backoff.h"
#include "core/sync/portalproblem.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <functional>
#include <optional>

namespace pass {

class SyncClock;

// The answer to one logical request, after retries.
struct PortalReply
{
    bool ok = false;       // 2xx with a well-formed body
    int status = 0;        // HTTP status, 0 when no answer arrived
    QJsonDocument json;    // the parsed body of a successful JSON answer
    QByteArray body;       // the raw (decompressed) body
    PortalProblem problem; // set when status >= 400
    QString error;         // readable explanation when !ok
    bool cancelled = false;
    int attempts = 0;
    qint64 bytes = 0;
};

// HTTP access to the portal: base URL (HTTPS for every host but loopback), bearer token,
// gzip (QNetworkAccessManager asks for and inflates it), problem+json answers turned into
// readable messages, a transfer timeout, and retries of transient failures (network errors,
// 5xx, 429, truncated or invalid JSON) with capped exponential backoff and full jitter that
// honours Retry-After. Blocking: each call runs a local event loop, so the sync engine runs it
// in a worker thread (or in passctl's main thread). The token itself is never logged.
class PortalClient
{
public:
    PortalClient(QNetworkAccessManager *nam, SyncClock *clock);
    ~PortalClient();
    PortalClient(const PortalClient &) = delete;
    PortalClient &operator=(const PortalClient &) = delete;

    // Rejects plain http for hosts other than loopback; returns false and explains why.
    bool setBaseUrl(const QUrl &url, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    static bool isLoopback(const QUrl &url);

    void setAccessToken(const QString &token) { m_token = token; }
    // The token requests carry now (after a refresh, the fresh one). Never log it.
    QString accessToken() const { return m_token; }
    // Called once on a 401 to get a fresh token (refresh); returns empty when none.
    void setTokenRefresher(std::function<QString()> refresher) { m_refresher = std::move(refresher); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Longest Retry-After the client accepts before giving up for this sync.
    void setMaxRetryAfterMs(qint64 ms) { m_maxRetryAfterMs = ms; }

    PortalReply get(const QString &path, const QUrlQuery &query = {}, bool withToken = true);
    // Reads a successful body instead of QJsonDocument (reply.json stays empty): a body it
    // refuses (false, *error saying why) is a malformed answer, retried as any other.
    using BodyParser = std::function<bool(const QByteArray &body, QString *error)>;
    PortalReply get(const QString &path, const QUrlQuery &query, const BodyParser &parse);
    PortalReply postJson(const QString &path, const QJsonObject &body);
    // PUT of raw bytes (a document's content); the JSON answer in reply.json.
    PortalReply putBytes(const QString &path, const QByteArray &body, const QByteArray &contentType);
    // GET of raw bytes (a document's content): reply.body, whatever its type.
    PortalReply getBytes(const QString &path);
    // A form POST to an absolute URL (OAuth token and revocation endpoints).
    PortalReply postForm(const QUrl &url, const QUrlQuery &form, bool withToken = false);

    QUrl resolve(const QString &path, const QUrlQuery &query = {}) const;

private:
    enum class Verb { Get, PostJson, PostForm, Put };
    PortalReply send(Verb verb, const QUrl &url, const QByteArray &body, bool withToken,
                     const BodyParser &parse = {});
    QByteArray m_putType; // Content-Type of the PUT under way
    PortalReply sendOnce(Verb verb, const QUrl &url, const QByteArray &body, bool withToken,
                         std::optional<qint64> *retryAfterMs, bool *retryable, const BodyParser &parse);
    QNetworkReply *start(Verb verb, const QUrl &url, const QByteArray &body, bool withToken);

    QNetworkAccessManager *m_nam;
    SyncClock *m_clock;
    QUrl m_baseUrl;
    QString m_token;
    std::function<QString()> m_refresher;
    Backoff m_backoff;
    const std::atomic_bool *m_cancel = nullptr;
    int m_timeoutMs = 30'000;
    int m_maxAttempts = 6;
    qint64 m_maxRetryAfterMs = 10 * 60'000;
};

} // namespace pass
