#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pass {

// The case-file fields a source column can be mapped to.
enum class ImportField {
    AuthorityIstat,
    ProcedureCode,
    ProtocolNumber,
    CaseNumber, // the office's own case number: the key when there is no protocol column
    StartDate,
    EndDate,
    Outcome,
    ServicesConference,
    Suspended,
    SuspensionDays,
    Responsible,
    Notes,
    Id,
};
constexpr int kImportFieldCount = int(ImportField::Id) + 1;

// Stable names: the canonical CSV column names where they exist, used in mapping files.
QString importFieldName(ImportField f);
std::optional<ImportField> importFieldFromName(QStringView name);
QList<ImportField> allImportFields();

// Folds a header or value for matching: lower case, accents removed, `_ . - /` and runs of
// spaces turned into one space, trimmed. "N. Pratica" and "n_pratica" both give "n pratica".
QString foldForMatching(QStringView text);

// Header names recognised for each field (already folded), from the offices' real exports.
QStringList headerSynonyms(ImportField f);

} // namespace pass
