#include "requesthistory.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pass::portal {

void recordStatusChange(QJsonObject *request, const QString &by, const QString &at)
{
    QJsonArray history = request->value(u"status_history"_s).toArray();
    const QString status = request->value(u"status"_s).toString();
    QJsonObject entry{{u"status"_s, status}, {u"by"_s, by}, {u"at"_s, at}};
    if ((status == u"rejected" || status == u"withdrawn") && !request->value(u"status_reason"_s).toString().isEmpty())
        entry.insert(u"reason"_s, request->value(u"status_reason"_s).toString());
    history.append(entry);
    request->insert(u"status_history"_s, history);
}

} // namespace pass::portal
