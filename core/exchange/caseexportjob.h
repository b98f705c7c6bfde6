#pragma once

#include "core/query/casefilefilter.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace pass {

// Exports the case files a filter selects to a CSV or XLSX file (CaseCsvExporter,
// XlsxCaseExporter) on a worker thread with a read connection of its own, so the window stays
// responsive over a million rows. Reports progress against the filter's count, and can be
// cancelled: a cancelled or failed export leaves no file behind.
class CaseExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Xlsx };

    CaseExportJob(QString storePath, CaseFileFilter filter, Format format, QString outPath, QObject *parent = nullptr);
    ~CaseExportJob() override;

    // The format a file name asks for (".xlsx": XLSX, anything else: CSV).
    static Format formatFor(const QString &path);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // total: the number of case files the filter selects (known before the first row).
    void progress(qint64 rows, qint64 total);
    // rows written; error empty on success ("cancelled" is an error too).
    void finished(qint64 rows, const QString &error);

private:
    QString m_storePath;
    CaseFileFilter m_filter;
    Format m_format;
    QString m_outPath;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_work;
    bool m_running = false;
};

} // namespace pass
