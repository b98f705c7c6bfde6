#pragma once

#include "problem.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace pass::portal {

class PortalDatabase;
class SqliteStatement;
struct Caller;

// The pull side of sync: pages of the change sequence visible to a caller, addressed by
// opaque cursors. A cursor names this database instance and a sequence number; a cursor of
// another instance, beyond the sequence or older than the last expiry is unknown (410).
class ChangeFeed
{
public:
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 5000;

    explicit ChangeFeed(PortalDatabase *database);

    // The JSON body of one page, or a problem (400 bad limit, 410 unknown cursor).
    QByteArray page(const Caller &caller, const QString &cursor, int limit, Problem *problem);

    // Every cursor issued so far becomes unknown; clients must resync from the beginning.
    bool expireCursors();

    // Appends one feed entry {type, id, version, op, data} from a row whose columns from
    // `column` on are entity, id, version, updated_at, data (shared with the snapshot).
    static void appendEntry(QByteArray &out, const SqliteStatement &row, int column, bool deleted);

    QString encodeCursor(qint64 seq) const;
    std::optional<qint64> decodeCursor(const QString &cursor) const;

private:
    PortalDatabase *m_database;
    QByteArray m_page; // see page()
};

} // namespace pass::portal
