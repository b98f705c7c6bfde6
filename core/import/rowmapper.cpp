#include "rowmapper.h"

#include "core/import/referencelookup.h"
#include "core/import/sourcerow.h"
#include "core/import/valueparsers.h"

#include <QObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pass {

RowMapper::RowMapper(const ImportMapping &mapping, const ReferenceLookup &reference, bool serialDates)
    : m_mapping(mapping), m_reference(reference), m_serialDates(serialDates)
{
    for (int i = 0; i < kImportFieldCount; ++i)
        m_columns[i] = mapping.column(ImportField(i));
}

// A registry repeats a handful of words a million times; folding each (Unicode decomposition
// included) every time was a visible share of an import. The caches are bounded.
std::optional<bool> RowMapper::flagOf(const QString &value) const
{
    const auto it = m_flagCache.constFind(value);
    if (it != m_flagCache.cend())
        return *it;
    const std::optional<bool> flag = parseFlag(value);
    if (m_flagCache.size() < kCacheLimit)
        m_flagCache.insert(value, flag);
    return flag;
}

OutcomeWord RowMapper::outcomeOf(const QString &value) const
{
    const auto it = m_outcomeCache.constFind(value);
    if (it != m_outcomeCache.cend())
        return *it;
    const OutcomeWord word = classifyOutcome(value);
    if (m_outcomeCache.size() < kCacheLimit)
        m_outcomeCache.insert(value, word);
    return word;
}

const QString &RowMapper::text(const SourceRow &row, ImportField f) const
{
    static const QString null;
    const int col = m_columns[int(f)];
    if (col < 0)
        return null;
    QString &cell = m_cells[int(f)];
    row.cellInto(col, &cell);
    const QStringView trimmed = QStringView(cell).trimmed();
    if (trimmed.isEmpty())
        return null;
    if (trimmed.size() != cell.size()) {
        const qsizetype from = trimmed.data() - cell.constData();
        cell.truncate(from + trimmed.size());
        cell.remove(0, from);
    }
    return cell;
}

void RowMapper::map(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems, QUuid *id) const
{
    *c = CaseFile();
    if (id)
        *id = QUuid();
    const int authorityCol = m_columns[int(ImportField::AuthorityIstat)];
    const QString &authority = text(row, ImportField::AuthorityIstat);
    if (authority.isEmpty()) {
        c->authorityIstat = m_mapping.defaultAuthority;
    } else {
        c->authorityIstat = m_reference.resolveAuthority(authority);
        if (c->authorityIstat.isEmpty()) {
            c->authorityIstat = authority; // reported as unknown by the store rules
            problems->append({ImportField::AuthorityIstat, authorityCol,
                              QObject::tr("no authority is named '%1'").arg(authority), authority});
        }
    }

    const QString &procedure = text(row, ImportField::ProcedureCode);
    QString code = m_mapping.valueFor(ImportField::ProcedureCode, procedure);
    if (code.isEmpty())
        code = m_reference.resolveProcedure(procedure);
    if (code.isEmpty() && !procedure.isEmpty()) {
        problems->append({ImportField::ProcedureCode, m_columns[int(ImportField::ProcedureCode)],
                          QObject::tr("unknown procedure '%1': choose its catalogue code in the mapping").arg(procedure),
                          procedure});
        code = procedure;
    }
    c->procedureCode = code;

    c->protocolNumber = cleanCode(text(row, ImportField::ProtocolNumber));
    if (c->protocolNumber.isEmpty())
        c->protocolNumber = cleanCode(text(row, ImportField::CaseNumber));

    mapDates(row, c, problems);
    mapOutcome(row, c, problems);
    mapSuspension(row, c, problems);

    const QString &conference = text(row, ImportField::ServicesConference);
    if (const std::optional<bool> flag = flagOf(conference)) {
        c->servicesConference = *flag;
    } else {
        problems->append({ImportField::ServicesConference, m_columns[int(ImportField::ServicesConference)],
                          QObject::tr("'%1' is not yes or no").arg(conference), conference});
    }
    c->responsible = text(row, ImportField::Responsible);
    c->notes = text(row, ImportField::Notes);
    // An exported file names each case by its UUID: a case the store does not have yet keeps
    // it, so the export of one store imported into another names the same cases. Any other
    // value in an "id" column is an office's own numbering, not ours: the case gets a new id.
    if (m_columns[int(ImportField::Id)] >= 0) {
        const QUuid parsed = QUuid::fromString(text(row, ImportField::Id));
        if (!parsed.isNull()) {
            c->id = parsed.toString(QUuid::WithoutBraces);
            if (id)
                *id = parsed;
        }
    }
}

