#include "caseexportjob.h"

#include "core/exchange/casecsvexporter.h"
#include "core/import/xlsxcaseexporter.h"
#include "core/query/casefilequery.h"
#include "core/query/readconnection.h"
#include "core/store/referencestore.h"

#include <QFile>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pass {

CaseExportJob::CaseExportJob(QString storePath, CaseFileFilter filter, Format format, QString outPath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_filter(std::move(filter)), m_format(format),
      m_outPath(std::move(outPath))
{
}

CaseExportJob::~CaseExportJob()
{
    // The worker posts its reports to this object: it must be done before the object goes. It
    // stops at its next progress report.
    cancel();
    m_work.waitForFinished();
}

CaseExportJob::Format CaseExportJob::formatFor(const QString &path)
{
    return path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

void CaseExportJob::cancel()
{
    m_cancelled->store(true);
}

void CaseExportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled->store(false);
    CaseExportJob *self = this;
    auto report = [self](auto signal) {
        QMetaObject::invokeMethod(self, [self, signal] { signal(self); }, Qt::QueuedConnection);
    };
    m_work = QtConcurrent::run([report, path = m_storePath, filter = m_filter, format = m_format,
                                          out = m_outPath, cancelled = m_cancelled] {
        qint64 rows = -1;
        QString error;
        {
            const ReadConnection connection(path);
            QSqlDatabase db = connection.database();
            if (!connection.isOpen()) {
                error = connection.errorString();
            } else {
                QList<ProcedureType> catalogue;
                ReferenceStore(db).procedureTypes(&catalogue, &error);
                CaseFileQuery query(db, catalogue);
                query.setFilter(filter);
                // A total that cannot be read shows as an unknown one (-1); the export itself
                // then fails with the store's words.
                const qint64 total = error.isEmpty() ? query.count() : -1;
                report([total](CaseExportJob *job) { Q_EMIT job->progress(0, total); });
                const auto onProgress = [&](qint64 done) {
                    report([done, total](CaseExportJob *job) { Q_EMIT job->progress(done, total); });
                    return !cancelled->load();
                };
                if (format == Format::Xlsx) {
                    rows = XlsxCaseExporter(db).write(out, filter, &error, onProgress);
                } else {
                    // QSaveFile: a cancelled or failed export never leaves half a file.
                    QSaveFile file(out);
                    if (!file.open(QIODevice::WriteOnly)) {
                        error = QObject::tr("Cannot write %1: %2").arg(out, file.errorString());
                    } else {
                        rows = CaseCsvExporter(db).write(&file, filter, &error, onProgress);
                        if (rows >= 0 && !file.commit()) {
                            error = QObject::tr("Cannot write %1: %2").arg(out, file.errorString());
                            rows = -1;
                        } else if (rows < 0) {
                            file.cancelWriting();
                        }
                    }
                }
            }
        }
        if (rows < 0 && error.isEmpty())
            error = QObject::tr("Export failed");
        report([rows, error](CaseExportJob *job) {
            job->m_running = false;
            Q_EMIT job->finished(std::max<qint64>(rows, 0), error);
        });
    });
}

} // namespace pass
