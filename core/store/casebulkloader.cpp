#include "casebulkloader.h"

#include "core/store/sqlitehandle.h"

#include "core/store/auditlog.h"
#include "core/store/indexbuild.h"
#include "core/store/migrations.h"
#include "core/store/referencestore.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

CaseBulkLoader::CaseBulkLoader(QSqlDatabase db, int cacheKb)
    : m_db(db),
      // A million inserts touch every index page many times: keep the pages in memory instead
      // of spilling them to the WAL again and again.
      m_cacheSize(db, "cache_size", -cacheKb), m_now(utcNow())
{
    m_handle = sqliteHandle(m_db);
    if (!m_handle)
        return;
    const QByteArray columns = "INTO case_files (id, authority_istat, procedure_code, protocol_number, "
                               "start_date, end_date, outcome, services_conference, suspended, suspension_days, "
                               "responsible, notes, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const QByteArray insertCase = "INSERT " + columns;
    QByteArray chunk = insertCase;
    for (int i = 1; i < kChunkRows; ++i)
        chunk += ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    // Failures show at the first write (isPrepared() false): the statements are fixed text.
    QString ignored;
    m_insertCase.prepare(m_handle, insertCase.constData(), &ignored);
    m_insertChunk.prepare(m_handle, chunk.constData(), &ignored);
    m_insertNewCase.prepare(m_handle, QByteArray(insertCase + " ON CONFLICT(id) DO NOTHING").constData(), &ignored);
    m_insertSuspension.prepare(m_handle, kInsertSuspensionSql, &ignored);
}

bool CaseBulkLoader::write(const CaseFile &c, QString *error, Statistics statistics)
{
    bool inserted = false;
    return insert(m_insertCase, c, &inserted, error, statistics);
}

bool CaseBulkLoader::writeIfNew(const CaseFile &c, bool *inserted, QString *error, Statistics statistics)
{
    return insert(m_insertNewCase, c, inserted, error, statistics);
}

void CaseBulkLoader::bindCaseColumns(SqliteStatement &stmt, int first, const CaseFile &c)
{
    stmt.bind(first, c.id);
    stmt.bind(first + 1, c.authorityIstat);
    stmt.bind(first + 2, c.procedureCode);
    stmt.bind(first + 3, c.protocolNumber);
    stmt.bind(first + 4, c.startDate);
    stmt.bind(first + 5, c.endDate);
    if (c.outcome)
        stmt.bind(first + 6, toWireName(*c.outcome));
    else
        stmt.bindNull(first + 6);
    stmt.bind(first + 7, qint64(c.servicesConference ? 1 : 0));
    stmt.bind(first + 8, qint64(c.isSuspended() ? 1 : 0));
    stmt.bind(first + 9, qint64(c.suspensionDays()));
    stmt.bindOptional(first + 10, c.responsible);
    stmt.bindOptional(first + 11, c.notes.isEmpty() ? QString() : c.notes);
}

bool CaseBulkLoader::insertSuspensions(SqliteStatement &stmt, const CaseFile &c, QString *error)
{
    for (const Suspension &s : c.suspensions) {
        stmt.bind(1, c.id);
        stmt.bind(2, s.from);
        stmt.bind(3, s.to);
        stmt.bindOptional(4, s.reason);
        stmt.bind(5, qint64(s.days));
        if (!stmt.exec(error))
            return false;
    }
    return true;
}

void CaseBulkLoader::bindCase(SqliteStatement &stmt, int first, const CaseFile &c)
{
    bindCaseColumns(stmt, first, c);
    stmt.bind(first + 12, m_now);
    stmt.bind(first + 13, c.version);
}

bool CaseBulkLoader::insert(SqliteStatement &insertCase, const CaseFile &c, bool *inserted, QString *error,
                            Statistics statistics)
{
    *inserted = false;
    if (!insertCase.isPrepared() || !m_insertSuspension.isPrepared()) {
        *error = QObject::tr("The store's SQLite handle is not available for bulk writing");
        return false;
    }
    bindCase(insertCase, 1, c);
    if (!insertCase.exec(error)) {
        *error = QObject::tr("Case file %1 (%2): %3").arg(c.protocolNumber, c.authorityIstat, *error);
        return false;
    }
    if (sqlite3_changes(m_handle) == 0)
        return true; // the id is already here (writeIfNew)
    *inserted = true;
    return writeDetails(c, error, statistics);
}

bool CaseBulkLoader::writeDetails(const CaseFile &c, QString *error, Statistics statistics)
{
    if (!insertSuspensions(m_insertSuspension, c, error))
        return false;
    if (statistics == Statistics::CountedByCaller)
        return true;
    const auto type = m_types.constFind(c.procedureCode);
    m_stats.add(c, type == m_types.cend() ? std::nullopt : type->termFor(c.startDate), +1);
    return true;
}

bool CaseBulkLoader::writeAll(const std::vector<CaseFile> &cases, QString *error, Statistics statistics)
{
    size_t i = 0;
    if (m_insertChunk.isPrepared()) {
        for (; i + kChunkRows <= cases.size(); i += kChunkRows) {
            for (int row = 0; row < kChunkRows; ++row)
                bindCase(m_insertChunk, row * kColumns + 1, cases[i + row]);
            if (!m_insertChunk.exec(error)) {
                *error = QObject::tr("Case files %1 to %2 (%3): %4")
                             .arg(cases[i].protocolNumber, cases[i + kChunkRows - 1].protocolNumber,
                                  cases[i].authorityIstat, *error);
                return false;
            }
            for (int row = 0; row < kChunkRows; ++row) {
                if (!writeDetails(cases[i + row], error, statistics))
                    return false;
            }
        }
    }
    for (; i < cases.size(); ++i) {
        if (!write(cases[i], error, statistics))
            return false;
    }
    return true;
}

bool CaseBulkLoader::begin(IndexPolicy policy, QString *error)
{
    // The statistics need each case's legal term: without the catalogue they would be wrong.
    if (!ReferenceStore(m_db).procedureTypesByCode(&m_types, error))
        return false;
    if (policy == IndexPolicy::Keep)
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM case_files)"_s) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    m_rebuildIndexes = !q.value(0).toBool();
    if (!m_rebuildIndexes)
        return true;
    const QStringList names = caseFileIndexNames();
    for (const QString &name : names) {
        if (!q.exec(u"DROP INDEX IF EXISTS "_s + name)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool CaseBulkLoader::finish(QString *error)
{
    bool ok = m_stats.flush(m_db, error);
    return ok && (!m_rebuildIndexes || createIndexes(m_db, caseFileIndexStatements(), error));
}

} // namespace pass
