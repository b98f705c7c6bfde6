#include "casebulkloader.h"

#include "core/store/sqlitehandle.h"

#include "core/store/auditlog.h"
#include "core/store/migrations.h"
#include "core/store/referencestore.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

CaseBulkLoader::CaseBulkLoader(QSqlDatabase db, int cacheKb)
    : m_db(db), m_types(ReferenceStore(db).procedureTypesByCode()), m_now(utcNow())
{
    // A million inserts touch every index page many times: keep the pages in memory instead of
    // spilling them to the WAL again and again.
    QSqlQuery pragma(m_db);
    if (pragma.exec(u"PRAGMA cache_size"_s) && pragma.next())
        m_previousCacheSize = pragma.value(0).toLongLong();
    pragma.exec(u"PRAGMA cache_size = -%1"_s.arg(cacheKb));
    m_handle = sqliteHandle(m_db);
    if (!m_handle)
        return;
    const QByteArray columns = "INTO case_files (id, authority_istat, procedure_code, protocol_number, "
                               "start_date, end_date, outcome, services_conference, suspended, suspension_days, "
                               "responsible, notes, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const QByteArray insertCase = "INSERT " + columns;
    const QByteArray insertNewCase = "INSERT " + columns + " ON CONFLICT(id) DO NOTHING";
    sqlite3_prepare_v2(m_handle, insertCase.constData(), -1, &m_insertCase, nullptr);
    QByteArray chunk = insertCase;
    for (int i = 1; i < kChunkRows; ++i)
        chunk += ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_prepare_v2(m_handle, chunk.constData(), -1, &m_insertChunk, nullptr);
    sqlite3_prepare_v2(m_handle, insertNewCase.constData(), -1, &m_insertNewCase, nullptr);
    sqlite3_prepare_v2(m_handle,
                       "INSERT INTO case_suspensions (case_id, from_date, to_date, reason) VALUES (?, ?, ?, ?)",
                       -1, &m_insertSuspension, nullptr);
}

CaseBulkLoader::~CaseBulkLoader()
{
    QSqlQuery(m_db).exec(u"PRAGMA cache_size = %1"_s.arg(m_previousCacheSize));
    sqlite3_finalize(m_insertCase);
    sqlite3_finalize(m_insertChunk);
    sqlite3_finalize(m_insertNewCase);
    sqlite3_finalize(m_insertSuspension);
}

namespace {

// The text stays in `buffer` until the statement has run (SQLITE_STATIC): no copy by SQLite, and
// no allocation at all for the ASCII text that almost every field is.
void bindText(sqlite3_stmt *stmt, int index, const QString &text, QByteArray &buffer)
{
    if (text.isNull()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    const qsizetype n = text.size();
    buffer.resize(n);
    char *out = buffer.data();
    const ushort *in = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        if (in[i] >= 0x80) {
            buffer = text.toUtf8();
            break;
        }
        out[i] = char(in[i]);
    }
    sqlite3_bind_text(stmt, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

void bindDate(sqlite3_stmt *stmt, int index, QDate date, QByteArray &buffer)
{
    if (!date.isValid()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    buffer.resize(10);
    char *out = buffer.data();
    const auto digits = [](char *at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    digits(out, year, 4);
    out[4] = '-';
    digits(out + 5, month, 2);
    out[7] = '-';
    digits(out + 8, day, 2);
    sqlite3_bind_text(stmt, index, out, 10, SQLITE_STATIC);
}

bool step(sqlite3 *handle, sqlite3_stmt *stmt, QString *error)
{
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(handle));
    return false;
}

} // namespace

bool CaseBulkLoader::write(const CaseFile &c, QString *error, Statistics statistics)
{
    bool inserted = false;
    return insert(m_insertCase, c, &inserted, error, statistics);
}

bool CaseBulkLoader::writeIfNew(const CaseFile &c, bool *inserted, QString *error, Statistics statistics)
{
    return insert(m_insertNewCase, c, inserted, error, statistics);
}

void CaseBulkLoader::bindCase(sqlite3_stmt *stmt, int first, const CaseFile &c, QByteArray *buffer)
{
    bindText(stmt, first, c.id, buffer[0]);
    bindText(stmt, first + 1, c.authorityIstat, buffer[1]);
    bindText(stmt, first + 2, c.procedureCode, buffer[2]);
    bindText(stmt, first + 3, c.protocolNumber, buffer[3]);
    bindDate(stmt, first + 4, c.startDate, buffer[4]);
    bindDate(stmt, first + 5, c.endDate, buffer[5]);
    if (c.outcome)
        bindText(stmt, first + 6, toWireName(*c.outcome), buffer[6]);
    else
        sqlite3_bind_null(stmt, first + 6);
    sqlite3_bind_int(stmt, first + 7, c.servicesConference ? 1 : 0);
    sqlite3_bind_int(stmt, first + 8, c.isSuspended() ? 1 : 0);
    sqlite3_bind_int(stmt, first + 9, c.suspensionDays());
    bindText(stmt, first + 10, c.responsible, buffer[10]);
    bindText(stmt, first + 11, c.notes.isEmpty() ? QString() : c.notes, buffer[11]);
    bindText(stmt, first + 12, m_now, buffer[12]);
    sqlite3_bind_int64(stmt, first + 13, c.version);
}

bool CaseBulkLoader::insert(sqlite3_stmt *insertCase, const CaseFile &c, bool *inserted, QString *error,
                            Statistics statistics)
{
    *inserted = false;
    if (!insertCase || !m_insertSuspension) {
        *error = QObject::tr("The store's SQLite handle is not available for bulk writing");
        return false;
    }
    bindCase(insertCase, 1, c, m_buffers.data());
    if (!step(m_handle, insertCase, error)) {
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
    QByteArray *buffer = m_buffers.data();
    for (const Suspension &s : c.suspensions) {
        bindText(m_insertSuspension, 1, c.id, buffer[0]);
        bindDate(m_insertSuspension, 2, s.from, buffer[14]);
        bindDate(m_insertSuspension, 3, s.to, buffer[15]);
        bindText(m_insertSuspension, 4, s.reason, buffer[16]);
        if (!step(m_handle, m_insertSuspension, error))
            return false;
    }
    if (statistics == Statistics::CountedByCaller)
        return true;
    const auto type = m_types.constFind(c.procedureCode);
    m_stats.add(c, type == m_types.cend() ? std::nullopt : type->termFor(c.startDate), +1);
    return true;
}

bool CaseBulkLoader::writeAll(const std::vector<CaseFile> &cases, QString *error, Statistics statistics)
{
    size_t i = 0;
    if (m_insertChunk) {
        m_chunkBuffers.resize(size_t(kChunkRows) * kColumns);
        for (; i + kChunkRows <= cases.size(); i += kChunkRows) {
            for (int row = 0; row < kChunkRows; ++row)
                bindCase(m_insertChunk, row * kColumns + 1, cases[i + row], m_chunkBuffers.data() + row * kColumns);
            if (!step(m_handle, m_insertChunk, error)) {
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
    if (ok && m_rebuildIndexes) {
        QSqlQuery q(m_db);
        const QStringList statements = caseFileIndexStatements();
        for (const QString &sql : statements) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                ok = false;
                break;
            }
        }
    }
    return ok;
}

} // namespace pass
