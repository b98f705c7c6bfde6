#include "synclog.h"

#include "core/store/auditlog.h"
#include "core/util/logging.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

void SyncLog::write(Level level, const QString &message)
{
    const QString name = level == Level::Info ? u"info"_s : level == Level::Warning ? u"warning"_s : u"error"_s;
    if (level == Level::Error)
        qCWarning(lcSync).noquote() << message;
    else
        qCInfo(lcSync).noquote() << message;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)"_s);
    q.addBindValue(utcNow());
    q.addBindValue(name);
    q.addBindValue(message);
    q.exec();
}

QList<SyncLog::Entry> SyncLog::recent(int limit) const
{
    QList<Entry> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT at, level, message FROM sync_log ORDER BY id DESC LIMIT ?"_s);
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        result.prepend(Entry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

} // namespace pass
