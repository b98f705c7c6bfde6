#pragma once

#include <QWizardPage>

class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pass {

struct ImportReport;

// The import wizard's last page: the import's progress, its cancel button and its report.
class ImportApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportApplyPage(QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_progress; }
    void importStarted();
    void importFinished(const ImportReport &report);

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_progress;
    QPlainTextEdit *m_text;
    QPushButton *m_cancel;
};

} // namespace pass
