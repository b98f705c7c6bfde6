#pragma once

#include <QJsonObject>
#include <QString>

namespace pass::portal {

// Appends the request's current status to its status_history (a field only the portal writes):
// who moved it, when, and the reason given with a rejection or withdrawal.
void recordStatusChange(QJsonObject *request, const QString &by, const QString &at);

} // namespace pass::portal
