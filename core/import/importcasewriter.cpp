#include "importcasewriter.h"

#include "core/import/referencelookup.h"
#include "core/store/casefilecodec.h"
#include "core/store/editjournal.h"
#include "core/store/importruns.h"
#include "core/store/indexbuild.h"
#include "core/store/protocolindex.h"
#include "core/store/sql.h"
#include "core/store/sqlitehandle.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QString kEntity = u"case_file"_s;

} // namespace

ImportCaseWriter::ImportCaseWriter(QSqlDatabase db, const ReferenceLookup &reference, EditContext ctx,
                                   ImportPhases *phases)
    : m_db(std::move(db)), m_reference(reference), m_ctx(std::move(ctx)), m_phases(phases), m_now(utcNow()),
      m_origin(originName(m_ctx.origin)), m_random(QRandomGenerator::system()->generate64())
{
}

quint64 ImportCaseWriter::keyHash(QStringView authority, QStringView protocol)
{
    // 64 bits: two keys of a million-row file collide with odds of about 1 in 10^7.
    return quint64(qHash(protocol, qHash(authority, size_t(0x9e3779b97f4a7c15ULL))));
}

QString ImportCaseWriter::newUuid()
{
    // Time-ordered version 7 UUIDs (RFC 9562): a million random v4 keys land all over the
    // primary-key, outbox and audit indexes and make every insert read and write a random page
    // (60× slower than sequential keys in the benchmark); v7 keys append at the right edge.
    // 48-bit Unix milliseconds, a 12-bit sequence that keeps ids monotonic within a
    // millisecond (borrowing the next millisecond when it overflows), 62 random bits.
    quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_sequence > 0xFFF) {
            ++ms;
            m_sequence = 0;
        }
    } else {
        m_sequence = 0;
    }
    m_lastMs = ms;
    const quint64 hi = (ms << 16) | 0x7000ULL | m_sequence;
    const quint64 lo = (m_random() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    const QUuid uuid(uint(hi >> 32), ushort(hi >> 16), ushort(hi), uchar(lo >> 56), uchar(lo >> 48),
                     uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8), uchar(lo));
    return uuid.toString(QUuid::WithoutBraces);
}

bool ImportCaseWriter::prepare(const QString &fileName, QString *error, bool dryRun)
{
    m_fileName = fileName;
    QVariant hasCases;
    if (!sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM case_files)"_s, &hasCases, error))
        return false;
    m_storeEmpty = !hasCases.toBool();
    // The run is opened now so that its cases can point at it; finish() fills in the counts, or
    // removes it again when the import wrote nothing.
    if (!dryRun && !ImportRuns(m_db).open(m_fileName, m_now, m_ctx.actor, m_origin, &m_runId, error))
        return false;
    if (!m_rows.prepare(m_db, m_now, m_runId, error) || !m_audit.prepare(m_db, error)
        || !m_outbox.prepare(m_db, error))
        return false;

    // Into an empty table (a first import), maintaining the secondary indexes row by row costs
    // more than building them once at the end: finish() recreates them from the schema's own
    // statements — the unique (authority, protocol) one too, as the importer rejects a key
    // repeated within the file.
    if (!dryRun) {
        for (const QString &table : {u"case_files"_s, u"case_suspensions"_s}) {
            if (!dropIndexesWhileEmpty(m_db, table, &m_deferredIndexes, error))
                return false;
        }
    }

    // The page cache for the duration of the import. Into a store with case files, the rows
    // land anywhere in the live indexes and a larger cache pays (200,000 rows into a million:
    // 5.8 s with 32 MiB, 7.6 s with 2 MiB). A first import only appends (its indexes are built
    // at the end, with settings of their own, and its ids grow): a small cache is as fast there,
    // and a million rows peak at 56 MiB instead of 90.
    m_appendsOnly = m_storeEmpty && !m_deferredIndexes.isEmpty();
    m_cacheSize.emplace(m_db, "cache_size", m_appendsOnly ? -kAppendCacheKb : -32768);

    if (m_storeEmpty)
        return true;
    // An initial sync may have lifted the unique protocol rule for its pull (protocolindex.h):
    // the import writes under it, as every writer but the sync does.
    QList<RepeatedProtocol> repeated;
    if (!dryRun && !restoreProtocolIndex(m_db, &repeated, error))
        return false;
    SqliteStatement keys;
    if (!keys.prepare(sqliteHandle(m_db), "SELECT authority_istat, protocol_number FROM case_files", error))
        return false;
    while (keys.step(error))
        m_storedKeys.insert(keyHash(keys.text(0), keys.text(1)));
    return error->isEmpty();
}

std::optional<CaseFile> ImportCaseWriter::findExisting(const QString &authority, const QString &protocol,
                                                     QString *error)
{
    if (m_storedKeys.isEmpty() || !m_storedKeys.contains(keyHash(authority, protocol)))
        return std::nullopt;
    return m_rows.find(authority, protocol, error);
}

std::optional<std::pair<QString, QString>> ImportCaseWriter::keyOfId(const QString &id, QString *error)
{
    if (m_storeEmpty)
        return std::nullopt;
    return m_rows.keyOfId(id, error);
}

std::optional<int> ImportCaseWriter::termAt(const QString &procedure, QDate start) const
{
    // constFind: value() would copy the procedure type, terms and all, for every row.
    const auto it = m_reference.types().constFind(procedure);
    return it == m_reference.types().cend() ? std::nullopt : it->termFor(start);
}

bool ImportCaseWriter::writeAudit(const QString &entity, const QString &id, const QString &action,
                                  const QString &field, const QString &oldValue, const QString &newValue,
                                  QString *error)
{
    return m_audit.append(m_now, m_ctx.actor, m_origin, entity, id, action, field, oldValue, newValue, error);
}

