#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass {

// The schema version this build writes. A store with a higher version is refused unmodified.
constexpr int kCurrentSchemaVersion = 2;

// Reads the schema version of an open store (0 for a new, empty file).
int schemaVersion(QSqlDatabase &db);

// Brings the store from its version to kCurrentSchemaVersion, one step per transaction; a step
// that fails rolls back and leaves the store at the previous version. Steps are idempotent.
bool migrate(QSqlDatabase &db, QString *error, int targetVersion = kCurrentSchemaVersion);

} // namespace pass
