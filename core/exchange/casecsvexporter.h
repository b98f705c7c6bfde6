#pragma once

#include "core/query/casefilefilter.h"

#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace pass {

// Writes case files as canonical CSV (UTF-8, comma, header), streaming from the store:
// id,authority_istat,procedure_code,protocol_number,start_date,end_date,outcome,
// services_conference,suspended,responsible — then the extra columns suspension_days, notes.
class CaseCsvExporter
{
public:
    static QStringList columns();
    // Runs the query both exports read on q's store: the columns() of the case files the filter
    // selects (the same ones a list with that filter shows), ordered by authority, start date and
    // protocol number. False with *error set when it cannot run.
    static bool selectRows(QSqlQuery &q, const QSqlDatabase &db, const CaseFileFilter &filter, QString *error);

    explicit CaseCsvExporter(QSqlDatabase db) : m_db(std::move(db)) { }

    // The case files the filter selects (a default filter: all). progress(rows) returning false
    // cancels. Returns the number of rows written, or -1 with *error set.
    qint64 write(QIODevice *out, const CaseFileFilter &filter, QString *error,
                 const std::function<bool(qint64)> &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace pass
