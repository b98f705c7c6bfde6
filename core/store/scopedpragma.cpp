#include "scopedpragma.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

ScopedPragma::ScopedPragma(QSqlDatabase db, const char *name, qint64 value)
    : m_db(std::move(db)), m_name(QString::fromLatin1(name))
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA "_s + m_name) && q.next())
        m_previous = q.value(0).toLongLong();
    q.exec(u"PRAGMA %1 = %2"_s.arg(m_name).arg(value));
}

ScopedPragma::~ScopedPragma()
{
    if (m_previous)
        QSqlQuery(m_db).exec(u"PRAGMA %1 = %2"_s.arg(m_name).arg(*m_previous));
}

} // namespace pass
