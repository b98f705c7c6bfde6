#pragma once

#include "bodysource.h"
#include "caller.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace pass::portal {

class ChangeFeed;
class SqliteStatement;

// The body of GET /api/v1/sync/snapshot: every live record in the caller's scope as of one
// change sequence number, and the cursor that continues from there with the change feed.
// It reads through its own read-only connection inside one read transaction (WAL: a stable
// snapshot that does not block writers), so the answer is consistent however long it takes
// to stream, while the server goes on answering other requests on its main connection.
class SnapshotSource : public BodySource
{
public:
    SnapshotSource(QString databasePath, Caller caller, const ChangeFeed *feed);
    ~SnapshotSource() override;

    // Opens the connection and fixes the snapshot point; false with errorString() otherwise.
    bool open();
    qint64 sequence() const { return m_sequence; }

    QByteArray next(qsizetype budget) override;
    bool atEnd() const override { return m_state == State::Done; }
    QString errorString() const override { return m_error; }

private:
    enum class State { Head, Records, Done };

    QString m_path;
    Caller m_caller;
    const ChangeFeed *m_feed;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<SqliteStatement> m_rows;
    qint64 m_sequence = 0;
    qint64 m_count = 0;
    State m_state = State::Head;
    QString m_error;
};

} // namespace pass::portal
