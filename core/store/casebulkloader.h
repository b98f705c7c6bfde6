#pragma once

#include "core/domain/records.h"
#include "core/indicators/casestats.h"
#include "core/store/scopedpragma.h"
#include "core/store/sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

struct sqlite3;

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
    explicit CaseBulkLoader(QSqlDatabase db, int cacheKb = 262144);
    CaseBulkLoader(const CaseBulkLoader &) = delete;
    CaseBulkLoader &operator=(const CaseBulkLoader &) = delete;

    // RebuildWhenEmpty: when case_files is empty, its secondary indexes are dropped and
    // finish() builds them again (inside the same transaction) — cheaper than scattered index
    // inserts. Keep: the indexes stay; right for writers whose rows arrive in start-date order
    // (the demo), whose index inserts are appends.
    enum class IndexPolicy { RebuildWhenEmpty, Keep };

    // Call before the first write: reads the catalogue (false with *error when it cannot be read).
    bool begin(QString *error) { return begin(IndexPolicy::RebuildWhenEmpty, error); }
    bool begin(IndexPolicy policy, QString *error);

    // Statistics::CountedByCaller: the caller adds the case to its own CaseStatsAccumulator
    // (on another thread, say) and flushes that itself.
    enum class Statistics { Count, CountedByCaller };
    bool write(const CaseFile &c, QString *error, Statistics statistics = Statistics::Count);
    // Writes all of `cases` (each must be new), many rows per SQLite statement: the per-statement
    // work (cursors on six B-trees opened and closed) is shared by 64 rows. A failure names the
    // rows of the statement that failed.
    bool writeAll(const std::vector<CaseFile> &cases, QString *error, Statistics statistics = Statistics::Count);
    // Inserts c unless its id is already stored (false in *inserted then, nothing written).
    // Every insert here that a constraint refuses fails its own statement only, never the
    // caller's transaction.
    bool writeIfNew(const CaseFile &c, bool *inserted, QString *error, Statistics statistics = Statistics::Count);
    bool finish(QString *error);

    // Binds the twelve columns every case-file insert starts with, from `first` on: id,
    // authority_istat, procedure_code, protocol_number, start_date, end_date, outcome,
    // services_conference, suspended, suspension_days, responsible, notes (NULL when empty).
    static void bindCaseColumns(SqliteStatement &stmt, int first, const CaseFile &c);
    // Runs stmt, prepared from kInsertSuspensionSql, once for each suspension period of c.
    static bool insertSuspensions(SqliteStatement &stmt, const CaseFile &c, QString *error);
    static constexpr const char *kInsertSuspensionSql =
        "INSERT INTO case_suspensions (case_id, from_date, to_date, reason, days) VALUES (?, ?, ?, ?, ?)";

private:
    static constexpr int kColumns = 14;
    static constexpr int kChunkRows = 64;
    void bindCase(SqliteStatement &stmt, int firstParameter, const CaseFile &c); // + updated_at, version
    bool writeDetails(const CaseFile &c, QString *error, Statistics statistics);
    bool insert(SqliteStatement &insertCase, const CaseFile &c, bool *inserted, QString *error, Statistics statistics);

    QSqlDatabase m_db;
    ScopedPragma m_cacheSize;
    // The SQLite API directly: Qt's binding layer costs more than the insert itself here.
    sqlite3 *m_handle = nullptr;
    SqliteStatement m_insertCase;
    SqliteStatement m_insertNewCase; // ON CONFLICT(id) DO NOTHING
    SqliteStatement m_insertSuspension;
    SqliteStatement m_insertChunk; // kChunkRows rows at once
    QHash<QString, ProcedureType> m_types;
    CaseStatsAccumulator m_stats;
    QString m_now;
    bool m_rebuildIndexes = false;
};

} // namespace pass
