#include "xlsxcaseexporter.h"

#include "core/store/sql.h"
#include "core/exchange/casecsvexporter.h"
#include "core/exchange/xlsxworkbook.h"

#include <QDate>
#include <QFile>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>


using namespace Qt::StringLiterals;

namespace pass {
namespace {

// The canonical columns, shared with the CSV export so the two never drift apart.
const QStringList kColumns = CaseCsvExporter::columns();

bool startSheet(XlsxWorkbook &book, int index)
{
    if (!book.startSheet(index > 1 ? u"case_files (%1)"_s.arg(index) : u"case_files"_s))
        return false;
    book.startRow();
    for (qsizetype c = 0; c < kColumns.size(); ++c)
        book.text(int(c), kColumns.at(c), XlsxWorkbook::Bold);
    book.endRow();
    return true;
}

} // namespace

qint64 XlsxCaseExporter::write(const QString &path, const CaseFileFilter &filter, QString *error,
                               const std::function<bool(qint64)> &progress)
{
    QSqlQuery q(m_db);
    if (!CaseCsvExporter::selectRows(q, m_db, filter, error))
        return -1;
    XlsxWorkbook book(path);
    auto failed = [&](const QString &message) {
        *error = message;
        book.discard();
        return qint64(-1);
    };
    if (!book.open()) {
        *error = QObject::tr("cannot create %1").arg(path);
        return -1;
    }
    const QDate epoch(1899, 12, 30); // Excel's day 0
    int sheets = 1;
    if (!startSheet(book, sheets))
        return failed(QObject::tr("cannot write %1").arg(path));
    qint64 rows = 0;
    while (q.next()) {
        if (book.row() > kRowsPerSheet) {
            if (!startSheet(book, ++sheets))
                return failed(QObject::tr("cannot write %1").arg(path));
        }
        book.startRow();
        for (int c = 0; c < int(kColumns.size()); ++c) {
            const QVariant v = q.value(c);
            if (v.isNull())
                continue;
            if (c == 4 || c == 5) {
                const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
                if (d.isValid())
                    book.number(c, double(epoch.daysTo(d)), XlsxWorkbook::Date);
            } else if (c == 7 || c == 8) {
                book.boolean(c, v.toBool());
            } else if (c == 10) {
                book.number(c, double(v.toLongLong()));
            } else {
                book.text(c, v.toString()); // ISTAT codes stay text: leading zeros kept
            }
        }
        book.endRow();
        ++rows;
        if (progress && (rows & 8191) == 0 && !progress(rows))
            return failed(QObject::tr("Export cancelled"));
    }
    // Rows that stopped because the store failed are not the end of the list: no short file.
    QString readError;
    if (!sql::finished(q, &readError))
        return failed(readError);
    if (!book.finish()) {
        *error = QObject::tr("cannot write %1").arg(path);
        return -1;
    }
    return rows;
}

} // namespace pass
