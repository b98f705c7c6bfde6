#pragma once

#include "reports/reportbatch.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace pass {

class MonitoringReport;
class Workspace;

// File → Reports…: one authority's monitoring report (PDF, shown in a print preview inside the
// dialog, printable) or its DFP table (XLSX, CSV) for a semester, in Italian or English, with
// the backlog variant the views use; or the reports of every authority in scope (a province,
// or the region) into a folder, with progress and cancel. Every report is built on a worker
// thread by pass_reports, the same code passctl report runs.
class ReportDialog : public QDialog
{
    struct Built
    {
        std::shared_ptr<MonitoringReport> report;
        QString error;
    };

    Q_OBJECT
public:
    explicit ReportDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportBatch::Options options() const;
    QString authority() const;
    void setAuthority(const QString &istat);
    void setFormat(ReportBatch::Format format);
    void setBatchProvince(const QString &provinceCode);
    bool isBusy() const;

    QPrintPreviewWidget *preview() const { return m_preview; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    // Pages the preview shows (0 before the first report is built).
    int previewPages() const;

public Q_SLOTS:
    // Builds the chosen authority's monitoring report and shows it in the preview.
    void updatePreview();
    void printReport();
    // Writes the chosen authority's report in the chosen format; asks where when path is empty.
    void save(const QString &path = QString());
    // Writes every authority's report into `folder`; asks for one when it is empty.
    void runBatch(const QString &folder = QString());
    void cancelBatch();

Q_SIGNALS:
    void previewReady();
    void saved(bool ok, const QString &pathOrError);
    void batchProgress(int done, int total);
    void batchFinished(const pass::ReportBatch::Result &result);

private:
    void setBusy(bool busy);

    Workspace *m_workspace;
    QComboBox *m_authority;
    QComboBox *m_semester;
    QComboBox *m_language;
    QComboBox *m_variant;
    QComboBox *m_format;
    QComboBox *m_province;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
    QPushButton *m_batchButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    std::shared_ptr<MonitoringReport> m_report;
    QFutureWatcher<Built> m_building;
    QFutureWatcher<ReportBatch::Result> m_batch;
    QFutureWatcher<QString> m_saving;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // Set while a preview, a save or a batch runs, until its result is shown.
    bool m_busy = false;
    bool m_batchRunning = false;
};

} // namespace pass
