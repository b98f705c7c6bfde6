#include "synchandler.h"

#include "caller.h"
#include "portalcontext.h"
#include "portallog.h"
#include "snapshotsource.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

SyncHandler::SyncHandler(PortalContext *context)
    : m_context(context)
{
}

std::optional<HttpReply> SyncHandler::handle(const Caller &caller,
                                             const QHttpServerRequest &request,
                                             const QStringList &s)
{
    if (s.size() != 2 || s[0] != u"sync")
        return std::nullopt;
    if (s[1] == u"changes" && request.method() == QHttpServerRequest::Method::Get)
        return changes(caller, request);
    if (s[1] == u"snapshot" && request.method() == QHttpServerRequest::Method::Get)
        return snapshot(caller, request);
    if (s[1] == u"mutations" && request.method() == QHttpServerRequest::Method::Post)
        return mutations(caller, request);
    return std::nullopt;
}

HttpReply SyncHandler::changes(const Caller &caller, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    for (const auto &[key, value] : query.queryItems()) {
        if (key != u"cursor" && key != u"limit")
            return HttpReply::problem(Problem::badRequest(key, u"unknown parameter"_s));
    }
    int limit = ChangeFeed::DefaultLimit;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > ChangeFeed::MaxLimit)
            return HttpReply::problem(Problem::badRequest(
                u"limit"_s, u"must be an integer from 1 to %1"_s.arg(ChangeFeed::MaxLimit)));
    }
    Problem problem;
    QByteArray body = m_context->feed.page(caller, query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded),
                                           limit, &problem);
    if (!problem.isNull())
        return HttpReply::problem(problem);
    return HttpReply::jsonBytes(std::move(body));
}

HttpReply SyncHandler::snapshot(const Caller &caller, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    if (!query.isEmpty())
        return HttpReply::problem(
            Problem::badRequest(query.queryItems().constFirst().first, u"unknown parameter"_s));
    auto source = std::make_shared<SnapshotSource>(m_context->database->path(), caller,
                                                   &m_context->feed);
    if (!source->open()) {
        qCWarning(lcPortalSync) << "snapshot failed:" << source->errorString();
        return HttpReply::problem({500, u"internal"_s, u"Internal error"_s, source->errorString(), {}, {}});
    }
    qCInfo(lcPortalSync) << "snapshot for" << caller.username << "at" << source->sequence();
    HttpReply reply;
    reply.contentType = "application/json";
    reply.stream = std::move(source);
    return reply;
}

HttpReply SyncHandler::mutations(const Caller &caller, const QHttpServerRequest &request)
{
    // A batch is JSON and says so: a body of another type (a form, text/plain from a page on
    // another site) is refused, whatever it contains.
    QByteArray contentType;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value.split(';').first().trimmed().toLower();
    }
    if (contentType != "application/json")
        return HttpReply::problem({415, u"unsupported-media-type"_s, u"Unsupported media type"_s,
                                   u"send the batch as application/json"_s, u"Content-Type"_s, {}});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError)
        return HttpReply::problem(Problem::badRequest(
            QString(), u"malformed JSON at offset %1: %2"_s.arg(error.offset).arg(error.errorString())));
    if (!doc.isObject())
        return HttpReply::problem(Problem::badRequest(QString(), u"the body must be a JSON object"_s));
    const QJsonObject body = doc.object();
    Problem problem = MutationProcessor::checkBatch(body);
    if (!problem.isNull())
        return HttpReply::problem(problem);
    QJsonArray results;
    if (!m_context->mutations.apply(caller, body.value(u"mutations"_s).toArray(), &results, &problem))
        return HttpReply::problem(problem);
    return HttpReply::json({{u"results"_s, results}});
}

} // namespace pass::portal
