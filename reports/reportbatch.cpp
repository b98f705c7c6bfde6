#include "reportbatch.h"

#include "core/store/sql.h"
#include "core/util/stage.h"
#include "reports/monitoringreport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {

bool ReportBatch::authoritiesWithCases(QSqlDatabase db, const IndicatorScope &scope, QStringList *authorities,
                                       QString *error)
{
    std::optional<QStringList> chosen;
    authorities->clear();
    if (!scopeAuthorities(db, scope, &chosen, error))
        return false;
    QStringList result;
    QSqlQuery q(db);
    if (!sql::forEachRow(q,
                         u"SELECT DISTINCT authority_istat FROM case_stats WHERE authority_istat <> '*' "
                         "ORDER BY authority_istat"_s,
                         {}, error, [&](const QSqlQuery &row) {
                             const QString istat = row.value(0).toString();
                             if (!chosen || chosen->contains(istat))
                                 result << istat;
                         }))
        return false;
    *authorities = result;
    return true;
}

QString ReportBatch::fileName(const QString &istat, Semester semester, Format format)
{
    const char *ext = format == Format::Pdf ? "pdf" : format == Format::Xlsx ? "xlsx" : "csv";
    return u"%1_%2.%3"_s.arg(istat, semester.label(), QLatin1StringView(ext));
}

std::optional<ReportBatch::Format> ReportBatch::formatOf(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(u".pdf"))
        return Format::Pdf;
    if (lower.endsWith(u".xlsx"))
        return Format::Xlsx;
    if (lower.endsWith(u".csv"))
        return Format::Csv;
    return std::nullopt;
}

bool ReportBatch::writeOne(QSqlDatabase db, const Options &options, const QString &istat, const QString &path, QString *error)
{
    IndicatorScope scope = options.scope;
    if (!istat.isEmpty()) {
        scope.authorityIstat = istat;
        scope.provinceCode.clear();
        scope.smallComuniOnly = false;
        scope.passPhase.reset();
    }
    if (options.format == Format::Pdf) {
        MonitoringReport report;
        MonitoringReport::Options o;
        o.scope = scope;
        o.semester = options.semester;
        o.language = options.language;
        return report.build(db, o, error) && report.writePdf(path, error);
    }
    QString buildError;
    const DfpTable table = DfpTable::build(db, scope, options.semester, options.language, &buildError);
    if (!buildError.isEmpty()) {
        *error = buildError;
        return false;
    }
    if (options.format == Format::Xlsx)
        return table.writeXlsx(path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!table.writeCsv(&file, error))
        return false;
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

ReportBatch::Result ReportBatch::run(QSqlDatabase db, const Options &options, const Progress &progress)
{
    Result result;
    QStringList authorities;
    QString readError;
    if (!authoritiesWithCases(db, options.scope, &authorities, &readError)) {
        result.failures << QObject::tr("the authorities cannot be read from the store: %1").arg(readError);
        return result;
    }
    result.total = int(authorities.size());
    if (!QDir().mkpath(options.outputDir)) {
        result.failures << QObject::tr("cannot create the folder %1").arg(options.outputDir);
        return result;
    }
    const QDir dir(options.outputDir);
    for (const QString &istat : authorities) {
        const QString path = dir.filePath(fileName(istat, options.semester, options.format));
        QString error;
        if (writeOne(db, options, istat, path, &error))
            result.files << path;
        else
            result.failures << istat + u": "_s + error;
        // Where a cancel test holds the batch between two files.
        reachStage("report-batch.file-done");
        if (progress && !progress(int(result.files.size() + result.failures.size()), result.total, istat)) {
            result.cancelled = true;
            break;
        }
    }
    return result;
}

} // namespace pass
