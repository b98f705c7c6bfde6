#include "changefeed.h"

#include "caller.h"
#include "portaldatabase.h"
#include "portallog.h"
#include "sequenceallocator.h"
#include "sqlitestatement.h"


using namespace Qt::StringLiterals;

namespace pass::portal {

ChangeFeed::ChangeFeed(PortalDatabase *database)
    : m_database(database)
{
}

// A cursor names the database instance, the cursor generation and the sequence number. Expiring
// cursors starts a new generation: every cursor handed out before is refused with 410, while the
// cursors of the resync that follows (new generation, low sequence numbers) stay valid.
QString ChangeFeed::encodeCursor(qint64 seq) const
{
    const QByteArray raw = "c1:" + m_database->instanceId().toLatin1() + ':'
        + m_database->metaValue(u"cursor_generation"_s).toLatin1() + ':' + QByteArray::number(seq);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> ChangeFeed::decodeCursor(const QString &cursor) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 4 || parts.at(0) != "c1"
        || parts.at(1) != m_database->instanceId().toLatin1()
        || parts.at(2) != m_database->metaValue(u"cursor_generation"_s).toLatin1())
        return std::nullopt;
    bool ok = false;
    const qint64 seq = parts.at(3).toLongLong(&ok);
    if (!ok || seq < 0)
        return std::nullopt;
    return seq;
}

bool ChangeFeed::expireCursors()
{
    const qint64 generation = m_database->metaValue(u"cursor_generation"_s).toLongLong() + 1;
    qCInfo(lcPortalSync) << "cursors expired; cursor generation" << generation;
    return m_database->setMetaValue(u"cursor_generation"_s, QString::number(generation));
}

void ChangeFeed::appendEntry(QByteArray &out, const SqliteStatement &row, int column,
                             bool deleted)
{
    // Columns from `column` on: entity, id, version, updated_at, data. Entity names, UUIDs,
    // integers and timestamps need no JSON escaping; data is stored as compact JSON, spliced in.
    out += "{\"type\":\"";
    out += row.text(column);
    out += "\",\"id\":\"";
    const QByteArrayView id = row.text(column + 1);
    out += id;
    out += "\",\"version\":";
    const QByteArrayView version = row.text(column + 2);
    out += version;
    if (deleted) {
        out += ",\"op\":\"delete\",\"data\":null}";
        return;
    }
    out += ",\"op\":\"upsert\",\"data\":{\"id\":\"";
    out += id;
    out += "\",\"version\":";
    out += version;
    out += ",\"updated_at\":\"";
    out += row.text(column + 3);
    out += '"';
    const QByteArrayView data = row.text(column + 4);
    if (data.size() > 2) {
        out += ',';
        out += data.sliced(1);
    } else {
        out += '}';
    }
    out += '}';
}

QByteArray ChangeFeed::page(const Caller &caller, const QString &cursor, int limit,
                            Problem *problem)
{
    QSqlDatabase db = m_database->db();
    const qint64 last = SequenceAllocator::last(db);
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        const auto seq = decodeCursor(cursor);
        if (!seq || *seq > last) {
            *problem = {410, u"cursor-gone"_s, u"Unknown or expired cursor"_s,
                        u"This cursor is no longer known: drop the server data and sync again "
                        "without a cursor (keep unsent local changes)."_s,
                        u"cursor"_s, {}};
            return {};
        }
        after = *seq;
    }
    // Coordinators read every shared row: a walk of the changes table in rowid order. Others
    // read their authorities' shared rows (through changes_authority; for an expert only those
    // written after the assignment, see user_authorities.since_seq) and the rows addressed to
    // them; both parts are small per authority, so sorting their union is cheap.
    // (`+c.audience`: keeps SQLite from walking changes_audience and looking every row up.)
    static const char *const coordinatorSql =
        "SELECT c.seq, c.op = 'delete' OR r.deleted, r.entity, r.id, r.version, r.updated_at,"
        " r.data FROM changes c JOIN records r ON r.rid = c.record_rid"
        " WHERE c.seq > ?1 AND +c.audience IS NULL ORDER BY c.seq LIMIT ?2";
    static const char *const scopedSql =
        "SELECT c.seq, c.op = 'delete' OR r.deleted, r.entity, r.id, r.version, r.updated_at,"
        " r.data FROM (SELECT c.seq, c.record_rid, c.op FROM user_authorities ua"
        "   JOIN changes c ON c.authority_istat = ua.istat AND c.seq > ua.since_seq"
        "   WHERE ua.username = ?3 AND c.seq > ?1 AND c.audience IS NULL"
        "  UNION ALL SELECT seq, record_rid, op FROM changes WHERE audience = ?3 AND seq > ?1) c"
        " JOIN records r ON r.rid = c.record_rid ORDER BY c.seq LIMIT ?2";
    const bool coordinator = caller.role == Role::Coordinator;
    SqliteStatement query(SqliteStatement::handle(db), coordinator ? coordinatorSql : scopedSql);
    query.bind(1, after);
    query.bind(2, qint64(limit) + 1);
    if (!coordinator)
        query.bind(3, caller.username);
    // The page is built in a buffer kept from the previous page: a fresh multi-megabyte
    // allocation per page costs a page fault per 4 KiB. By now the socket has sent (and
    // released) the previous page, so the buffer is unshared and keeps its capacity.
    QByteArray &body = m_page;
    body.resize(0);
    body.reserve(qsizetype(limit) * 420 + 200);
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
        lastSeq = query.int64(0);
        appendEntry(body, query, 2, query.int64(1) != 0);
    }
    if (query.failed() || !query.isValid()) {
        *problem = {500, u"internal"_s, u"Internal error"_s, query.errorString(), {}, {}};
        return {};
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
