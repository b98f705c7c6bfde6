#pragma once

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
    // Runs the query both exports read: the columns() of the case files of one authority (all
    // when empty), in a stable order. False with *error set when it cannot run.
    static bool selectRows(QSqlQuery &q, const QString &authorityIstat, QString *error);

    explicit CaseCsvExporter(QSqlDatabase db) : m_db(std::move(db)) { }

    // authorityIstat empty: all. Returns the number of rows written, or -1 with *error set.
    qint64 write(QIODevice *out, const QString &authorityIstat, QString *error,
                 const std::function<bool(qint64)> &progress = {});

private:
    QSqlDatabase m_db;
};

} // namespace pass
