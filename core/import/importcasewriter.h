#pragma once

#include "core/domain/records.h"
#include "core/import/importphases.h"
#include "core/store/sqlitestatement.h"
#include "core/indicators/casestats.h"
#include "core/store/auditlog.h"
#include "core/store/importedcaserows.h"
#include "core/store/outbox.h"
#include "core/store/scopedpragma.h"

#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <random>

namespace pass {

class ReferenceLookup;

// Writes imported case files inside the caller's transaction with the same effects as
// CaseFileStore::insertInTransaction/updateInTransaction — row, suspension periods, outbox,
// audit trail, maintained statistics — at bulk speed: statements prepared once, the statistics
// accumulated in memory and flushed by finish(). It decides what to write; the store's classes
// own the SQL that writes it (ImportedCaseRows, AuditAppender, OutboxAppender, ImportRuns).
//
// A created case costs one case_files row: it points at the import run (import_runs: file,
// checksum, who, when, how many) and at its line in the file, and the run writes one audit row
// for all the cases it created and reserves their outbox sequence numbers; the sync turns the
// reservation into create rows that send each case's current fields (Outbox::expandImportRuns).
// A changed case is written as any edit is: one audit row per changed field, an update row in
// the outbox with the changed fields.
class ImportCaseWriter
{
public:
    ImportCaseWriter(QSqlDatabase db, const ReferenceLookup &reference, EditContext ctx,
                     ImportPhases *phases = nullptr);
    ImportCaseWriter(const ImportCaseWriter &) = delete;
    ImportCaseWriter &operator=(const ImportCaseWriter &) = delete;

    // Prepares the statements, loads the keys already stored and opens the import run. Call
    // inside the transaction; with dryRun nothing in the store is touched.
    bool prepare(const QString &fileName, QString *error, bool dryRun = false);

    // The stored case with this key, if any; only queries when the key may be stored.
    std::optional<CaseFile> findExisting(const QString &authority, const QString &protocol, QString *error);
    // The authority and protocol of the stored case with this id, if any.
    std::optional<std::pair<QString, QString>> keyOfId(const QString &id, QString *error);

    // True when the store had no case files before this import: every valid row is then a new
    // case, which lets the reading thread count the statistics (insert()'s countStatistics).
    bool storeWasEmpty() const { return m_storeEmpty; }
    // The legal term of a procedure at a start date. Reads only the reference lists, so any
    // thread may call it.
    std::optional<int> termAt(const QString &procedure, QDate start) const;

    // line: where in the file the case came from, kept with it. The case is moved from.
    // countStatistics false: the caller counts the case into an accumulator of its own and
    // hands it over with addStatistics().
    bool insert(CaseFile *c, qint64 line, QString *error, bool countStatistics = true);
    void addStatistics(CaseStatsAccumulator &&counted) { m_stats.absorb(std::move(counted)); }
    // Writes after over before (same id); the caller checked that they differ.
    bool update(const CaseFile &before, const CaseFile &after, QString *error);
    // Rebuilds the dropped indexes, writes the accumulated statistics and closes the import run
    // (its checksum, audit row and outbox reservation), or removes it when nothing was written.
    bool finish(const QString &sha256, QString *error);

    static quint64 keyHash(QStringView authority, QStringView protocol);

private:
    // A first import's page cache while the ids it inserts grow (see followIdOrder()).
    static constexpr qint64 kAppendCacheKb = 4096;
    static constexpr qint64 kIdIndexBytesPerCase = 56;

    bool flushInserts(QString *error);
    // Grows the page cache with the primary-key index once the ids stop growing.
    bool followIdOrder(const QString &id, QString *error);
    QString newUuid();
    bool writeAudit(const QString &entity, const QString &id, const QString &action, const QString &field,
                    const QString &oldValue, const QString &newValue, QString *error);
    bool writeOutbox(const QString &id, const QString &op, qint64 baseVersion, const QByteArray &fields,
                     QString *error);
    bool closeRun(const QString &sha256, QString *error);

    QSqlDatabase m_db;
    const ReferenceLookup &m_reference;
    EditContext m_ctx;
    ImportPhases *m_phases;
    QString m_now;
    QString m_origin;
    QString m_fileName;
    qint64 m_runId = 0;
    qint64 m_created = 0;
    qint64 m_updated = 0;
    bool m_storeEmpty = false;
    bool m_appendsOnly = false;   // a first import: indexes dropped, rows only appended
    bool m_idsOutOfOrder = false; // an id came that is below the one before it
    QString m_lastId;
    QSet<quint64> m_storedKeys;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run in finish()
    std::optional<ScopedPragma> m_cacheSize; // the import's page cache, from prepare() on
    CaseStatsAccumulator m_stats;
    std::mt19937_64 m_random;
    quint64 m_lastMs = 0;
    quint64 m_sequence = 0;

    QList<ImportedCaseRows::Row> m_pending; // created cases waiting for a full batch, with their lines
    ImportedCaseRows m_rows;
    AuditAppender m_audit;
    OutboxAppender m_outbox;
};

} // namespace pass
