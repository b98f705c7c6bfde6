#pragma once

#include "reports/reportbatch.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;

namespace pass {

class Workspace;

// The reports: one authority's monitoring report (print preview, PDF) or DFP table (XLSX,
// CSV) for a semester, in Italian or English, gross or net; or every authority of a province
// in one go into a folder, with progress and cancel, on a worker thread.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(Workspace *workspace, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportBatch::Options options() const;
    QString authority() const;
    void setAuthority(const QString &istat);

public Q_SLOTS:
    void preview();
    void save();
    void runBatch();

Q_SIGNALS:
    void batchFinished(const pass::ReportBatch::Result &result);

private:
    void paintPreview(QPrinter *printer);

    Workspace *m_workspace;
    QComboBox *m_authority;
    QComboBox *m_province;
    QComboBox *m_semester;
    QComboBox *m_language;
    QComboBox *m_variant;
    QComboBox *m_format;
    QLabel *m_status;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace pass
