// MutationProcessor::checkRules: the referential and cross-field rules of each entity.
#include "mutationprocessor.h"

#include "caller.h"
#include "referencecatalog.h"
#include "userdirectory.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pass::portal {

QList<std::pair<QString, QString>> MutationProcessor::checkRules(const QString &entity,
                                                                 const QJsonObject &data,
                                                                 const StoredRecord * /*current*/,
                                                                 const QString &authorityIstat,
                                                                 const QString &prefix) const
{
    QList<std::pair<QString, QString>> errors;
    auto at = [&](const QString &field) -> QString { return prefix + u'.' + field; };
    if (entity == u"case_file") {
        if (!m_catalog->hasProcedure(data.value(u"procedure_code"_s).toString()))
            errors.append({at(u"procedure_code"_s), u"unknown procedure type"_s});
        const QString start = data.value(u"start_date"_s).toString();
        const QJsonValue end = data.value(u"end_date"_s);
        const QJsonValue outcome = data.value(u"outcome"_s);
        if (end.isNull() != outcome.isNull())
            errors.append({at(end.isNull() ? u"end_date"_s : u"outcome"_s),
                           u"end_date and outcome are set together (closed) or both null (open)"_s});
        if (end.isString() && end.toString() < start)
            errors.append({at(u"end_date"_s), u"is before start_date"_s});
    } else if (entity == u"support_request") {
        const QString taskForce = data.value(u"task_force_code"_s).toString();
        if (!m_catalog->hasTaskForce(taskForce))
            errors.append({at(u"task_force_code"_s), u"unknown task force"_s});
        const QJsonArray codes = data.value(u"procedure_codes"_s).toArray();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QString code = codes.at(i).toString();
            if (!m_catalog->hasProcedure(code))
                errors.append({at(u"procedure_codes[%1]"_s.arg(i)), u"unknown procedure type"_s});
            else if (m_catalog->taskForceOf(code) != taskForce)
                errors.append({at(u"procedure_codes[%1]"_s.arg(i)),
                               u"belongs to task force %1"_s.arg(m_catalog->taskForceOf(code))});
        }
        // Status moves are not checked here: the workflow's rule table (AccessPolicy, before these
        // rules) decides who moves a request from which status to which, for a new one too.
        const QJsonArray experts = data.value(u"assigned_experts"_s).toArray();
        for (qsizetype i = 0; i < experts.size(); ++i) {
            const auto user = m_users->find(experts.at(i).toString());
            if (!user || user->role != Role::Expert)
                errors.append({at(u"assigned_experts[%1]"_s.arg(i)), u"not an expert"_s});
            else if (!user->authorities.contains(authorityIstat))
                errors.append({at(u"assigned_experts[%1]"_s.arg(i)),
                               u"the expert is not assigned to authority %1"_s.arg(authorityIstat)});
        }
    } else if (entity == u"visit") {
        const auto user = m_users->find(data.value(u"expert"_s).toString());
        if (!user || user->role != Role::Expert)
            errors.append({at(u"expert"_s), u"not an expert"_s});
    }
    return errors;
}

} // namespace pass::portal
