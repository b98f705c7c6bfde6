#include "changefeed.h"

#include "caller.h"
#include "portaldatabase.h"
#include "portallog.h"
#include "recordstore.h"
#include "sequenceallocator.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

ChangeFeed::ChangeFeed(PortalDatabase *database)
    : m_database(database)
{
}

QString ChangeFeed::encodeCursor(qint64 seq) const
{
    const QByteArray raw = "c1:" + m_database->instanceId().toLatin1() + ':' + QByteArray::number(seq);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> ChangeFeed::decodeCursor(const QString &cursor) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts.at(0) != "c1"
        || parts.at(1) != m_database->instanceId().toLatin1())
        return std::nullopt;
    bool ok = false;
    const qint64 seq = parts.at(2).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

bool ChangeFeed::expireCursors()
{
    const qint64 last = SequenceAllocator::last(m_database->db());
    qCInfo(lcPortalSync) << "cursors before" << last << "expired";
    return m_database->setMetaValue(u"min_cursor_seq"_s, QString::number(last));
}

QByteArray ChangeFeed::page(const Caller &caller, const QString &cursor, int limit,
                            Problem *problem)
{
    QSqlDatabase db = m_database->db();
    const qint64 last = SequenceAllocator::last(db);
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        const auto seq = decodeCursor(cursor);
        const qint64 minSeq = m_database->metaValue(u"min_cursor_seq"_s).toLongLong();
        if (!seq || *seq > last || *seq < minSeq) {
            *problem = {410, u"cursor-gone"_s, u"Unknown or expired cursor"_s,
                        u"This cursor is no longer known: drop the server data and sync again "
                        "without a cursor (keep unsent local changes)."_s,
                        u"cursor"_s, {}};
            return {};
        }
        after = *seq;
    }
    QString sql = u"SELECT c.seq, c.op, r.entity, r.id, r.version, r.updated_at, r.deleted,"
                  " r.data FROM changes c JOIN records r ON r.id = c.record_id WHERE c.seq > ?"_s;
    if (caller.role == Role::Coordinator) {
        sql += u" AND c.audience IS NULL"_s;
    } else {
        sql += u" AND ((c.audience IS NULL AND c.authority_istat IN"
               " (SELECT istat FROM user_authorities WHERE username = ?)) OR c.audience = ?)"_s;
    }
    sql += u" ORDER BY c.seq LIMIT ?"_s;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(after);
    if (caller.role != Role::Coordinator) {
        query.addBindValue(caller.username);
        query.addBindValue(caller.username);
    }
    query.addBindValue(limit + 1);
    if (!query.exec()) {
        *problem = {500, u"internal"_s, u"Internal error"_s, query.lastError().text(), {}, {}};
        return {};
    }
    QByteArray body;
    body.reserve(limit * 400 + 100);
    body += "{\"changes\":[";
    int count = 0;
    qint64 lastSeq = after;
    bool hasMore = false;
    while (query.next()) {
        if (count == limit) {
            hasMore = true;
            break;
        }
        if (count++ > 0)
            body += ',';
        lastSeq = query.value(0).toLongLong();
        const bool deleted = query.value(1).toString() == u"delete" || query.value(6).toInt() != 0;
        const QString id = query.value(3).toString();
        const qint64 version = query.value(4).toLongLong();
        body += "{\"type\":\"";
        body += query.value(2).toString().toLatin1();
        body += "\",\"id\":\"";
        body += id.toLatin1();
        body += "\",\"version\":";
        body += QByteArray::number(version);
        if (deleted) {
            body += ",\"op\":\"delete\",\"data\":null}";
        } else {
            body += ",\"op\":\"upsert\",\"data\":";
            body += RecordStore::wireJson(id, version, query.value(5).toString(),
                                          query.value(7).toByteArray());
            body += '}';
        }
    }
    // At the end of the feed the cursor moves past changes the caller cannot see, too.
    const qint64 next = hasMore ? lastSeq : std::max(lastSeq, last);
    body += "],\"next_cursor\":\"";
    body += encodeCursor(next).toLatin1();
    body += "\",\"has_more\":";
    body += hasMore ? "true}" : "false}";
    return body;
}

} // namespace pass::portal
