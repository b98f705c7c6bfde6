#include "casefilerules.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace pass {

QList<CaseFileProblem> checkCaseFile(const CaseFile &c,
                                     const std::function<bool(const QString &)> &authorityExists,
                                     const QHash<QString, ProcedureType> &types)
{
    QList<CaseFileProblem> problems;
    if (c.authorityIstat.isEmpty())
        problems.append({u"authority_istat"_s, QObject::tr("missing")});
    else if (!authorityExists(c.authorityIstat))
        problems.append({u"authority_istat"_s, QObject::tr("unknown authority '%1'").arg(c.authorityIstat)});
    if (!types.contains(c.procedureCode))
        problems.append({u"procedure_code"_s, QObject::tr("unknown procedure '%1'").arg(c.procedureCode)});
    if (c.protocolNumber.trimmed().isEmpty())
        problems.append({u"protocol_number"_s, QObject::tr("missing")});
    if (!c.startDate.isValid())
        problems.append({u"start_date"_s, QObject::tr("missing or not a date")});
    if (c.endDate.isValid() && c.startDate.isValid() && c.endDate < c.startDate)
        problems.append({u"end_date"_s, QObject::tr("%1 is before the start date %2")
                                            .arg(c.endDate.toString(Qt::ISODate), c.startDate.toString(Qt::ISODate))});
    if (c.endDate.isValid() && !c.outcome)
        problems.append({u"outcome"_s, QObject::tr("a concluded case file needs an outcome (express, tacit or withdrawn)")});
    if (c.outcome && !c.endDate.isValid())
        problems.append({u"end_date"_s, QObject::tr("a case file with an outcome needs its end date")});
    for (const Suspension &s : c.suspensions) {
        if (s.from.isValid() && s.to.isValid() && s.to < s.from) {
            problems.append({u"suspensions"_s, QObject::tr("a period ends before it starts")});
            break;
        }
        // The portal's limit (docs/api/openapi.yaml, Suspension.days): refused there, so here too.
        if (s.days < 0 || s.days > 36500) {
            problems.append({u"suspensions"_s, QObject::tr("%1 days of suspension is out of range (0 to 36500)").arg(s.days)});
            break;
        }
    }
    return problems;
}

} // namespace pass
