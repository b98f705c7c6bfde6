#pragma once

#include "core/domain/records.h"
#include "core/import/importphases.h"
#include "core/import/sqlitestatement.h"
#include "core/indicators/casestats.h"
#include "core/store/auditlog.h"

#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <random>

namespace pass {

class ReferenceLookup;

// Writes imported case files inside the caller's transaction with the same effects as
// CaseFileStore::insertInTransaction/updateInTransaction — row, suspension periods, outbox
// row, audit entry, maintained statistics — at bulk speed: statements prepared once, the
// statistics accumulated in memory and flushed by finish(), one audit row per created case
// (naming the file and line it came from) instead of one per field.
class ImportCaseWriter
{
public:
    ImportCaseWriter(QSqlDatabase db, const ReferenceLookup &reference, EditContext ctx,
                     ImportPhases *phases = nullptr);
    ~ImportCaseWriter();
    ImportCaseWriter(const ImportCaseWriter &) = delete;
    ImportCaseWriter &operator=(const ImportCaseWriter &) = delete;

    // Prepares the statements and loads the keys already stored. Call inside the transaction;
    // with dryRun nothing in the schema is touched.
    bool prepare(QString *error, bool dryRun = false);

    // The stored case with this key, if any; only queries when the key may be stored.
    std::optional<CaseFile> findExisting(const QString &authority, const QString &protocol, QString *error);

    // provenance: where the row came from ("registro.csv line 12"), kept in the audit trail.
    bool insert(CaseFile *c, const QString &provenance, QString *error);
    // Writes after over before (same id); the caller checked that they differ.
    bool update(const CaseFile &before, const CaseFile &after, QString *error);
    // Writes the accumulated statistics.
    bool finish(QString *error);

    static quint64 keyHash(QStringView authority, QStringView protocol);
    // The outbox fields of a created case, as the store writes them (compact JSON).
    static QByteArray createFieldsJson(const CaseFile &c);

private:
    QString newUuid();
    bool writeSuspensions(const CaseFile &c, bool replace, QString *error);
    bool writeAudit(const QString &id, const QString &action, const QString &field,
                    const QString &oldValue, const QString &newValue, QString *error);
    bool writeOutbox(const QString &id, const QString &op, qint64 baseVersion, const QByteArray &fields,
                     QString *error);

    QSqlDatabase m_db;
    const ReferenceLookup &m_reference;
    EditContext m_ctx;
    ImportPhases *m_phases;
    QString m_now;
    QString m_origin;
    QSet<quint64> m_storedKeys;
    QStringList m_deferredIndexes; // CREATE INDEX statements to run in finish()
    CaseStatsAccumulator m_stats;
    std::mt19937_64 m_random;
    quint64 m_lastMs = 0;
    quint64 m_sequence = 0;

    SqliteStatement m_insertCase, m_updateCase, m_findCase, m_findSuspensions;
    SqliteStatement m_deleteSuspensions, m_insertSuspension, m_insertAudit, m_insertOutbox;
};

} // namespace pass
