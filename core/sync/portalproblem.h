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
    // One readable sentence for the user, e.g. "The portal refused the request (400): ...".
    QString message() const;
};

} // namespace pass
