#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace pass {

// The SQLite connection under a QSqlDatabase, for the bulk paths that bind values straight into
// SQLite (Qt's binding layer costs more than the inserts there). nullptr when the connection is
// not an open QSQLITE one.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

} // namespace pass
