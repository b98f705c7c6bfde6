#pragma once

#include "core/domain/records.h"
#include "core/indicators/casestats.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

struct sqlite3;
struct sqlite3_stmt;

namespace pass {

// Writes many case files fast inside one transaction the caller holds: reused prepared
// statements and statistics accumulated in memory, flushed once by finish(). No audit or outbox
// rows: for generated data (the demo, benchmarks) and for records that come from the portal,
// neither of which is a local edit to send back.
class CaseBulkLoader
{
public:
    // cacheKb: SQLite page cache while the loader lives (the connection's own setting comes
    // back when it is destroyed). A million inserts touch every index page many times, so the
    // demo keeps up to 256 MB of pages in memory; the sync pull asks for less (bounded memory).
    // rebuildIndexes: whether begin() may drop the indexes of an empty table (a caller that
    // manages them itself says no).
    explicit CaseBulkLoader(QSqlDatabase db, int cacheKb = 262144, bool rebuildIndexes = true);
    ~CaseBulkLoader();
    CaseBulkLoader(const CaseBulkLoader &) = delete;
    CaseBulkLoader &operator=(const CaseBulkLoader &) = delete;

    // Call before the first write. When case_files is empty, its secondary indexes are dropped
    // and finish() builds them again (inside the same transaction).
    bool begin(QString *error);

    // Off: case_stats is left alone, for a caller that recomputes it afterwards.
    void setMaintainStats(bool on) { m_maintainStats = on; }

    bool write(const CaseFile &c, QString *error);
    // Inserts c unless its id is already stored: false in *inserted then, and nothing written.
    bool writeIfNew(const CaseFile &c, bool *inserted, QString *error);
    bool finish(QString *error);

private:
    bool insert(sqlite3_stmt *insertCase, const CaseFile &c, bool *inserted, QString *error);

    QSqlDatabase m_db;
    // The SQLite API directly: Qt's binding layer costs more than the insert itself here.
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_insertCase = nullptr;
    sqlite3_stmt *m_insertNewCase = nullptr; // … ON CONFLICT(id) DO NOTHING
    sqlite3_stmt *m_insertSuspension = nullptr;
    QHash<QString, ProcedureType> m_types;
    CaseStatsAccumulator m_stats;
    QString m_now;
    bool m_mayRebuildIndexes = true;
    bool m_maintainStats = true;
    bool m_rebuildIndexes = false;
    qint64 m_previousCacheSize = -2000;
};

} // namespace pass
