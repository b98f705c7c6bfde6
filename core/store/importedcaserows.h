#pragma once

#include "core/domain/records.h"
#include "core/store/sqlitestatement.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

namespace pass {

// The case_files and case_suspensions rows an import writes and reads, through statements
// prepared once on the connection's SQLite handle (Qt's binding layer costs more than a million
// inserts themselves). A created case keeps its import run and the line of the file it came
// from. Inside the importer's transaction; ImportCaseWriter adds the audit trail, the outbox and
// the statistics.
class ImportedCaseRows
{
public:
    // Created cases are inserted this many to a statement: the work a statement does besides
    // inserting (start, halt, reset) is paid once per batch.
    static constexpr int kBatchRows = 64;
    using Row = std::pair<CaseFile, qint64>; // a case and its line in the file

    // updatedAt and run are the same for every row of one import (run 0: none, NULL).
    bool prepare(const QSqlDatabase &db, const QString &updatedAt, qint64 run, QString *error);

    // Inserts new cases and their suspension periods: full batches of kBatchRows per statement,
    // the rest one by one.
    bool insert(const QList<Row> &rows, QString *error);
    // Writes after's fields over the stored row (same id), and its suspension periods when they
    // differ from before's.
    bool update(const CaseFile &before, const CaseFile &after, QString *error);

    // The stored case with this key; nullopt when there is none, or when the read failed (then
    // *error is set).
    std::optional<CaseFile> find(const QString &authority, const QString &protocol, QString *error);
    // The authority and protocol of the stored case with this id; nullopt as find().
    std::optional<std::pair<QString, QString>> keyOfId(const QString &id, QString *error);

private:
    static constexpr int kColumns = 16;
    void bindRow(SqliteStatement &stmt, int first, const Row &row);
    bool insertSuspensions(const CaseFile &c, QString *error);

    QString m_updatedAt;
    qint64 m_run = 0;
    SqliteStatement m_insertOne, m_insertBatch, m_update, m_find, m_findId, m_findSuspensions;
    SqliteStatement m_deleteSuspensions, m_insertSuspension;
};

} // namespace pass
