#include "portalproblem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pass {

PortalProblem PortalProblem::fromJson(const QJsonObject &json, int httpStatus)
{
    PortalProblem p;
    p.status = json.value(u"status").toInt(httpStatus);
    p.type = json.value(u"type").toString();
    p.title = json.value(u"title").toString();
    p.detail = json.value(u"detail").toString();
    p.field = json.value(u"field").toString();
    return p;
}

QJsonObject PortalProblem::toJson() const
{
    QJsonObject o{{u"status"_s, status}, {u"title"_s, title}, {u"detail"_s, detail}};
    if (!type.isEmpty())
        o.insert(u"type"_s, type);
    if (!field.isEmpty())
        o.insert(u"field"_s, field);
    return o;
}

bool PortalProblem::namesARule() const
{
    const bool transientStatus = status == 408 || status == 425 || status == 429;
    return status >= 400 && status < 500 && !transientStatus && !type.isEmpty();
}

QString PortalProblem::message() const
{
    QString what = title.isEmpty() ? QCoreApplication::translate("pass::PortalProblem", "The portal refused the request")
                                   : title;
    QString text = u"%1 (%2)"_s.arg(what).arg(status);
    if (!detail.isEmpty())
        text += u": "_s + detail;
    if (!field.isEmpty())
        text += u" [%1]"_s.arg(field);
    return text;
}

} // namespace pass
