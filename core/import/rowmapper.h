#pragma once

#include "core/domain/records.h"
#include "core/import/importfield.h"
#include "core/import/importmapping.h"
#include "core/import/valueparsers.h"

#include <QHash>
#include <QUuid>

namespace pass {

class ReferenceLookup;
class SourceRow;

// A cell the mapper could not read. unknownValue is set when the cell holds a word the user
// has to give a meaning to (shown in the report and the wizard rather than guessed).
struct CellProblem
{
    ImportField field;
    int column = -1;
    QString reason;
    QString unknownValue;
};

// Turns one source row into a case file through a mapping. Store rules (unknown authority,
// end before start…) are checked afterwards by checkCaseFile(); this only reads cells.
class RowMapper
{
public:
    // serialDates: numbers in date columns are Excel serial dates (XLSX cells).
    RowMapper(const ImportMapping &mapping, const ReferenceLookup &reference, bool serialDates);

    // id, when given, is set to the case id the row carries (an export's), null when it has none.
    void map(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems, QUuid *id = nullptr) const;

private:
    // The field's cell, trimmed; a null string when it is empty or unmapped. The reference is
    // to a buffer kept per field and overwritten by the next row: decoding into it costs no
    // allocation, where a new string per cell was a fifth of the reading thread's time.
    const QString &text(const SourceRow &row, ImportField f) const;
    std::optional<bool> flagOf(const QString &value) const;
    OutcomeWord outcomeOf(const QString &value) const;
    void mapDates(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems) const;
    void mapOutcome(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems) const;
    void mapSuspension(const SourceRow &row, CaseFile *c, QList<CellProblem> *problems) const;

    const ImportMapping &m_mapping;
    const ReferenceLookup &m_reference;
    bool m_serialDates;
    int m_columns[kImportFieldCount];
    static constexpr qsizetype kCacheLimit = 4096;
    mutable QHash<QString, std::optional<bool>> m_flagCache;
    mutable QHash<QString, OutcomeWord> m_outcomeCache;
    mutable QString m_cells[kImportFieldCount]; // see text()
};

} // namespace pass
