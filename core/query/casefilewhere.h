#pragma once

#include "core/domain/records.h"
#include "core/query/casefilefilter.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace pass {

// The SQL condition over case_files that selects a filter's case files, with its bind values
// appended to *binds in order: " WHERE …", or empty when the filter selects everything. The
// catalogue turns legal terms into start-date limits for the overdue and due-soon states and
// names the procedures of a task force. One definition for the list, its count and the export.
QString caseFileWhere(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue, QVariantList *binds);

// The procedure codes a filter allows, or an empty optional when it allows all of them.
std::optional<QStringList> allowedProcedures(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue);

} // namespace pass
