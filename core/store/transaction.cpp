#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        if (error)
            *error = QObject::tr("Cannot start a write to the store: %1").arg(q.lastError().text());
        return false;
    }
    m_active = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        if (error)
            *error = QObject::tr("Cannot save to the store: %1").arg(q.lastError().text());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    m_active = false;
}

} // namespace pass
