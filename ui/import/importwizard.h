#pragma once

#include "core/import/caseimporter.h"

#include <QTemporaryDir>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace pass {

class Database;
class ImportJob;

// Import of an office's registry: file → column mapping → validation report (a dry run) →
// apply, with progress and cancel. The work runs on a worker thread (ImportJob); the mapping
// the user settles on is saved for the next file with the same columns. The check lists
// the fields an import would change in existing case files and keeps its rejected rows, so
// that saving them does not read the file again.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, CheckPage, ApplyPage };

    explicit ImportWizard(Database &db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // The report of the applied import (empty until the last page has run).
    const ImportReport &report() const { return m_report; }
    // The report of the last check (dry run), whether it ran to its end or was cancelled.
    const ImportReport &checkReport() const { return m_checkReport; }

    // Copies the rejected rows found by the last complete check to path (CSV: the file's
    // columns and the reasons). When it cannot, says why in a message box and returns false.
    bool saveRejectedRows(const QString &path);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createCheckPage();
    QWizardPage *createApplyPage();
    void listSheets();
    void loadPreview();
    void readMappingFromPage();
    void showMissingColumns();
    void runJob(bool dryRun);
    void jobFinished(bool dryRun);
    void showUnknownValues(const ImportReport &report);
    void showChanges(const ImportReport &report);
    void chooseRejectsFile();
    QString checkRejectsPath() const;

    Database &m_db;
    ImportMapping m_mapping;
    ImportPreview m_preview;
    QList<std::pair<ImportField, QString>> m_missing; // saved columns the file lacks, not mapped again yet
    ImportReport m_report;
    ImportReport m_checkReport;
    ImportJob *m_job = nullptr;
    bool m_applied = false;
    bool m_checked = false;       // the last check ran to its end: its report and rejects hold
    bool m_closeWhenDone = false; // the user closed the wizard while a job ran
    QTemporaryDir m_scratch;      // the rejected rows of the last check, for "Save rejected rows…"

    QLineEdit *m_path = nullptr;
    QLineEdit *m_authority = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_missingColumns = nullptr;
    QTableWidget *m_fields = nullptr;
    QTableWidget *m_sample = nullptr;
    QComboBox *m_endedOutcome = nullptr;
    QPlainTextEdit *m_checkText = nullptr;
    QLabel *m_changesTitle = nullptr;
    QTableWidget *m_changes = nullptr;
    QTableWidget *m_unknown = nullptr;
    QRadioButton *m_allOrNothing = nullptr;
    QRadioButton *m_validOnly = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QPushButton *m_cancelCheck = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    QProgressBar *m_applyProgress = nullptr;
    QPlainTextEdit *m_applyText = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace pass
