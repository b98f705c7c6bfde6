#include "caseimporter.h"

#include "core/store/sql.h"
#include "core/import/firstlines.h"
#include "core/import/importcasewriter.h"
#include "core/import/importsource.h"
#include "core/import/referencelookup.h"
#include "core/import/rowmapper.h"
#include "core/indicators/casestats.h"
#include "core/store/casefilerules.h"
#include "core/store/sqlitehandle.h"
#include "core/store/transaction.h"
#include "core/util/csvline.h"
#include "core/util/handoffqueue.h"
#include "core/util/logging.h"
#include "core/util/stage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <future>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Which mapped column a store rule's field points at, so its problem names a column.
ImportField fieldFor(const QString &name)
{
    if (name == u"suspensions")
        return ImportField::Suspended;
    return importFieldFromName(name).value_or(ImportField::Notes);
}

// The SHA-256 of a file in hex, read on its own (the import runs it on another core while it
// parses); empty if stop is set before it is done or the file cannot be read. OpenSSL, not
// QCryptographicHash: it uses the CPU's SHA instructions, 0.05 s of CPU for a 65 MiB file
// instead of 0.32 s taken from the cores the import's own two threads share.
QString fileSha256(const QString &path, const std::atomic_bool &stop)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (stop.load(std::memory_order_relaxed))
            return {};
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), chunk.constData(), size_t(n)) != 1)
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

// Why the store refused a write, in words; the transaction is rolled back, so nothing changed.
// Called before the rollback: SQLite's error code still names the failure.
QString writeFailure(const QSqlDatabase &db, const QString &error)
{
    const QString reason = Transaction::describeFailure(db, error);
    if (Transaction::isDiskFull(db, error)) {
        return QObject::tr("The import was not applied and the store is unchanged: %1. Free some space, then "
                           "import the file again.")
            .arg(reason);
    }
    return QObject::tr("The import was not applied and the store is unchanged: %1").arg(reason);
}

// A row as the reading thread hands it to the writing one: mapped, checked against the file
// and the reference lists, with the problems found so far.
struct CheckedRow
{
    qint64 line = 0;
    CaseFile c;
    QList<ImportProblem> problems;
    QList<std::pair<QString, QString>> unknownValues; // field, value
    QStringList cells;         // the source cells, when the row may end up in the rejects file
    bool checkIdOwner = false; // its id is new to the file: the writer checks the store
};

struct CheckedBatch
{
    std::vector<CheckedRow> rows;
    qint64 position = 0; // the reader's position after the batch, for progress
};

constexpr size_t kBatchRows = 1024;

QString missingColumnMessage(ImportField f)
{
    return QObject::tr("no column for %1 (looked for: %2); map one in the mapping")
        .arg(importFieldName(f), headerSynonyms(f).join(u", "_s));
}

} // namespace

CaseImporter::CaseImporter(QSqlDatabase db) : m_db(std::move(db)) { }

ImportPreview CaseImporter::preview(const QString &path, const ImportMapping *saved, int sampleRows) const
{
    ImportPreview p;
    ImportSource source;
    if (!source.open(path, saved ? *saved : ImportMapping())) {
        p.error = source.errorString();
        return p;
    }
    p.format = source.reader()->formatDescription();
    p.sheets = source.sheets();
    p.header = source.header();
    p.headerAt = source.reader()->rowLabel(source.headerLine());
    p.mapping = saved ? saved->boundTo(p.header) : ImportMapping::propose(p.header);
    SourceRow row;
    while (p.sample.size() < sampleRows && source.next(&row))
        p.sample << row.cells();
    if (!source.errorString().isEmpty())
        p.error = source.errorString();
    return p;
}

