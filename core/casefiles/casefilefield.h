#pragma once

#include <QString>

#include <optional>

namespace pass {

// The fields of a case file a person edits, in the editor's order.
enum class CaseFileField {
    Authority,
    Procedure,
    Protocol,
    StartDate,
    EndDate,
    Outcome,
    ServicesConference,
    Suspensions,
    Responsible,
    Notes,
};

// The canonical column name (authority_istat, procedure_code…), as in the CSV, the wire and
// the audit trail.
QString caseFileFieldName(CaseFileField field);
std::optional<CaseFileField> caseFileFieldFromName(const QString &name);
// The field's label for people, translated ("Data di avvio").
QString caseFileFieldLabel(CaseFileField field);
// The label of a canonical column name; the name itself when it is not a case-file field.
QString caseFileFieldLabel(const QString &name);

} // namespace pass
