#pragma once

#include <QJsonObject>
#include <QString>

namespace pass {

// An RFC 9457 problem (application/problem+json) as the portal sends it.
struct PortalProblem
{
    int status = 0;
    QString type;
    QString title;
    QString detail;
    QString field; // the offending field, when the server names one

    static PortalProblem fromJson(const QJsonObject &json, int httpStatus);
    QJsonObject toJson() const;
    // True when this is the portal refusing the edit by one of its rules (a 4xx problem with a
    // type): final, shown to the person. A server failure (5xx), a request to slow down, or a
    // problem that names no rule says nothing about the edit: it is sent again later.
    bool namesARule() const;
    // One readable sentence for the user, e.g. "The portal refused the request (400): ...".
    QString message() const;
};

} // namespace pass
