#include "deniedtable.h"

#include "core/store/sqlitehandle.h"

#include <QByteArray>

#include <sqlite3.h>

namespace pass::testutil {

DeniedTable::DeniedTable(const QSqlDatabase &db, const char *table, int times)
    : m_handle(sqliteHandle(db)), m_table(table), m_remaining(times)
{
    sqlite3_set_authorizer(m_handle, &DeniedTable::check, this);
}

DeniedTable::~DeniedTable()
{
    sqlite3_set_authorizer(m_handle, nullptr, nullptr);
}

int DeniedTable::check(void *self, int action, const char *table, const char *, const char *, const char *)
{
    auto *me = static_cast<DeniedTable *>(self);
    if (action != SQLITE_READ || !table || qstrcmp(table, me->m_table) != 0 || me->m_remaining == 0)
        return SQLITE_OK;
    if (me->m_remaining > 0)
        --me->m_remaining;
    ++me->m_denied;
    return SQLITE_DENY; // the statement fails to prepare
}

} // namespace pass::testutil
