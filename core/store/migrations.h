#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pass {

// The schema version this build writes. A store with a higher version is refused unmodified.
constexpr int kCurrentSchemaVersion = 6;

// Reads the schema version of an open store (0 for a new, empty file).
int schemaVersion(QSqlDatabase &db);

// Brings the store from its version to kCurrentSchemaVersion, one step per transaction; a step
// that fails rolls back and leaves the store at the previous version. Steps are idempotent.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = kCurrentSchemaVersion);

// The secondary indexes of case_files: bulk loads into an empty table drop them and create
// them again afterwards, which is several times faster than maintaining them row by row.
QStringList caseFileIndexStatements();
QStringList caseFileIndexNames();

} // namespace pass
