#include "casefilevalidator.h"

#include "core/store/casefilerules.h"
#include "core/store/referencestore.h"
#include "core/store/sql.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// The catalogue's level name for an authority's kind (procedure_types.authority_levels).
QString levelOf(const Authority &a)
{
    return a.kind.toUpper();
}

} // namespace

CaseFileValidator::CaseFileValidator(QSqlDatabase db) : m_db(std::move(db))
{
    reload();
}

void CaseFileValidator::reload()
{
    ReferenceStore reference(m_db);
    m_authorities.clear();
    m_readError.clear();
    QList<Authority> authorities;
    if (!reference.authorities(&authorities, &m_readError) || !reference.procedureTypesByCode(&m_types, &m_readError))
        return;
    m_authorities.reserve(authorities.size());
    for (const Authority &a : std::as_const(authorities))
        m_authorities.insert(a.istat, a);
}

QString CaseFileValidator::duplicateOf(const CaseFile &c) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT start_date FROM case_files WHERE authority_istat = ? AND protocol_number = ? AND id <> ?"_s);
    q.addBindValue(c.authorityIstat);
    q.addBindValue(c.protocolNumber.trimmed());
    q.addBindValue(c.id);
    if (!q.exec())
        return tr("The protocol number cannot be checked: the store cannot be read (%1).").arg(sql::describe(q));
    if (!q.next())
        return {};
    const QDate start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return tr("Another case file of this authority already has protocol number %1 (started on %2).")
        .arg(c.protocolNumber.trimmed(), longDate(start));
}

QList<FieldProblem> CaseFileValidator::check(const CaseFile &c) const
{
    QHash<CaseFileField, QString> found;
    auto add = [&found](CaseFileField field, const QString &message) {
        if (!found.contains(field))
            found.insert(field, message);
    };
    // Without the authority list and the catalogue every authority and procedure would look
    // unknown: say what happened instead, and keep Save disabled.
    if (!m_readError.isEmpty())
        return {{CaseFileField::Authority, tr("The authorities and procedures cannot be read from the store: %1").arg(m_readError)}};

    const auto authority = m_authorities.constFind(c.authorityIstat);
    if (c.authorityIstat.isEmpty())
        add(CaseFileField::Authority, tr("Choose the authority the case file belongs to."));
    else if (authority == m_authorities.cend())
        add(CaseFileField::Authority, tr("There is no authority with ISTAT code %1.").arg(c.authorityIstat));

    const auto type = m_types.constFind(c.procedureCode);
    if (c.procedureCode.isEmpty()) {
        add(CaseFileField::Procedure, tr("Choose the procedure."));
    } else if (type == m_types.cend()) {
        add(CaseFileField::Procedure, tr("%1 is not one of the monitored procedures.").arg(c.procedureCode));
    } else if (authority != m_authorities.cend() && !type->authorityLevels.isEmpty()
               && !type->authorityLevels.split(u'|').contains(levelOf(*authority))) {
        add(CaseFileField::Procedure, tr("%1 does not handle this procedure: it belongs to %2.")
                                          .arg(authority->name, type->authorityLevels.toLower().replace(u'|', u", "_s)));
    }

    if (c.protocolNumber.trimmed().isEmpty())
        add(CaseFileField::Protocol, tr("Enter the protocol number."));
    else if (const QString duplicate = duplicateOf(c); !duplicate.isEmpty())
        add(CaseFileField::Protocol, duplicate);

    if (!c.startDate.isValid())
        add(CaseFileField::StartDate, tr("Enter the date the application was received."));
    else if (c.startDate > m_today)
        add(CaseFileField::StartDate, tr("The start date is after today."));

    if (c.endDate.isValid() && c.startDate.isValid() && c.endDate < c.startDate)
        add(CaseFileField::EndDate, tr("The end date comes before the start date (%1).").arg(longDate(c.startDate)));
    else if (c.endDate.isValid() && c.endDate > m_today)
        add(CaseFileField::EndDate, tr("The end date is after today."));
    else if (c.outcome && !c.endDate.isValid())
        add(CaseFileField::EndDate, tr("A case file with an outcome needs the date it ended."));
    if (c.endDate.isValid() && !c.outcome)
        add(CaseFileField::Outcome, tr("Say how the case file ended: express decision, tacit approval or withdrawn."));

    for (qsizetype i = 0; i < c.suspensions.size(); ++i) {
        const Suspension &s = c.suspensions.at(i);
        const int n = int(i + 1);
        const bool dated = s.from.isValid() || s.to.isValid();
        if (dated && (!s.from.isValid() || !s.to.isValid()))
            add(CaseFileField::Suspensions, tr("Suspension %1: enter both dates, or only a number of days.").arg(n));
        else if (dated && s.to < s.from)
            add(CaseFileField::Suspensions, tr("Suspension %1 ends before it begins.").arg(n));
        else if (dated && c.startDate.isValid() && s.from < c.startDate)
            add(CaseFileField::Suspensions, tr("Suspension %1 begins before the case file started.").arg(n));
        else if (dated && c.endDate.isValid() && s.to > c.endDate)
            add(CaseFileField::Suspensions, tr("Suspension %1 ends after the case file ended.").arg(n));
        else if (!dated && s.days <= 0)
            add(CaseFileField::Suspensions, tr("Suspension %1: enter its dates or its number of days.").arg(n));
        else if (s.days > 36500)
            add(CaseFileField::Suspensions, tr("Suspension %1: %2 days is too long.").arg(n).arg(s.days));
    }

    // Whatever the store would still refuse is said too, so that Save is never enabled for a
    // case the store rejects.
    auto authorityExists = [this](const QString &istat) { return m_authorities.contains(istat); };
    for (const CaseFileProblem &p : checkCaseFile(c, authorityExists, m_types))
        add(caseFileFieldFromName(p.field).value_or(CaseFileField::Notes), p.reason);

    QList<FieldProblem> problems;
    for (int f = int(CaseFileField::Authority); f <= int(CaseFileField::Notes); ++f) {
        const auto it = found.constFind(CaseFileField(f));
        if (it != found.cend())
            problems.append({CaseFileField(f), *it});
    }
    return problems;
}

QString CaseFileValidator::describe(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << caseFileFieldLabel(p.field) + u": "_s + p.message;
    return lines.join(u'\n');
}

} // namespace pass