CaseFile CaseImporter::mergeForUpdate(const CaseFile &stored, const CaseFile &imported, const ImportMapping &mapping)
{
    CaseFile m = imported;
    m.id = stored.id;
    m.version = stored.version;
    auto unmapped = [&mapping](ImportField f) { return mapping.column(f) < 0; };
    if (unmapped(ImportField::EndDate)) {
        m.endDate = stored.endDate;
        if (unmapped(ImportField::Outcome))
            m.outcome = stored.outcome;
    }
    if (unmapped(ImportField::Outcome) && m.endDate.isValid() && !m.outcome)
        m.outcome = stored.outcome;
    if (unmapped(ImportField::ServicesConference))
        m.servicesConference = stored.servicesConference;
    if (unmapped(ImportField::Responsible))
        m.responsible = stored.responsible;
    if (unmapped(ImportField::Notes))
        m.notes = stored.notes;
    // A file that only says "suspended" must not wipe the periods entered in the application;
    // "not suspended" does clear them.
    const auto undated = [](const Suspension &s) { return !s.from.isValid() && !s.to.isValid(); };
    const bool importedUndated = std::all_of(m.suspensions.cbegin(), m.suspensions.cend(), undated);
    if (unmapped(ImportField::Suspended) && unmapped(ImportField::SuspensionDays)) {
        m.suspensions = stored.suspensions;
    } else if (!m.suspensions.isEmpty() && importedUndated && !stored.suspensions.isEmpty()) {
        if (stored.suspensions.size() == 1 && undated(stored.suspensions.first()) && m.suspensions.size() == 1) {
            // The one undated period a file gave: what the file says of it now (a reason, a day
            // count) replaces what it said before, what it does not say stays — our own export,
            // which has no reason column, re-imported keeps the reason and changes nothing.
            const Suspension &now = m.suspensions.first();
            Suspension merged = stored.suspensions.first();
            if (!now.reason.isEmpty())
                merged.reason = now.reason;
            if (now.days > 0 || !unmapped(ImportField::SuspensionDays))
                merged.days = now.days;
            m.suspensions = {merged};
        } else {
            m.suspensions = stored.suspensions;
        }
    }
    return m;
}

