#include "snapshotsource.h"

#include "changefeed.h"
#include "sqlitestatement.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace pass::portal {

SnapshotSource::SnapshotSource(QString databasePath, Caller caller, const ChangeFeed *feed)
    : m_path(std::move(databasePath))
    , m_caller(std::move(caller))
    , m_feed(feed)
{
}

SnapshotSource::~SnapshotSource()
{
    m_rows.reset(); // finalize before closing
    if (m_db) {
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
    }
}

bool SnapshotSource::open()
{
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // The read transaction starts with its first SELECT: the counter read below fixes the
    // point that both the records and the cursor describe.
    if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    {
        SqliteStatement counter(m_db, "SELECT value FROM counters WHERE name = 'change_seq'");
        if (!counter.next()) {
            m_error = counter.errorString();
            return false;
        }
        m_sequence = counter.int64(0);
    }
    // rowid order: the cheapest walk of the table; the client does not depend on the order.
    static const char *const coordinatorSql =
        "SELECT entity, id, version, updated_at, data FROM records WHERE deleted = 0";
    // Naming every entity lets SQLite search records_scope (entity, authority_istat, id) per
    // entity and authority instead of scanning the whole table for one authority's records.
    static const char *const scopedSql =
        "SELECT entity, id, version, updated_at, data FROM records WHERE deleted = 0"
        " AND entity IN ('case_file', 'support_request', 'request_message', 'visit', 'request_document')"
        " AND authority_istat IN (SELECT istat FROM user_authorities WHERE username = ?1)";
    const bool coordinator = m_caller.role == Role::Coordinator;
    m_rows = std::make_unique<SqliteStatement>(m_db, coordinator ? coordinatorSql : scopedSql);
    if (!m_rows->isValid()) {
        m_error = m_rows->errorString();
        return false;
    }
    if (!coordinator)
        m_rows->bind(1, m_caller.username);
    return true;
}

QByteArray SnapshotSource::next(qsizetype budget)
{
    QByteArray out;
    out.reserve(budget + 4096);
    if (m_state == State::Head) {
        out += "{\"next_cursor\":\"";
        out += m_feed->encodeCursor(m_sequence).toLatin1();
        out += "\",\"records\":[";
        m_state = State::Records;
    }
    while (m_state == State::Records && out.size() < budget) {
        if (!m_rows->next()) {
            if (m_rows->failed()) {
                m_error = m_rows->errorString();
                return {};
            }
            out += "],\"record_count\":";
            out += QByteArray::number(m_count);
            out += '}';
            m_state = State::Done;
            break;
        }
        if (m_count++ > 0)
            out += ',';
        ChangeFeed::appendEntry(out, *m_rows, 0, false);
    }
    return out;
}

} // namespace pass::portal