bool ImportCaseWriter::writeOutbox(const QString &id, const QString &op, qint64 baseVersion,
                                 const QByteArray &fields, QString *error)
{
    if (!m_ctx.goesToOutbox())
        return true;
    return m_outbox.append(newUuid(), kEntity, id, op, baseVersion, fields, m_now, error);
}

bool ImportCaseWriter::flushInserts(QString *error)
{
    const bool ok = m_rows.insert(m_pending, error);
    m_pending.clear();
    return ok;
}

bool ImportCaseWriter::insert(CaseFile *c, qint64 line, QString *error, bool countStatistics)
{
    if (countStatistics) {
        const PhaseTimer timer(m_phases, ImportPhases::Stats);
        m_stats.add(*c, termAt(c->procedureCode, c->startDate), +1);
    }
    const PhaseTimer timer(m_phases, ImportPhases::Insert);
    if (c->id.isEmpty())
        c->id = newUuid();
    if (m_appendsOnly && !followIdOrder(c->id, error))
        return false;
    // The row waits for a full batch, or for finish(): nothing reads it before (a key or id
    // repeated in the file was rejected before this), and a failure anywhere rolls back all.
    m_pending.append({std::move(*c), line});
    if (m_pending.size() == ImportedCaseRows::kBatchRows && !flushInserts(error))
        return false;
    ++m_created;
    return true;
}

bool ImportCaseWriter::followIdOrder(const QString &id, QString *error)
{
    // The primary-key index on id is the one index a first import cannot drop. Ids that grow
    // (generated ones, or a file sorted by id) append to it; an export's ids, sorted by authority
    // and date, come as one ascending run per authority, each spread over the whole key range,
    // so that every run sweeps the whole index again: with the small page cache each of its pages
    // was written out and read back once per run (a million cases of 46 authorities: 1.1 GB each
    // way, 0.75 s of CPU). Once the ids go back, the cache grows with the index instead.
    if (!m_idsOutOfOrder) {
        if (m_lastId.isEmpty() || !(id < m_lastId)) {
            m_lastId = id;
            return true;
        }
        m_idsOutOfOrder = true;
        m_lastId.clear();
    } else if ((m_created & 0xFFFF) != 0) {
        return true; // the cache is set again every 65,536 cases
    }
    // An index entry is the id's 36 characters, its rowid and a few bytes of framing; a page of
    // the index ends about nine tenths full. The margin holds the table's pages written while a
    // run sweeps the index, so that the index's pages are not the ones evicted.
    const qint64 kb = kAppendCacheKb * 2 + (m_created + 0x10000) * kIdIndexBytesPerCase / 1024;
    return sql::run(m_db, u"PRAGMA cache_size = -%1"_s.arg(kb), error);
}

bool ImportCaseWriter::update(const CaseFile &before, const CaseFile &after, QString *error)
{
    const QStringList changed = CaseFileCodec::changedFields(before, after);
    if (changed.isEmpty())
        return true;
    if (!m_rows.update(before, after, error))
        return false;
    ++m_updated;
    m_stats.add(before, termAt(before.procedureCode, before.startDate), -1);
    m_stats.add(after, termAt(after.procedureCode, after.startDate), +1);
    const QJsonObject beforeJson = CaseFileCodec::toJson(before);
    const QJsonObject afterJson = CaseFileCodec::toJson(after);
    QJsonObject fields;
    for (const QString &f : changed) {
        if (!writeAudit(kEntity, after.id, u"update"_s, f, CaseFileCodec::fieldText(beforeJson, f),
                        CaseFileCodec::fieldText(afterJson, f), error))
            return false;
        fields.insert(f, afterJson.value(f));
    }
    if (!captureSyncBase(m_db, kEntity, after.id, beforeJson, before.version, error))
        return false;
    return writeOutbox(after.id, u"update"_s, before.version, QJsonDocument(fields).toJson(QJsonDocument::Compact),
                       error);
}

bool ImportCaseWriter::closeRun(const QString &sha256, QString *error)
{
    if (m_runId <= 0)
        return true;
    ImportRuns runs(m_db);
    if (m_created == 0 && m_updated == 0)
        return runs.discard(m_runId, error); // nothing changed (the same file again): no trace
    // The creates the portal is owed: their sequence numbers are taken now, so that edits made
    // after this import (later numbers) reach the portal after the cases they edit.
    qint64 firstSeq = 0;
    if (m_created > 0 && m_ctx.goesToOutbox() && !Outbox(m_db).reserveSequence(m_created, &firstSeq, error))
        return false;
    if (!runs.close(m_runId, sha256, m_created, m_updated, firstSeq, error))
        return false;
    if (m_created == 0)
        return true;
    // One audit row for all the cases the run created; AuditLog::history() shows it in the
    // history of each of them, with the line it came from.
    const QString summary = QObject::tr("%1: %n case file(s) created, sha256 %2", nullptr, int(m_created))
                                .arg(m_fileName, sha256);
    return writeAudit(u"import_run"_s, QString::number(m_runId), u"create"_s, {}, {}, summary, error);
}

bool ImportCaseWriter::finish(const QString &sha256, QString *error)
{
    {
        const PhaseTimer t(m_phases, ImportPhases::Insert);
        if (!flushInserts(error))
            return false;
    }
    if (!createIndexes(m_db, std::exchange(m_deferredIndexes, {}), error))
        return false;
    if (!m_stats.flush(m_db, error))
        return false;
    const PhaseTimer t(m_phases, ImportPhases::Audit);
    return closeRun(sha256, error);
}

} // namespace pass
