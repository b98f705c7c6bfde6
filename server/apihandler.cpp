#include "apihandler.h"

#include "caller.h"
#include "fieldvalidator.h"
#include "portalcontext.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

QString entityOfCollection(const QString &segment)
{
    if (segment == u"case-files")
        return u"case_file"_s;
    if (segment == u"support-requests")
        return u"support_request"_s;
    if (segment == u"visits")
        return u"visit"_s;
    return {};
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

ApiHandler::ApiHandler(PortalContext *context)
    : m_context(context)
{
}

std::optional<HttpReply> ApiHandler::handle(const Caller &caller, const QHttpServerRequest &request,
                                            const QStringList &s)
{
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const qsizetype n = s.size();
    if (n == 1 && get && s[0] == u"me")
        return me(caller);
    if (n == 1 && get && s[0] == u"authorities")
        return reference(request, m_context->catalog.authoritiesJson());
    if (n == 2 && get && s[0] == u"authorities")
        return authority(s[1]);
    if (n == 1 && get && s[0] == u"task-forces")
        return reference(request, m_context->catalog.taskForcesJson());
    if (n == 1 && get && s[0] == u"procedure-types")
        return reference(request, m_context->catalog.procedureTypesJson());
    const QString entity = entityOfCollection(s.value(0));
    if (!entity.isEmpty() && get) {
        if (n == 1)
            return list(caller, request, entity);
        if (n == 2)
            return record(caller, entity, s[1]);
        if (n == 3 && entity == u"support_request" && s[2] == u"messages")
            return messages(caller, s[1]);
    }
    if (n == 2 && s[0] == u"assignments"
        && (get || request.method() == QHttpServerRequest::Method::Put))
        return assignments(caller, request, s[1]);
    return std::nullopt;
}

HttpReply ApiHandler::me(const Caller &caller) const
{
    QStringList authorities = caller.authorities.values();
    authorities.sort();
    return HttpReply::json({{u"username"_s, caller.username},
                            {u"role"_s, roleName(caller.role)},
                            {u"authorities"_s, QJsonArray::fromStringList(authorities)}});
}

HttpReply ApiHandler::reference(const QHttpServerRequest &request, const QByteArray &body) const
{
    const QByteArray etag = ReferenceCatalog::etagOf(body);
    const QByteArray ifNoneMatch = headerValue(request, "If-None-Match");
    if (!ifNoneMatch.isEmpty() && (ifNoneMatch == etag || ifNoneMatch == "*"
                                   || ifNoneMatch.split(',').contains(etag))) {
        HttpReply reply = HttpReply::empty(304);
        reply.header("ETag", etag);
        return reply;
    }
    HttpReply reply = HttpReply::jsonBytes(body);
    reply.header("ETag", etag);
    reply.header("Cache-Control", "no-cache");
    return reply;
}

HttpReply ApiHandler::authority(const QString &istat) const
{
    if (!m_context->catalog.hasAuthority(istat))
        return HttpReply::problem(Problem::notFound(u"no authority with this ISTAT code"_s));
    return HttpReply::json(m_context->catalog.authority(istat));
}

HttpReply ApiHandler::list(const Caller &caller, const QHttpServerRequest &request,
                           const QString &entity) const
{
    const QUrlQuery query = request.query();
    const QString after = query.queryItemValue(u"after"_s);
    if (!after.isEmpty() && !FieldValidator::isUuid(after))
        return HttpReply::problem(Problem::badRequest(u"after"_s, u"must be a record id"_s));
    int limit = 100;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return HttpReply::problem(Problem::badRequest(u"limit"_s, u"must be 1 to 1000"_s));
    }
    QString nextAfter;
    bool hasMore = false;
    const QByteArray items = m_context->store.listPage(caller, entity, after, limit, &nextAfter,
                                                       &hasMore);
    QByteArray body = "{\"items\":" + items + ",\"next_after\":";
    body += nextAfter.isEmpty() ? QByteArray("null") : '"' + nextAfter.toLatin1() + '"';
    body += ",\"has_more\":";
    body += hasMore ? "true}" : "false}";
    return HttpReply::jsonBytes(body);
}

HttpReply ApiHandler::record(const Caller &caller, const QString &entity, const QString &id) const
{
    const auto stored = m_context->store.load(id);
    if (!stored || stored->deleted || stored->entity != entity
        || !caller.canRead(stored->authorityIstat))
        return HttpReply::problem(Problem::notFound());
    return HttpReply::jsonBytes(RecordStore::wireJson(*stored));
}

HttpReply ApiHandler::messages(const Caller &caller, const QString &requestId) const
{
    const auto stored = m_context->store.load(requestId);
    if (!stored || stored->deleted || stored->entity != u"support_request"
        || !caller.canRead(stored->authorityIstat))
        return HttpReply::problem(Problem::notFound());
    return HttpReply::jsonBytes("{\"items\":" + m_context->store.messagesOf(requestId) + '}');
}

HttpReply ApiHandler::assignments(const Caller &caller, const QHttpServerRequest &request,
                                  const QString &expert)
{
    const bool mayRead = caller.role == Role::Coordinator || caller.username == expert;
    const auto user = m_context->users.find(expert);
    if (!mayRead || !user || user->role != Role::Expert)
        return HttpReply::problem(Problem::notFound());
    if (request.method() == QHttpServerRequest::Method::Put) {
        if (caller.role != Role::Coordinator)
            return HttpReply::problem(Problem::forbidden(u"only coordinators assign experts"_s));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return HttpReply::problem(Problem::badRequest(QString(), u"malformed JSON: "_s + error.errorString()));
        const QJsonObject body = doc.object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != u"authorities")
                return HttpReply::problem(Problem::badRequest(it.key(), u"unknown field"_s));
        }
        if (!body.value(u"authorities"_s).isArray())
            return HttpReply::problem(Problem::badRequest(u"authorities"_s, u"required: an array of ISTAT codes"_s));
        const QJsonArray list = body.value(u"authorities"_s).toArray();
        QStringList codes;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString code = list.at(i).toString();
            if (!m_context->catalog.hasAuthority(code))
                return HttpReply::problem(Problem::badRequest(u"authorities[%1]"_s.arg(i), u"unknown authority"_s));
            codes.append(code);
        }
        QString why;
        if (!m_context->users.setAssignments(expert, codes, &why))
            return HttpReply::problem(Problem::badRequest(u"authorities"_s, why));
    }
    QStringList codes = m_context->users.find(expert)->authorities.values();
    codes.sort();
    return HttpReply::json({{u"expert"_s, expert}, {u"authorities"_s, QJsonArray::fromStringList(codes)}});
}

} // namespace pass::portal
