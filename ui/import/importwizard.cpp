#include "importwizard.h"

#include "applypage.h"
#include "checkpage.h"
#include "filepage.h"
#include "mappingpage.h"

#include "core/import/importjob.h"
#include "core/import/mappingstore.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pass {

ImportWizard::ImportWizard(Database &db, QWidget *parent)
    : QWizard(parent),
      m_db(db),
      m_filePage(new ImportFilePage),
      m_mappingPage(new ImportMappingPage),
      m_checkPage(new ImportCheckPage),
      m_applyPage(new ImportApplyPage)
{
    setWindowTitle(tr("Import case files"));
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(CheckPage, m_checkPage);
    setPage(ApplyPage, m_applyPage);
    connect(m_checkPage, &ImportCheckPage::recheckRequested, this, [this] {
        readMapping();
        runJob(true);
    });
    connect(m_checkPage, &ImportCheckPage::cancelRequested, this, &ImportWizard::cancelJob);
    connect(m_checkPage, &ImportCheckPage::saveRejectsRequested, this, &ImportWizard::chooseRejectsFile);
    connect(m_applyPage, &ImportApplyPage::cancelRequested, this, &ImportWizard::cancelJob);
    resize(960, 760);
}

ImportWizard::~ImportWizard()
{
    delete m_job; // cancels and waits for the worker
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        loadPreview();
    else if (id == CheckPage)
        runJob(true);
    else if (id == ApplyPage)
        runJob(false);
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage && m_filePage->path().trimmed().isEmpty())
        return false;
    if (currentId() == MappingPage)
        readMapping();
    if (currentId() == CheckPage && (m_job || !m_checkPage->isChecked()))
        return false; // still checking, or the check was cancelled or failed: check (again) first
    if (currentId() == ApplyPage && m_job)
        return false; // still importing
    return QWizard::validateCurrentPage();
}

void ImportWizard::reject()
{
    if (m_job) {
        m_closeWhenDone = true; // closes once the worker has rolled back
        m_job->cancel();
        return;
    }
    QWizard::reject();
}

void ImportWizard::cancelJob()
{
    if (m_job)
        m_job->cancel();
}

void ImportWizard::loadPreview()
{
    const ImportMapping hints = m_filePage->hints();
    CaseImporter importer(m_db.connection());
    ImportPreview preview = importer.preview(m_filePage->path(), &hints);
    // A mapping saved for these columns wins over the guess.
    if (preview.error.isEmpty()) {
        if (const auto saved = MappingStore().find(ImportMapping::propose(preview.header).fingerprint())) {
            preview.mapping = *saved;
            preview.mapping.bindHeader(preview.header);
            if (!hints.defaultAuthority.isEmpty())
                preview.mapping.defaultAuthority = hints.defaultAuthority;
            preview.mapping.sheet = hints.sheet;
        }
    }
    m_mapping = preview.mapping;
    m_mappingPage->showPreview(preview, m_mapping);
}

// The mapping as the pages now say it: columns, file hints and the meanings of unknown values.
void ImportWizard::readMapping()
{
    m_mappingPage->readInto(&m_mapping);
    const ImportMapping hints = m_filePage->hints();
    m_mapping.defaultAuthority = hints.defaultAuthority;
    m_mapping.encoding = hints.encoding;
    m_mapping.sheet = hints.sheet;
    m_checkPage->readMeaningsInto(&m_mapping);
}

QString ImportWizard::checkRejectsPath() const
{
    return m_scratch.isValid() ? m_scratch.filePath(u"rejects.csv"_s) : QString();
}

void ImportWizard::runJob(bool dryRun)
{
    if (m_job)
        return;
    ImportOptions options;
    options.dryRun = dryRun;
    options.policy = m_checkPage->policy();
    // The check keeps its rejected rows: "Save rejected rows…" copies them, not a new run.
    if (dryRun)
        options.rejectsPath = checkRejectsPath();
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    options.context = EditContext{EditOrigin::Import, user.isEmpty() ? u"import"_s : user};
    m_job = new ImportJob(m_db, m_filePage->path(), m_mapping, options, this);
    if (dryRun)
        m_checkPage->checkStarted();
    else
        m_applyPage->importStarted();
    QProgressBar *bar = dryRun ? m_checkPage->progressBar() : m_applyPage->progressBar();
    connect(m_job, &ImportJob::progress, bar, [bar](qint64 done, qint64 total, qint64) {
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &ImportJob::finished, this, [this, dryRun] { jobFinished(dryRun); });
    m_job->start();
}

void ImportWizard::jobFinished(bool dryRun)
{
    const ImportReport report = m_job->report();
    m_job->deleteLater();
    m_job = nullptr;
    if (dryRun) {
        m_checkReport = report;
        m_checkPage->checkFinished(report);
    } else {
        m_report = report;
        m_applyPage->importFinished(report);
        if (report.applied) {
            QString error;
            MappingStore().save(m_mapping, &error); // the next file with these columns maps itself
        }
    }
    if (m_closeWhenDone)
        QWizard::reject();
}

void ImportWizard::chooseRejectsFile()
{
    const QString f = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), u"scartate.csv"_s, tr("CSV (*.csv)"));
    if (!f.isEmpty())
        saveRejectedRows(f);
}

bool ImportWizard::saveRejectedRows(const QString &path)
{
    QString error;
    QFile from(checkRejectsPath());
    if (!m_checkPage->isChecked() || !from.open(QIODevice::ReadOnly)) {
        error = tr("check the file first: the rejected rows are those of the last complete check");
    } else {
        // QSaveFile: a file that was there stays whole until the copy is complete.
        QSaveFile to(path);
        if (to.open(QIODevice::WriteOnly)) {
            QByteArray chunk(1 << 16, Qt::Uninitialized);
            qint64 n = 0;
            while ((n = from.read(chunk.data(), chunk.size())) > 0 && to.write(chunk.constData(), n) == n) { }
            if (n < 0)
                error = from.errorString();
            else if (!to.commit())
                error = to.errorString();
        } else {
            error = to.errorString();
        }
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save rejected rows"),
                             tr("The rejected rows could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_checkPage->appendText(tr("Rejected rows saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace pass
