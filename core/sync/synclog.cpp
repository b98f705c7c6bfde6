#include "synclog.h"

#include "core/store/auditlog.h"
#include "core/store/sql.h"
#include "core/util/logging.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

bool SyncLog::write(Level level, const QString &message, QString *error)
{
    const QString name = level == Level::Info ? u"info"_s : level == Level::Warning ? u"warning"_s : u"error"_s;
    if (level == Level::Error)
        qCWarning(lcSync).noquote() << message;
    else
        qCInfo(lcSync).noquote() << message;
    QString why;
    if (sql::run(m_db, u"INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)"_s, {utcNow(), name, message},
                 &why))
        return true;
    qCWarning(lcSync).noquote() << "the sync log could not be written:" << why;
    if (error)
        *error = why;
    return false;
}

bool SyncLog::recent(int limit, QList<Entry> *entries, QString *error) const
{
    entries->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::exec(q, u"SELECT at, level, message FROM sync_log ORDER BY id DESC LIMIT ?"_s, {limit}, error))
        return false;
    while (q.next())
        entries->prepend(Entry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return sql::finished(q, error);
}

} // namespace pass
