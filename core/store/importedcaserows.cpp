#include "importedcaserows.h"

#include "core/store/casebulkloader.h"
#include "core/store/sqlitehandle.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QDate dateFrom(const QString &s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

} // namespace

bool ImportedCaseRows::prepare(const QSqlDatabase &db, const QString &updatedAt, qint64 run, QString *error)
{
    m_updatedAt = updatedAt;
    m_run = run;
    sqlite3 *h = sqliteHandle(db);
    if (!h) {
        *error = u"the bulk importer needs the QSQLITE driver"_s;
        return false;
    }
    // OR FAIL: a failing insert fails the whole import, which rolls back, so the statement
    // needs no journal of its own to undo half a row (a third of the cost of each insert).
    QByteArray insertSql = "INSERT OR FAIL INTO case_files (id, authority_istat, procedure_code, protocol_number, "
                           "start_date, end_date, outcome, services_conference, suspended, suspension_days, "
                           "responsible, notes, version, updated_at, import_run, import_line) VALUES ";
    const QByteArray row = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    if (!m_insertOne.prepare(h, QByteArray(insertSql + row).constData(), error))
        return false;
    insertSql += row;
    for (int i = 1; i < kBatchRows; ++i)
        insertSql += ',' + row;
    return m_insertBatch.prepare(h, insertSql.constData(), error)
        && m_update.prepare(h, "UPDATE case_files SET procedure_code = ?2, start_date = ?3, end_date = ?4, "
                               "outcome = ?5, services_conference = ?6, suspended = ?7, suspension_days = ?8, "
                               "responsible = ?9, notes = ?10, updated_at = ?11 WHERE id = ?1", error)
        && m_find.prepare(h, "SELECT id, procedure_code, start_date, end_date, outcome, services_conference, "
                             "suspended, responsible, notes, version FROM case_files "
                             "WHERE authority_istat = ? AND protocol_number = ?", error)
        && m_findId.prepare(h, "SELECT authority_istat, protocol_number FROM case_files WHERE id = ?", error)
        && m_findSuspensions.prepare(h, "SELECT from_date, to_date, reason, days FROM case_suspensions "
                                        "WHERE case_id = ? ORDER BY id", error)
        && m_deleteSuspensions.prepare(h, "DELETE FROM case_suspensions WHERE case_id = ?", error)
        && m_insertSuspension.prepare(h, CaseBulkLoader::kInsertSuspensionSql, error);
}

void ImportedCaseRows::bindRow(SqliteStatement &stmt, int first, const Row &row)
{
    const CaseFile &c = row.first;
    CaseBulkLoader::bindCaseColumns(stmt, first, c);
    stmt.bind(first + 12, c.version);
    stmt.bind(first + 13, m_updatedAt);
    if (m_run > 0) {
        stmt.bind(first + 14, m_run);
        stmt.bind(first + 15, row.second);
    } else {
        stmt.bindNull(first + 14);
        stmt.bindNull(first + 15);
    }
}

bool ImportedCaseRows::insertSuspensions(const CaseFile &c, QString *error)
{
    return CaseBulkLoader::insertSuspensions(m_insertSuspension, c, error);
}

bool ImportedCaseRows::insert(const QList<Row> &rows, QString *error)
{
    qsizetype i = 0;
    for (; i + kBatchRows <= rows.size(); i += kBatchRows) {
        for (int k = 0; k < kBatchRows; ++k)
            bindRow(m_insertBatch, 1 + k * kColumns, rows.at(i + k));
        if (!m_insertBatch.exec(error))
            return false;
        for (int k = 0; k < kBatchRows; ++k) {
            if (!insertSuspensions(rows.at(i + k).first, error))
                return false;
        }
    }
    for (; i < rows.size(); ++i) {
        bindRow(m_insertOne, 1, rows.at(i));
        if (!m_insertOne.exec(error) || !insertSuspensions(rows.at(i).first, error))
            return false;
    }
    return true;
}

bool ImportedCaseRows::update(const CaseFile &before, const CaseFile &after, QString *error)
{
    m_update.bind(1, after.id);
    m_update.bind(2, after.procedureCode);
    m_update.bind(3, after.startDate);
    m_update.bind(4, after.endDate);
    m_update.bindOptional(5, after.outcome ? toWireName(*after.outcome) : QString());
    m_update.bind(6, qint64(after.servicesConference));
    m_update.bind(7, qint64(after.isSuspended()));
    m_update.bind(8, qint64(after.suspensionDays()));
    m_update.bind(9, after.responsible);
    m_update.bind(10, after.notes);
    m_update.bind(11, m_updatedAt);
    if (!m_update.exec(error))
        return false;
    if (before.suspensions == after.suspensions)
        return true;
    m_deleteSuspensions.bind(1, after.id);
    return m_deleteSuspensions.exec(error) && insertSuspensions(after, error);
}

std::optional<CaseFile> ImportedCaseRows::find(const QString &authority, const QString &protocol, QString *error)
{
    m_find.bind(1, authority);
    m_find.bind(2, protocol);
    if (!m_find.step(error)) {
        m_find.reset();
        return std::nullopt;
    }
    CaseFile c;
    c.id = m_find.text(0);
    c.authorityIstat = authority;
    c.protocolNumber = protocol;
    c.procedureCode = m_find.text(1);
    c.startDate = dateFrom(m_find.text(2));
    c.endDate = dateFrom(m_find.text(3));
    c.outcome = m_find.isNull(4) ? std::nullopt : outcomeFromWireName(m_find.text(4));
    c.servicesConference = m_find.integer(5) != 0;
    const bool suspended = m_find.integer(6) != 0;
    c.responsible = m_find.text(7);
    c.notes = m_find.text(8);
    c.version = m_find.integer(9);
    m_find.reset();
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

std::optional<std::pair<QString, QString>> ImportedCaseRows::keyOfId(const QString &id, QString *error)
{
    m_findId.bind(1, id);
    std::optional<std::pair<QString, QString>> key;
    if (m_findId.step(error))
        key = std::pair(m_findId.text(0), m_findId.text(1));
    m_findId.reset();
    return key;
}

} // namespace pass
