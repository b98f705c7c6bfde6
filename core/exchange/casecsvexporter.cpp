#include "casecsvexporter.h"

#include "core/store/sql.h"
#include "core/query/casefilewhere.h"
#include "core/store/referencestore.h"
#include "core/util/csvline.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {

QStringList CaseCsvExporter::columns()
{
    return {u"id"_s, u"authority_istat"_s, u"procedure_code"_s, u"protocol_number"_s, u"start_date"_s,
            u"end_date"_s, u"outcome"_s, u"services_conference"_s, u"suspended"_s, u"responsible"_s,
            u"suspension_days"_s, u"notes"_s};
}

bool CaseCsvExporter::selectRows(QSqlQuery &q, const QSqlDatabase &db, const CaseFileFilter &filter, QString *error)
{
    QVariantList binds;
    QList<ProcedureType> catalogue;
    if (!ReferenceStore(db).procedureTypes(&catalogue, error))
        return false;
    const QString where = caseFileWhere(filter, catalogue, &binds);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, authority_istat, procedure_code, protocol_number, start_date, end_date, outcome, "
              "services_conference, suspended, responsible, suspension_days, notes FROM case_files"_s
              + where + u" ORDER BY authority_istat, start_date, protocol_number"_s);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    return sql::exec(q, error);
}

qint64 CaseCsvExporter::write(QIODevice *out, const CaseFileFilter &filter, QString *error,
                              const std::function<bool(qint64)> &progress)
{
    QSqlQuery q(m_db);
    if (!CaseCsvExporter::selectRows(q, m_db, filter, error))
        return -1;
    QByteArray buffer = (csvLine(columns()) + u"\n"_s).toUtf8();
    qint64 rows = 0;
    QStringList fields;
    fields.reserve(12);
    while (q.next()) {
        fields.clear();
        for (int i = 0; i < 12; ++i) {
            if (i == 7 || i == 8)
                fields << (q.value(i).toBool() ? u"true"_s : u"false"_s);
            else
                fields << q.value(i).toString();
        }
        buffer += csvLine(fields).toUtf8();
        buffer += '\n';
        ++rows;
        if (buffer.size() > (1 << 20)) {
            if (out->write(buffer) != buffer.size()) {
                *error = QObject::tr("Cannot write the export: %1").arg(out->errorString());
                return -1;
            }
            buffer.clear();
            if (progress && !progress(rows)) {
                *error = QObject::tr("Export cancelled");
                return -1;
            }
        }
    }
    // Rows that stopped because the store failed are not the end of the list: no short file.
    if (!sql::finished(q, error))
        return -1;
    if (out->write(buffer) != buffer.size()) {
        *error = QObject::tr("Cannot write the export: %1").arg(out->errorString());
        return -1;
    }
    return rows;
}

} // namespace pass