ImportReport CaseImporter::run(const QString &path, ImportMapping mapping, const ImportOptions &options,
                               const Progress &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.fileName = QFileInfo(path).fileName();
    report.dryRun = options.dryRun;

    ImportSource source;
    if (!source.open(path, mapping)) {
        report.fatalError = source.errorString();
        return report;
    }
    RowSource *reader = source.reader();
    report.format = reader->formatDescription();
    report.headerAt = reader->rowLabel(source.headerLine());
    const QStringList header = source.header();
    mapping = mapping.boundTo(header);
    for (const auto &[field, name] : mapping.missingColumns())
        report.missingColumns.append({importFieldName(field), name});

    // Without these columns no row can be valid: say so once rather than on every row.
    QStringList missing;
    if (mapping.column(ImportField::ProtocolNumber) < 0 && mapping.column(ImportField::CaseNumber) < 0)
        missing << missingColumnMessage(ImportField::ProtocolNumber);
    if (mapping.column(ImportField::StartDate) < 0)
        missing << missingColumnMessage(ImportField::StartDate);
    if (mapping.column(ImportField::ProcedureCode) < 0)
        missing << missingColumnMessage(ImportField::ProcedureCode);
    if (mapping.column(ImportField::AuthorityIstat) < 0 && mapping.defaultAuthority.isEmpty())
        missing << QObject::tr("no column for authority_istat: map one or give the authority (--authority)");
    if (!missing.isEmpty()) {
        report.fatalError = QObject::tr("%1, header: %2").arg(report.headerAt, missing.join(u"; "_s));
        return report;
    }

    auto columnText = [&](ImportField f) -> QString {
        int col = mapping.column(f);
        if (f == ImportField::ProtocolNumber && col < 0)
            col = mapping.column(ImportField::CaseNumber);
        if (col < 0)
            return QString();
        return reader->columnLabel(col) + u" ("_s + header.value(col) + u')';
    };

    QFile rejects;
    if (!options.rejectsPath.isEmpty()) {
        rejects.setFileName(options.rejectsPath);
        if (!rejects.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            report.fatalError = QObject::tr("cannot write the rejected rows to %1: %2")
                                    .arg(options.rejectsPath, rejects.errorString());
            return report;
        }
        rejects.write("\xEF\xBB\xBF"); // Excel opens a UTF-8 CSV right only with a BOM
        rejects.write((csvLine(QStringList(header) << u"import_errors"_s) + u'\n').toUtf8());
        report.rejectsFile = options.rejectsPath;
    }
    // A cancelled or failed run wrote only part of the rejected rows: no file that looks complete.
    const auto discardRejects = [&] {
        if (!rejects.isOpen())
            return;
        rejects.remove();
        report.rejectsFile.clear();
    };

    const ReferenceLookup reference(m_db);
    if (!reference.errorString().isEmpty()) {
        report.fatalError = reference.errorString();
        discardRejects();
        return report;
    }
    const RowMapper mapper(mapping, reference, source.isXlsx());
    ImportCaseWriter writer(m_db, reference, options.context, options.phases);
    // Authority and procedure are checked against the lists loaded above, inside the write
    // lock: the per-row foreign-key lookups would only repeat that (PRAGMA foreign_keys is a
    // no-op inside a transaction, so it is switched before BEGIN and back after).
    sql::runLogged(m_db, u"PRAGMA foreign_keys = OFF"_s);
    const auto restoreForeignKeys = qScopeGuard([this] { sql::runLogged(m_db, u"PRAGMA foreign_keys = ON"_s); });
    // The checksum that identifies the file in the import run, computed alongside.
    std::atomic_bool stopHashing{false};
    std::future<QString> sha256;
    if (!options.dryRun)
        sha256 = std::async(std::launch::async, fileSha256, path, std::cref(stopHashing));
    const auto joinHashing = qScopeGuard([&stopHashing] { stopHashing = true; }); // before the future joins

    Transaction tx(m_db);
    QString error;
    if ((!options.dryRun && !tx.begin(&error)) || !writer.prepare(report.fileName, &error, options.dryRun)) {
        report.fatalError = error;
        discardRejects();
        return report;
    }
    auto authorityExists = [&reference](const QString &istat) { return reference.authorityExists(istat); };
    ImportPhases *const phases = options.phases;

    // Two threads: this one writes (it owns the connection); the reading thread reads, maps
    // and checks the rows — everything that needs no store — and hands them over in batches,
    // so that a file's parsing and the store's inserts share the machine's cores.
    // On a first import every valid row becomes a new case: the reading thread then counts
    // the statistics too, taking that work off the writing thread, the busier of the two.
    const bool countWhileReading = !options.dryRun && writer.storeWasEmpty();
    CaseStatsAccumulator readStats;
    HandoffQueue<CheckedBatch> queue(4);
    const qint64 total = reader->size(); // the reader is the reading thread's once it starts
    const auto readAndCheck = [&] {
        FirstLines<HashKey> seen;    // key hash → line, for duplicates within the file
        FirstLines<UuidKey> seenIds; // the same for the ids a file gives (an export's)
        SourceRow row;
        QList<CellProblem> cellProblems;
        // A file's rows are rarely shorter than 64 bytes: room for that many keys, up to a
        // million (32 MiB), so a large file's table is sized once instead of doubled twenty
        // times; a file with longer rows reserves more than it needs, by the cap at most. The
        // id table is sized the same way once the first id shows that the file has them.
        const size_t expectedRows = size_t(std::clamp<qint64>(total / 64, 0, 1'000'000));
        seen.reserve(expectedRows);
        // In a store without case files no id can belong to another case: the writer's check
        // of the id's owner, and the copy of the row it needs for the rejects file, are skipped.
        const bool idsMayBeTaken = !writer.storeWasEmpty();
        CheckedBatch batch;
        batch.rows.reserve(kBatchRows);
        for (;;) {
            {
                const PhaseTimer t(phases, ImportPhases::ReadParse);
                if (!source.next(&row))
                    break;
            }
            std::optional<PhaseTimer> checking(std::in_place, phases, ImportPhases::MapValidate);
            CheckedRow &r = batch.rows.emplace_back();
            r.line = row.line;
            CaseFile &c = r.c;
            cellProblems.clear();
            QUuid id;
            mapper.map(row, &c, &cellProblems, &id);
            const HashKey key(ImportCaseWriter::keyHash(c.authorityIstat, c.protocolNumber));
            seen.prefetch(key);
            const UuidKey idKey(id);
            if (!idKey.isEmpty())
                seenIds.prefetch(idKey);
            QSet<QString> fieldsWithCellProblems;
            for (const CellProblem &p : std::as_const(cellProblems)) {
                const QString field = importFieldName(p.field);
                fieldsWithCellProblems.insert(field);
                r.problems.append({reader->rowLabel(row.line), columnText(p.field), field, p.reason});
                if (!p.unknownValue.isEmpty())
                    r.unknownValues.append({field, p.unknownValue});
            }
            const QList<CaseFileProblem> ruleProblems = checkCaseFile(c, authorityExists, reference.types());
            for (const CaseFileProblem &p : ruleProblems) {
                if (!fieldsWithCellProblems.contains(p.field))
                    r.problems.append({reader->rowLabel(row.line), columnText(fieldFor(p.field)), p.field, p.reason});
            }
            if (!c.protocolNumber.isEmpty()) {
                if (const qint64 first = seen.firstOrInsert(key, row.line)) {
                    r.problems.append({reader->rowLabel(row.line), columnText(ImportField::ProtocolNumber),
                                       u"protocol_number"_s,
                                       QObject::tr("'%1' appears twice in this file for authority %2 (first at %3)")
                                           .arg(c.protocolNumber, c.authorityIstat, reader->rowLabel(first))});
                }
            }
            if (!idKey.isEmpty()) {
                if (seenIds.isEmpty())
                    seenIds.reserve(expectedRows);
                if (const qint64 first = seenIds.firstOrInsert(idKey, row.line)) {
                    r.problems.append({reader->rowLabel(row.line), columnText(ImportField::Id), u"id"_s,
                                       QObject::tr("'%1' appears twice in this file (first at %2)")
                                           .arg(c.id, reader->rowLabel(first))});
                } else {
                    r.checkIdOwner = idsMayBeTaken;
                }
            }
            if (!r.problems.isEmpty() || r.checkIdOwner)
                r.cells = row.cells(); // for the rejects file
            if (countWhileReading && r.problems.isEmpty())
                readStats.add(c, writer.termAt(c.procedureCode, c.startDate), +1);
            checking.reset();
            if (batch.rows.size() == kBatchRows) {
                batch.position = reader->position();
                if (!queue.push(std::exchange(batch, {})))
                    return; // the writer stopped
                batch.rows.reserve(kBatchRows);
            }
        }
        batch.position = reader->position();
        if (!batch.rows.empty())
            queue.push(std::move(batch));
        queue.close();
    };
    std::future<void> reading = std::async(std::launch::async, readAndCheck);
    const auto stopReading = qScopeGuard([&queue] { queue.cancel(); }); // before the future joins

    bool writing = !options.dryRun;
    qint64 position = 0;
    bool halfRead = false; // the stages crash and cancel tests stop at (see reachStage)
    while (error.isEmpty() && !report.cancelled) {
        std::optional<CheckedBatch> batch = queue.pop();
        if (!batch)
            break;
        for (CheckedRow &r : batch->rows) {
            ++report.rowsRead;
            if ((report.rowsRead & 1023) == 0) {
                if (cancel && cancel->load(std::memory_order_relaxed)) {
                    report.cancelled = true;
                    break;
                }
                if (progress && (report.rowsRead & 8191) == 0)
                    progress(position, total, report.rowsRead);
            }
            for (const auto &[field, value] : std::as_const(r.unknownValues))
                ++report.unknownValues[field][value];
            CaseFile &c = r.c;
            if (r.checkIdOwner) {
                const auto owner = writer.keyOfId(c.id, &error);
                if (!error.isEmpty())
                    break;
                if (owner && (owner->first != c.authorityIstat || owner->second != c.protocolNumber)) {
                    r.problems.append({reader->rowLabel(r.line), columnText(ImportField::Id), u"id"_s,
                                       QObject::tr("'%1' is the id of another case file (authority %2, protocol %3)")
                                           .arg(c.id, owner->first, owner->second)});
                }
            }
            if (!r.problems.isEmpty()) {
                ++report.rejected;
                QStringList reasons;
                for (ImportProblem &p : r.problems) {
                    reasons << (p.field.isEmpty() ? p.reason : p.field + u": "_s + p.reason);
                    report.addProblem(std::move(p));
                }
                if (rejects.isOpen())
                    rejects.write((csvLine(r.cells << reasons.join(u"; "_s)) + u'\n').toUtf8());
                if (options.policy == ApplyPolicy::AllOrNothing)
                    writing = false; // nothing will be committed: stop writing, keep reporting
                continue;
            }
            std::optional<PhaseTimer> matching(std::in_place, phases, ImportPhases::Match);
            const std::optional<CaseFile> stored = writer.findExisting(c.authorityIstat, c.protocolNumber, &error);
            matching.reset();
            if (!error.isEmpty())
                break;
            if (stored) {
                const CaseFile merged = mergeForUpdate(*stored, c, mapping);
                if (merged == *stored) {
                    ++report.unchanged;
                } else {
                    ++report.updated;
                    report.addChanges(*stored, merged); // what the dry run shows before a re-import
                    const PhaseTimer t(phases, ImportPhases::Update);
                    if (writing && !writer.update(*stored, merged, &error))
                        break;
                }
            } else {
                ++report.inserted;
                if (writing && !writer.insert(&c, r.line, &error, !countWhileReading))
                    break;
            }
        }
        position = batch->position;
        if (!halfRead && total > 0 && position * 2 >= total && error.isEmpty() && !report.cancelled) {
            halfRead = true;
            reachStage("import:half-the-rows");
        }
    }
    queue.cancel(); // a cancel or an error: the reading thread stops at its next batch
    reading.wait();
    if (!error.isEmpty() || !source.errorString().isEmpty()) {
        report.fatalError = !source.errorString().isEmpty() ? source.errorString() : writeFailure(m_db, error);
        discardRejects();
        return report; // the transaction rolls back
    }
    if (report.cancelled)
        discardRejects();
    if (progress)
        progress(reader->size(), reader->size(), report.rowsRead);
    if (report.cancelled || options.dryRun)
        return report;
    if (report.rejected > 0 && options.policy == ApplyPolicy::AllOrNothing)
        return report;
    writer.addStatistics(std::move(readStats)); // the reading thread has ended
    reachStage("import:rows-written");
    bool finished = false;
    {
        const PhaseTimer t(phases, ImportPhases::Finish);
        // The index builds of a first import take seconds: a cancel interrupts them (SQLite
        // checks the handler every few thousand steps) and everything rolls back.
        sqlite3 *handle = sqliteHandle(m_db);
        if (cancel && handle) {
            sqlite3_progress_handler(
                handle, 4096,
                [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
                const_cast<std::atomic_bool *>(cancel));
        }
        finished = writer.finish(sha256.get(), &error);
        if (cancel && handle)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        if (!finished && cancel && cancel->load()) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
    }
    if (finished) {
        reachStage("import:indexed");
        const PhaseTimer t(phases, ImportPhases::Commit);
        finished = tx.commit(&error);
    }
    if (!finished) {
        report.fatalError = writeFailure(m_db, error);
        return report;
    }
    reachStage("import:committed");
    report.applied = true;
    qCInfo(lcImport) << "imported" << report.fileName << report.rowsRead << "rows in" << timer.elapsed() << "ms";
    return report;
}

} // namespace pass
