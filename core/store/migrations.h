#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pass {

// The schema version this build writes. A store with a higher version is refused unmodified.
constexpr int kCurrentSchemaVersion = 14;

// Reads the schema version of an open store (0 for a new, empty file).
int schemaVersion(QSqlDatabase &db);

// Brings the store from its version to kCurrentSchemaVersion, one step per transaction; a step
// that fails rolls back and leaves the store at the previous version. Steps are idempotent.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = kCurrentSchemaVersion);

// The secondary indexes of case_files: bulk loads into an empty table drop them and create
// them again afterwards, which is several times faster than maintaining them row by row.
// NotUnique leaves out case_files_protocol, the one that enforces a rule (one protocol number
// per authority): it can be dropped for a while without letting a duplicate in.
enum class CaseFileIndexes { All, NotUnique };
QStringList caseFileIndexStatements(CaseFileIndexes which = CaseFileIndexes::All);
QStringList caseFileIndexNames(CaseFileIndexes which = CaseFileIndexes::All);

} // namespace pass
