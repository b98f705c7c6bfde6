#include "testhandler.h"

#include "portalcontext.h"
#include "passwordhasher.h"
#include "portallog.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request, HttpReply *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = HttpReply::problem(Problem::badRequest(QString(), u"malformed JSON"_s));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<HttpReply> unknownKey(const QJsonObject &body, const QStringList &known)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return HttpReply::problem(Problem::badRequest(it.key(), u"unknown field"_s));
    }
    return std::nullopt;
}

} // namespace

TestHandler::TestHandler(PortalContext *context)
    : m_context(context)
{
}

std::optional<HttpReply> TestHandler::handle(const QHttpServerRequest &request, const QString &what)
{
    if (what == u"password-work" && request.method() == QHttpServerRequest::Method::Get) {
        const PasswordHasher::Work work = PasswordHasher::workDone();
        return HttpReply::json({{u"hashes"_s, qint64(work.hashes)}, {u"argon2_kib_passes"_s, qint64(work.argon2KiBPasses)}});
    }
    if (request.method() != QHttpServerRequest::Method::Post)
        return std::nullopt;
    HttpReply error;
    if (what == u"expire-cursors") {
        m_context->feed.expireCursors();
        return HttpReply::empty(204);
    }
    if (what == u"clock") {
        const auto body = jsonBody(request, &error);
        if (!body)
            return error;
        if (auto bad = unknownKey(*body, {u"advance_seconds"_s}))
            return bad;
        const QJsonValue seconds = body->value(u"advance_seconds"_s);
        if (!seconds.isDouble() || seconds.toInteger(-1) < 0)
            return HttpReply::problem(Problem::badRequest(u"advance_seconds"_s, u"must be an integer ≥ 0"_s));
        m_context->clock.advance(seconds.toInteger());
        qCInfo(lcPortal) << "test clock advanced by" << seconds.toInteger() << "s";
        return HttpReply::json({{u"now"_s, PortalClock::format(m_context->clock.now())}});
    }
    if (what == u"write-failures") {
        const auto body = jsonBody(request, &error);
        if (!body)
            return error;
        if (auto bad = unknownKey(*body, {u"count"_s}))
            return bad;
        const int count = body->value(u"count"_s).toInt(-1);
        if (count < 0 || count > 1000)
            return HttpReply::problem(Problem::badRequest(u"count"_s, u"must be 0 to 1000"_s));
        m_context->mutations.failNextWrites(count);
        return HttpReply::json({{u"count"_s, count}});
    }
    if (what == u"faults") {
        const auto body = jsonBody(request, &error);
        if (!body)
            return error;
        if (auto bad = unknownKey(*body, {u"status"_s, u"count"_s, u"retry_after"_s}))
            return bad;
        const int status = body->value(u"status"_s).toInt();
        if (status != 429 && status != 500 && status != 502 && status != 503)
            return HttpReply::problem(Problem::badRequest(u"status"_s, u"must be 429, 500, 502 or 503"_s));
        const int count = body->value(u"count"_s).toInt(-1);
        if (count < 0 || count > 1000000)
            return HttpReply::problem(Problem::badRequest(u"count"_s, u"must be 0 to 1000000"_s));
        const int retryAfter = body->value(u"retry_after"_s).toInt(1);
        if (retryAfter < 0 || retryAfter > 3600)
            return HttpReply::problem(Problem::badRequest(u"retry_after"_s, u"must be 0 to 3600"_s));
        m_context->faults = {status, count, retryAfter};
        return HttpReply::json({{u"status"_s, status}, {u"count"_s, count}, {u"retry_after"_s, retryAfter}});
    }
    return std::nullopt;
}

} // namespace pass::portal
