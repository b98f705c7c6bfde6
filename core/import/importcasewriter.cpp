#include "importcasewriter.h"

#include "core/store/casebulkloader.h"

#include "core/store/sqlitehandle.h"

#include "core/import/referencelookup.h"
#include "core/store/casefilecodec.h"
#include "core/store/editjournal.h"
#include "core/store/indexbuild.h"

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

QDate dateFrom(const QString &s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

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
    sqlite3 *h = sqliteHandle(m_db);
    if (!h) {
        *error = u"the bulk importer needs the QSQLITE driver"_s;
        return false;
    }
    // One row per statement for the last rows of a file, kRowsPerInsert for the others: the
    // work a statement does besides inserting (start, halt, reset) is paid once per batch.
    QByteArray insertSql = "INSERT OR FAIL INTO case_files (id, authority_istat, procedure_code, protocol_number, "
                           "start_date, end_date, outcome, services_conference, suspended, suspension_days, "
                           "responsible, notes, version, updated_at, import_run, import_line) VALUES ";
    const QByteArray row = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    if (!m_insertCase.prepare(h, QByteArray(insertSql + row).constData(), error))
        return false;
    insertSql += row;
    for (int i = 1; i < kRowsPerInsert; ++i)
        insertSql += ',' + row;
    // OR FAIL: a failing insert fails the whole import, which rolls back, so the statement
    // needs no journal of its own to undo half a row (a third of the cost of each insert).
    if (!m_insertCases.prepare(h, insertSql.constData(), error)
        || !m_updateCase.prepare(h, "UPDATE case_files SET procedure_code = ?2, start_date = ?3, end_date = ?4, "
                                    "outcome = ?5, services_conference = ?6, suspended = ?7, suspension_days = ?8, "
                                    "responsible = ?9, notes = ?10, updated_at = ?11 WHERE id = ?1", error)
        || !m_findCase.prepare(h, "SELECT id, procedure_code, start_date, end_date, outcome, services_conference, "
                                  "suspended, responsible, notes, version FROM case_files "
                                  "WHERE authority_istat = ? AND protocol_number = ?", error)
        || !m_findId.prepare(h, "SELECT authority_istat, protocol_number FROM case_files WHERE id = ?", error)
        || !m_findSuspensions.prepare(h, "SELECT from_date, to_date, reason, days FROM case_suspensions "
                                         "WHERE case_id = ? ORDER BY id", error)
        || !m_deleteSuspensions.prepare(h, "DELETE FROM case_suspensions WHERE case_id = ?", error)
        || !m_insertSuspension.prepare(h, CaseBulkLoader::kInsertSuspensionSql, error)
        || !m_insertAudit.prepare(h, "INSERT INTO audit_log (at, actor, origin, entity, record_id, action, field, "
                                     "old_value, new_value) VALUES (?,?,?,?,?,?,?,?,?)", error)
        || !m_insertOutbox.prepare(h, "INSERT INTO outbox (mutation_id, entity, record_id, op, base_version, fields, "
                                      "created_at) VALUES (?,?,?,?,?,?,?)", error))
        return false;

    {
        QSqlQuery q(m_db);
        q.exec(u"SELECT EXISTS (SELECT 1 FROM case_files)"_s);
        m_storeEmpty = q.next() && !q.value(0).toBool();
    }
    if (!dryRun) {
        // The run is opened now so that its cases can point at it; finish() fills in the
        // counts, or removes it again when the import wrote nothing.
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO import_runs (file, sha256, at, actor, origin) VALUES (?, '', ?, ?, ?)"_s);
        q.addBindValue(m_fileName);
        q.addBindValue(m_now);
        q.addBindValue(m_ctx.actor);
        q.addBindValue(m_origin);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        m_runId = q.lastInsertId().toLongLong();
    }

    // Into an empty table (a first import), maintaining the secondary indexes row by row costs
    // more than building them once at the end: drop them here and let finish() recreate them
    // from the schema's own statements — the unique (authority, protocol) one too, as the
    // importer rejects a key repeated within the file. DDL is transactional, so a cancel or a
    // failure brings them back with everything else; other connections never see the store
    // without them.
    for (const char *table : {"case_files", "case_suspensions"}) {
        if (dryRun)
            break;
        QSqlQuery q(m_db);
        q.exec(u"SELECT EXISTS (SELECT 1 FROM %1)"_s.arg(QLatin1StringView(table)));
        if (!q.next() || q.value(0).toBool())
            continue;
        q.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s);
        q.addBindValue(QLatin1StringView(table));
        q.exec();
        QList<std::pair<QString, QString>> indexes;
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &[name, sql] : std::as_const(indexes)) {
            // Fails when another query of this connection is still reading (SQLITE_LOCKED):
            // then the import simply keeps the indexes.
            if (!QSqlQuery(m_db).exec(u"DROP INDEX \"%1\""_s.arg(name)))
                break;
            m_deferredIndexes << sql;
        }
    }

    // The page cache for the duration of the import. Into a store with case files, the rows
    // land anywhere in the live indexes and a larger cache pays (200,000 rows into a million:
    // 5.8 s with 32 MiB, 7.6 s with 2 MiB). A first import only appends (its indexes are built
    // at the end, with settings of their own, and its ids grow): a small cache is as fast there,
    // and a million rows peak at 56 MiB instead of 90.
    const bool appendsOnly = m_storeEmpty && !m_deferredIndexes.isEmpty();
    m_cacheSize.emplace(m_db, "cache_size", appendsOnly ? -4096 : -32768);

    if (m_storeEmpty)
        return true;
    SqliteStatement keys;
    if (!keys.prepare(h, "SELECT authority_istat, protocol_number FROM case_files", error))
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
    m_findCase.bind(1, authority);
    m_findCase.bind(2, protocol);
    if (!m_findCase.step(error)) {
        m_findCase.reset();
        return std::nullopt;
    }
    CaseFile c;
    c.id = m_findCase.text(0);
    c.authorityIstat = authority;
    c.protocolNumber = protocol;
    c.procedureCode = m_findCase.text(1);
    c.startDate = dateFrom(m_findCase.text(2));
    c.endDate = dateFrom(m_findCase.text(3));
    c.outcome = m_findCase.isNull(4) ? std::nullopt : outcomeFromWireName(m_findCase.text(4));
    c.servicesConference = m_findCase.integer(5) != 0;
    const bool suspended = m_findCase.integer(6) != 0;
    c.responsible = m_findCase.text(7);
    c.notes = m_findCase.text(8);
    c.version = m_findCase.integer(9);
    m_findCase.reset();
    if (suspended) {
        m_findSuspensions.bind(1, c.id);
        while (m_findSuspensions.step(error)) {
            c.suspensions.append(Suspension{dateFrom(m_findSuspensions.text(0)), dateFrom(m_findSuspensions.text(1)),
                                            m_findSuspensions.text(2), int(m_findSuspensions.integer(3))});
        }
        m_findSuspensions.reset();
    }
    return c;
}

