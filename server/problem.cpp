#include "problem.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace pass::portal {

QJsonObject Problem::toJson() const
{
    QJsonObject object{{u"type"_s, QString(u"urn:pass:problem:"_s + slug)},
                       {u"title"_s, title},
                       {u"status"_s, status}};
    if (!detail.isEmpty())
        object.insert(u"detail"_s, detail);
    if (!field.isEmpty())
        object.insert(u"field"_s, field);
    if (!rule.isEmpty())
        object.insert(u"rule"_s, rule);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const auto &[name, text] : errors)
            list.append(QJsonObject{{u"field"_s, name}, {u"detail"_s, text}});
        object.insert(u"errors"_s, list);
    }
    return object;
}

Problem Problem::badRequest(const QString &field, const QString &detail)
{
    Problem p{400, u"invalid-request"_s, u"The request is not valid"_s, detail, field, {}};
    if (!field.isEmpty())
        p.errors.append({field, detail});
    return p;
}

Problem Problem::notFound(const QString &detail)
{
    return {404, u"not-found"_s, u"Not found"_s,
            detail.isEmpty() ? u"No such resource, or not in your scope"_s : detail, {}, {}};
}

Problem Problem::forbidden(const QString &detail, const QString &field)
{
    Problem p{403, u"forbidden"_s, u"Not allowed for your role"_s, detail, field, {}};
    if (!field.isEmpty())
        p.errors.append({field, detail});
    return p;
}

Problem Problem::conflict(const QString &field, const QString &detail)
{
    Problem p{409, u"conflict"_s, u"Conflicts with the server's data"_s, detail, field, {}};
    if (!field.isEmpty())
        p.errors.append({field, detail});
    return p;
}

Problem Problem::workflow(int status, const QString &rule, const QString &detail)
{
    Problem p{status, u"workflow"_s, u"Refused by the support-request workflow"_s, detail, {}, {}};
    p.rule = rule;
    return p;
}

Problem Problem::unauthorized(const QString &detail)
{
    return {401, u"unauthorized"_s, u"Authentication required"_s, detail, {}, {}};
}

} // namespace pass::portal
