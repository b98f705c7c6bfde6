#pragma once

#include "core/domain/records.h"
#include "core/query/casefilefilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace pass {

// How a protocol-number prefix is looked up. A list reads its first page along the index of its
// order and stops after one page, which is quick when many rows match (a scan finds them soon)
// and slow when few do (it reads the whole table); then the (authority, protocol) index finds
// the few matches and SQLite sorts them. CaseFileQuery probes which case it is.
enum class ProtocolPlan {
    Plain,        // let SQLite choose (exports, which read everything anyway)
    ThroughIndex, // few matches: find them on the protocol index, then sort them
    AlongOrder,   // many matches: keep to the order's index and filter as rows pass
};

// How a search by responsible officer is looked up when the officers were found first (see
// officersMatching()): the condition names them, and `plan` says how their files are read —
// ThroughIndex (few files: on the officer index, then sorted) or AlongOrder (many: filtered as
// the order's index passes them). Without a lookup the search is `responsible LIKE '%text%'` over
// every row, which is what a list reading the whole table (an export) needs anyway.
struct OfficerLookup
{
    QStringList names;
    ProtocolPlan plan = ProtocolPlan::ThroughIndex;
};

// The SQL condition over case_files that selects a filter's case files, with its bind values
// appended to *binds in order: " WHERE …", or empty when the filter selects everything. The
// catalogue turns legal terms into start-date limits for the overdue and due-soon states and
// names the procedures of a task force. One definition for the list, its count and the export.
QString caseFileWhere(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue, QVariantList *binds,
                      ProtocolPlan plan = ProtocolPlan::Plain, const OfficerLookup *officers = nullptr);

// The condition that finds protocol numbers starting with the filter's prefix on the (authority,
// protocol) index alone — of the filter's authority, or of any — with its binds. For probing
// how many there are.
QString protocolIndexCondition(const CaseFileFilter &filter, QVariantList *binds);

// The responsible officers (distinct values of case_files.responsible) whose names contain
// `text` in any case, exactly as the search's LIKE finds them, read one index seek per name on
// case_files_responsible. Empty optional when the store has more than `maxNames` officers or no
// such index (during a bulk load): the search then reads every row. Sets *error when the store
// cannot be read.
std::optional<QStringList> officersMatching(QSqlDatabase db, const QString &text, int maxNames, QString *error);

// The procedure codes a filter allows, or an empty optional when it allows all of them.
std::optional<QStringList> allowedProcedures(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue);

} // namespace pass
