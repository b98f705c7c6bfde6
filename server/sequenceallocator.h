#pragma once

#include <QSqlDatabase>

namespace pass::portal {

// Hands out change sequence numbers inside one write transaction. begin() locks the counter
// row (an UPDATE, so concurrent writers serialise in SQLite and PostgreSQL alike), next()
// counts in memory, finish() writes the counter back before the commit.
class SequenceAllocator
{
public:
    explicit SequenceAllocator(QSqlDatabase db);

    bool begin();
    qint64 next() { return ++m_value; }
    qint64 current() const { return m_value; }
    bool finish();

    // The last sequence number written, outside a transaction.
    static qint64 last(QSqlDatabase db);

private:
    QSqlDatabase m_db;
    qint64 m_value = 0;
};

} // namespace pass::portal