void RowMapper::mapDates(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems) const
{
    DateStatus status;
    const QString &start = text(row, ImportField::StartDate);
    c->startDate = parseImportDate(start, &status, m_serialDates);
    if (status == DateStatus::Invalid) {
        problems->append({ImportField::StartDate, m_columns[int(ImportField::StartDate)],
                          QObject::tr("'%1' is not a date").arg(start), {}});
    }
    const QString &end = text(row, ImportField::EndDate);
    c->endDate = parseImportDate(end, &status, m_serialDates);
    if (status == DateStatus::Invalid) {
        const OutcomeWord word = classifyOutcome(end);
        if (word == OutcomeWord::Express || word == OutcomeWord::Tacit || word == OutcomeWord::Withdrawn) {
            // Offices type "ARCHIVIATA" where the date should be: keep the outcome, ask the date.
            c->outcome = word == OutcomeWord::Express  ? Outcome::Express
                         : word == OutcomeWord::Tacit ? Outcome::Tacit
                                                      : Outcome::Withdrawn;
            problems->append({ImportField::EndDate, m_columns[int(ImportField::EndDate)],
                              QObject::tr("'%1' is an outcome, not a date: the end date is missing").arg(end), {}});
        } else {
            problems->append({ImportField::EndDate, m_columns[int(ImportField::EndDate)],
                              QObject::tr("'%1' is not a date").arg(end), {}});
        }
    }
}

void RowMapper::mapOutcome(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems) const
{
    const QString &value = text(row, ImportField::Outcome);
    OutcomeWord word = OutcomeWord::Open;
    if (!value.isEmpty()) {
        const QString chosen = m_mapping.valueFor(ImportField::Outcome, value);
        const std::optional<OutcomeWord> mapped = outcomeWordFromName(chosen);
        word = mapped ? *mapped : outcomeOf(value);
        if (word == OutcomeWord::Unknown) {
            problems->append({ImportField::Outcome, m_columns[int(ImportField::Outcome)],
                              QObject::tr("unknown outcome '%1': say in the mapping whether it means express, "
                                          "tacit, withdrawn or open").arg(value),
                              value});
            return;
        }
    } else if (c->endDate.isValid() && !c->outcome && !m_mapping.endedOutcome.isEmpty()) {
        if (const auto w = outcomeWordFromName(m_mapping.endedOutcome))
            word = *w;
    } else {
        return; // keeps an outcome read from the end-date column
    }
    switch (word) {
    case OutcomeWord::Express:
        c->outcome = Outcome::Express;
        break;
    case OutcomeWord::Tacit:
        c->outcome = Outcome::Tacit;
        break;
    case OutcomeWord::Withdrawn:
        c->outcome = Outcome::Withdrawn;
        break;
    case OutcomeWord::Open:
    case OutcomeWord::Unknown:
        break;
    }
}

void RowMapper::mapSuspension(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems) const
{
    const QString &value = text(row, ImportField::Suspended);
    if (const std::optional<bool> flag = flagOf(value)) {
        if (*flag)
            c->suspensions.append(Suspension{});
    } else {
        bool isNumber = false;
        const int days = value.toInt(&isNumber);
        if (isNumber && days >= 0) {
            if (days > 0)
                c->suspensions.append(Suspension{{}, {}, {}, days});
        } else if (outcomeOf(value) == OutcomeWord::Tacit) {
            // "SI E' FORMATO IL SILENZIO ASSENSO" in the suspension column: not a suspension.
            problems->append({ImportField::Suspended, m_columns[int(ImportField::Suspended)],
                              QObject::tr("'%1' does not say whether the terms were suspended").arg(value), value});
        } else {
            // A sentence ("SOSPESA PER CONTROVERSIE LEGALI") says it was, and why.
            c->suspensions.append(Suspension{{}, {}, value});
        }
    }
    const QString &daysText = text(row, ImportField::SuspensionDays);
    if (!daysText.isEmpty()) {
        bool ok = false;
        const int days = cleanCode(daysText).toInt(&ok);
        if (!ok || days < 0) {
            problems->append({ImportField::SuspensionDays, m_columns[int(ImportField::SuspensionDays)],
                              QObject::tr("'%1' is not a number of days").arg(daysText), {}});
        } else if (days > 0 && c->suspensions.isEmpty()) {
            c->suspensions.append(Suspension{{}, {}, {}, days});
        } else if (days > 0 && c->suspensions.size() == 1 && c->suspensions.first().days == 0) {
            // "Sospesa: sì" (or a reason) beside "Giorni sospensione: 20" is one period of 20
            // days — the shape of our own export (suspended, suspension_days).
            c->suspensions.first().days = days;
        }
    }
}

} // namespace pass