std::optional<std::pair<QString, QString>> ImportCaseWriter::keyOfId(const QString &id, QString *error)
{
    if (m_storeEmpty)
        return std::nullopt;
    m_findId.bind(1, id);
    std::optional<std::pair<QString, QString>> key;
    if (m_findId.step(error))
        key = std::pair(m_findId.text(0), m_findId.text(1));
    m_findId.reset();
    return key;
}

std::optional<int> ImportCaseWriter::termAt(const QString &procedure, QDate start) const
{
    // constFind: value() would copy the procedure type, terms and all, for every row.
    const auto it = m_reference.types().constFind(procedure);
    return it == m_reference.types().cend() ? std::nullopt : it->termFor(start);
}

bool ImportCaseWriter::writeSuspensions(const CaseFile &c, bool replace, QString *error)
{
    if (replace) {
        m_deleteSuspensions.bind(1, c.id);
        if (!m_deleteSuspensions.exec(error))
            return false;
    }
    return CaseBulkLoader::insertSuspensions(m_insertSuspension, c, error);
}

bool ImportCaseWriter::writeAudit(const QString &entity, const QString &id, const QString &action,
                                  const QString &field, const QString &oldValue, const QString &newValue,
                                  QString *error)
{
    m_insertAudit.bind(1, m_now);
    m_insertAudit.bind(2, m_ctx.actor);
    m_insertAudit.bind(3, m_origin);
    m_insertAudit.bind(4, entity);
    m_insertAudit.bind(5, id);
    m_insertAudit.bind(6, action);
    m_insertAudit.bindOptional(7, field);
    m_insertAudit.bindOptional(8, oldValue);
    m_insertAudit.bindOptional(9, newValue);
    return m_insertAudit.exec(error);
}

