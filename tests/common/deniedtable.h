#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace pass::testutil {

// Fault injection on a real store: while it lives, statements of this connection that read
// `table` fail to prepare (SQLite's authorizer answers SQLITE_DENY), `times` times or always
// (-1). For proving that a failed read is reported, never taken for an empty one.
class DeniedTable
{
public:
    DeniedTable(const QSqlDatabase &db, const char *table, int times = -1);
    ~DeniedTable();
    DeniedTable(const DeniedTable &) = delete;
    DeniedTable &operator=(const DeniedTable &) = delete;

    int denied() const { return m_denied; }

private:
    static int check(void *self, int action, const char *table, const char *, const char *, const char *);

    sqlite3 *m_handle;
    const char *m_table;
    int m_remaining;
    int m_denied = 0;
};

} // namespace pass::testutil
