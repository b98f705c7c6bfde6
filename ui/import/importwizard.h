#pragma once

#include "core/import/caseimporter.h"

#include <QTemporaryDir>
#include <QWizard>

namespace pass {

class Database;
class ImportApplyPage;
class ImportCheckPage;
class ImportFilePage;
class ImportJob;
class ImportMappingPage;

// Import of an office's registry: file → column mapping → validation report (a dry run) →
// apply, with progress and cancel. Each step is its own page (ImportFilePage,
// ImportMappingPage, ImportCheckPage, ImportApplyPage) owning its widgets; the wizard keeps
// what they share — the mapping, the reports — and runs the work on a worker thread
// (ImportJob). The mapping the user settles on is saved for the next file with the same
// columns. The check lists the fields an import would change in existing case files and keeps
// its rejected rows, so that saving them does not read the file again.
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
    void loadPreview();
    void readMapping();
    void runJob(bool dryRun);
    void jobFinished(bool dryRun);
    void cancelJob();
    void chooseRejectsFile();
    QString checkRejectsPath() const;

    Database &m_db;
    ImportFilePage *m_filePage;
    ImportMappingPage *m_mappingPage;
    ImportCheckPage *m_checkPage;
    ImportApplyPage *m_applyPage;
    ImportMapping m_mapping;
    ImportReport m_report;
    ImportReport m_checkReport;
    ImportJob *m_job = nullptr;
    bool m_closeWhenDone = false; // the user closed the wizard while a job ran
    QTemporaryDir m_scratch;      // the rejected rows of the last check, for "Save rejected rows…"
};

} // namespace pass
