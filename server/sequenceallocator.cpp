#include "sequenceallocator.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

SequenceAllocator::SequenceAllocator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SequenceAllocator::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"UPDATE counters SET value = value WHERE name = 'change_seq'"_s))
        return false;
    m_value = last(m_db);
    return true;
}

bool SequenceAllocator::finish()
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE counters SET value = ? WHERE name = 'change_seq'"_s);
    query.addBindValue(m_value);
    return query.exec();
}

qint64 SequenceAllocator::last(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT value FROM counters WHERE name = 'change_seq'"_s) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace pass::portal