bool ImportCaseWriter::writeOutbox(const QString &id, const QString &op, qint64 baseVersion,
                                 const QByteArray &fields, QString *error)
{
    if (!m_ctx.goesToOutbox())
        return true;
    m_insertOutbox.bind(1, newUuid());
    m_insertOutbox.bind(2, kEntity);
    m_insertOutbox.bind(3, id);
    m_insertOutbox.bind(4, op);
    m_insertOutbox.bind(5, baseVersion);
    m_insertOutbox.bindUtf8(6, fields);
    m_insertOutbox.bind(7, m_now);
    return m_insertOutbox.exec(error);
}

void ImportCaseWriter::bindCase(SqliteStatement &stmt, int first, const CaseFile &c, qint64 line)
{
    CaseBulkLoader::bindCaseColumns(stmt, first, c);
    stmt.bind(first + 12, c.version);
    stmt.bind(first + 13, m_now);
    if (m_runId > 0) {
        stmt.bind(first + 14, m_runId);
        stmt.bind(first + 15, line);
    } else {
        stmt.bindNull(first + 14);
        stmt.bindNull(first + 15);
    }
}

bool ImportCaseWriter::flushInserts(QString *error)
{
    for (const auto &[c, line] : std::as_const(m_pending)) {
        bindCase(m_insertCase, 1, c, line);
        if (!m_insertCase.exec(error) || !writeSuspensions(c, false, error))
            return false;
    }
    m_pending.clear();
    return true;
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
    // The row waits for a full batch, or for finish(): nothing reads it before (a key or id
    // repeated in the file was rejected before this), and a failure anywhere rolls back all.
    m_pending.append({std::move(*c), line});
    if (m_pending.size() == kRowsPerInsert) {
        for (int i = 0; i < kRowsPerInsert; ++i)
            bindCase(m_insertCases, 1 + i * kCaseColumns, m_pending.at(i).first, m_pending.at(i).second);
        if (!m_insertCases.exec(error))
            return false;
        for (const auto &pending : std::as_const(m_pending)) {
            if (!writeSuspensions(pending.first, false, error))
                return false;
        }
        m_pending.clear();
    }
    ++m_created;
    return true;
}

bool ImportCaseWriter::update(const CaseFile &before, const CaseFile &after, QString *error)
{
    const QStringList changed = CaseFileCodec::changedFields(before, after);
    if (changed.isEmpty())
        return true;
    m_updateCase.bind(1, after.id);
    m_updateCase.bind(2, after.procedureCode);
    m_updateCase.bind(3, after.startDate);
    m_updateCase.bind(4, after.endDate);
    m_updateCase.bindOptional(5, after.outcome ? toWireName(*after.outcome) : QString());
    m_updateCase.bind(6, qint64(after.servicesConference));
    m_updateCase.bind(7, qint64(after.isSuspended()));
    m_updateCase.bind(8, qint64(after.suspensionDays()));
    m_updateCase.bind(9, after.responsible);
    m_updateCase.bind(10, after.notes);
    m_updateCase.bind(11, m_now);
    if (!m_updateCase.exec(error))
        return false;
    if (before.suspensions != after.suspensions && !writeSuspensions(after, true, error))
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
    QSqlQuery q(m_db);
    if (m_created == 0 && m_updated == 0) {
        // Nothing changed (the same file again): the run leaves no trace.
        q.prepare(u"DELETE FROM import_runs WHERE id = ?"_s);
        q.addBindValue(m_runId);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
        return true;
    }
    // The creates the portal is owed: their sequence numbers are taken now, so that edits made
    // after this import (later numbers) reach the portal after the cases they edit.
    QVariant firstSeq;
    if (m_created > 0 && m_ctx.goesToOutbox()) {
        if (!q.exec(u"SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), "
                    "coalesce((SELECT max(seq) FROM outbox), 0))"_s)
            || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        const qint64 last = q.value(0).toLongLong();
        firstSeq = last + 1;
        q.prepare(u"INSERT INTO sqlite_sequence (name, seq) SELECT 'outbox', 0 "
                  "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')"_s);
        const bool ok = q.exec();
        q.prepare(u"UPDATE sqlite_sequence SET seq = ? WHERE name = 'outbox'"_s);
        q.addBindValue(last + m_created);
        if (!ok || !q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    q.prepare(u"UPDATE import_runs SET sha256 = ?, created = ?, updated = ?, outbox_first_seq = ?, "
              "outbox_pending = ? WHERE id = ?"_s);
    q.addBindValue(sha256);
    q.addBindValue(m_created);
    q.addBindValue(m_updated);
    q.addBindValue(firstSeq);
    q.addBindValue(firstSeq.isValid() ? 1 : 0);
    q.addBindValue(m_runId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
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
