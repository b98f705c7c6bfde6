#include "importwizard.h"

#include "ui/common/domainlabels.h"

#include "choicedelegate.h"
#include "importlabels.h"

#include "core/import/importjob.h"
#include "core/import/mappingstore.h"
#include "core/import/xlsxreader.h"
#include "core/store/database.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// A table whose cells are read, not edited: Tab leaves it instead of walking its cells.
void makeReadOnly(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
}

// A table with one column of choices (ChoiceDelegate): arrows move, F2, a typed letter or a
// click opens the choice; Tab leaves the table.
void makeChoiceTable(QTableWidget *table, int column)
{
    table->setItemDelegateForColumn(column, new ChoiceDelegate(table));
    table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                           | QAbstractItemView::SelectedClicked | QAbstractItemView::DoubleClicked);
    table->setTabKeyNavigation(false);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // One click on a choice opens its list, as a combo box in the cell would.
    QObject::connect(table, &QAbstractItemView::clicked, table, [table, column](const QModelIndex &index) {
        if (index.column() != column)
            return;
        table->edit(index);
        if (auto *combo = qobject_cast<QComboBox *>(table->indexWidget(index)))
            combo->showPopup();
    });
}

// A page whose Next button the wizard enables: the check page, once a check has run to its end.
class GatedPage : public QWizardPage
{
public:
    explicit GatedPage(const bool *open) : m_open(open) { }
    bool isComplete() const override { return *m_open && QWizardPage::isComplete(); }
    void reconsider() { emit completeChanged(); }

private:
    const bool *m_open;
};

// The report as an office reads it: fields by their labels, not by the importer's keys.
QString reportText(const ImportReport &report)
{
    return report.toText([](const QString &field) { return importFieldLabel(field); });
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ImportWizard::ImportWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setWindowTitle(tr("Import case files"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(CheckPage, createCheckPage());
    setPage(ApplyPage, createApplyPage());
    resize(960, 760);
}

ImportWizard::~ImportWizard()
{
    delete m_job; // cancels and waits for the worker
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A CSV or Excel (XLSX) export of the office's registry."));
    m_path = new QLineEdit;
    m_path->setObjectName(u"path"_s);
    m_path->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("Br&owse…"));
    browse->setObjectName(u"browse"_s);
    browse->setAccessibleName(tr("Choose the file to import"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import case files"), {},
                                                       tr("Registries (*.csv *.txt *.xlsx);;All files (*)"));
        if (!f.isEmpty())
            m_path->setText(f);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    m_authority = new QLineEdit;
    m_authority->setObjectName(u"authority"_s);
    m_authority->setAccessibleName(tr("Authority of the file"));
    m_authority->setAccessibleDescription(tr("ISTAT code, when the file has no authority column"));
    m_authority->setPlaceholderText(tr("ISTAT code, when the file has no authority column"));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->setAccessibleName(tr("Text encoding of the file"));
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(u"UTF-8"_s, int(TextEncoding::Utf8));
    m_encoding->addItem(u"Windows-1252 (ANSI)"_s, int(TextEncoding::Windows1252));
    m_encoding->addItem(u"UTF-16LE"_s, int(TextEncoding::Utf16LE));
    // A workbook can hold several registries, one per sheet: the user picks which one.
    m_sheet = new QComboBox;
    m_sheet->setObjectName(u"sheet"_s);
    m_sheet->setAccessibleName(tr("Sheet of the workbook"));
    connect(m_path, &QLineEdit::textChanged, this, &ImportWizard::listSheets);
    listSheets();
    auto *form = new QFormLayout(page);
    form->addRow(buddyLabel(tr("Fi&le:"), m_path), row);
    form->addRow(buddyLabel(tr("S&heet:"), m_sheet), m_sheet);
    form->addRow(buddyLabel(tr("Au&thority:"), m_authority), m_authority);
    form->addRow(buddyLabel(tr("&Encoding:"), m_encoding), m_encoding);
    // In the order the user answers: which file, which sheet of it, then what it lacks.
    setTabOrder(m_path, browse);
    setTabOrder(browse, m_sheet);
    setTabOrder(m_sheet, m_authority);
    setTabOrder(m_authority, m_encoding);
    return page;
}

void ImportWizard::listSheets()
{
    m_sheet->clear();
    m_sheet->addItem(tr("The first with a header"), QString());
    const QString path = m_path->text().trimmed();
    if (QFileInfo(path).isFile()) {
        XlsxReader reader(path);
        if (reader.open()) {
            const QStringList names = reader.sheetNames();
            for (const QString &name : names)
                m_sheet->addItem(name, name);
        }
    }
    m_sheet->setEnabled(m_sheet->count() > 1); // a CSV file has no sheets
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Columns were matched by their names; correct them where needed."));
    m_format = new QLabel;
    m_format->setObjectName(u"format"_s);
    m_format->setAccessibleName(tr("Detected format"));
    // A saved mapping may name columns this file no longer has: said before the check, here
    // where the field is mapped again.
    m_missingColumns = new QLabel;
    m_missingColumns->setObjectName(u"missingColumns"_s);
    m_missingColumns->setWordWrap(true);
    m_missingColumns->setTextFormat(Qt::PlainText);
    m_missingColumns->setAccessibleName(tr("Columns of the saved mapping missing from the file"));
    m_missingColumns->hide();
    m_fields = new QTableWidget(kImportFieldCount, 2);
    m_fields->setObjectName(u"fields"_s);
    m_fields->setAccessibleName(tr("Column of the file for each field"));
    m_fields->setAccessibleDescription(tr("Arrow keys choose a field; F2 or a letter opens its list of columns, "
                                          "Enter confirms."));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    makeChoiceTable(m_fields, 1);
    // A field mapped again drops its warning.
    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 1 && item->data(ChoiceDelegate::ValueRole).toInt() >= 0
            && m_missing.removeIf([item](const auto &m) { return int(m.first) == item->row(); }) > 0)
            showMissingColumns();
    });
    m_endedOutcome = new QComboBox;
    m_endedOutcome->setObjectName(u"endedOutcome"_s);
    m_endedOutcome->setAccessibleName(tr("Outcome of a row with an end date and no outcome"));
    m_endedOutcome->addItem(tr("Report the row"), QString());
    for (const Outcome outcome : {Outcome::Express, Outcome::Tacit, Outcome::Withdrawn})
        m_endedOutcome->addItem(DomainLabels::outcome(outcome), toWireName(outcome));
    m_sample = new QTableWidget;
    m_sample->setObjectName(u"sample"_s);
    m_sample->setAccessibleName(tr("First rows of the file"));
    makeReadOnly(m_sample);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_format);
    layout->addWidget(m_missingColumns);
    layout->addWidget(m_fields, 2);
    auto *ended = new QFormLayout;
    ended->addRow(buddyLabel(tr("A row with an end date and no &outcome:"), m_endedOutcome), m_endedOutcome);
    layout->addLayout(ended);
    layout->addWidget(buddyLabel(tr("Fi&rst rows of the file:"), m_sample));
    layout->addWidget(m_sample, 1);
    setTabOrder(m_fields, m_endedOutcome);
    setTabOrder(m_endedOutcome, m_sample);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new GatedPage(&m_checked);
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("What the import would do. Nothing has been changed yet."));
    m_checkProgress = new QProgressBar;
    m_checkProgress->setAccessibleName(tr("Progress of the check"));
    m_cancelCheck = new QPushButton(tr("Cancel the chec&k"));
    m_cancelCheck->setObjectName(u"cancelCheck"_s);
    m_cancelCheck->setAccessibleName(tr("Cancel the check"));
    m_cancelCheck->setEnabled(false);
    connect(m_cancelCheck, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_checkText = new QPlainTextEdit;
    m_checkText->setObjectName(u"checkText"_s);
    m_checkText->setAccessibleName(tr("Result of the check"));
    m_checkText->setReadOnly(true);
    m_changes = new QTableWidget(0, 4);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setAccessibleName(tr("Changes to existing case files"));
    m_changes->setAccessibleDescription(tr("One row per changed field: case file, field, value before and after."));
    m_changes->setHorizontalHeaderLabels({tr("Case file"), tr("Field"), tr("Before"), tr("After")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->verticalHeader()->hide();
    makeReadOnly(m_changes);
    m_changesTitle = buddyLabel(tr("C&hanges to existing case files:"), m_changes);
    m_changesTitle->setObjectName(u"changesTitle"_s);
    m_unknown = new QTableWidget(0, 3);
    m_unknown->setObjectName(u"unknown"_s);
    m_unknown->setAccessibleName(tr("Values the importer does not know"));
    m_unknown->setAccessibleDescription(tr("For each value, choose what it means in the last column (F2 opens the list)."));
    m_unknown->setHorizontalHeaderLabels({tr("Column"), tr("Value"), tr("Means")});
    m_unknown->horizontalHeader()->setStretchLastSection(true);
    m_unknown->verticalHeader()->hide();
    makeChoiceTable(m_unknown, 2);
    m_recheck = new QPushButton(tr("Check &again"));
    m_recheck->setObjectName(u"recheck"_s);
    m_recheck->setAccessibleName(tr("Check again with the meanings given"));
    connect(m_recheck, &QPushButton::clicked, this, [this] {
        readMappingFromPage();
        runJob(true);
    });
    m_saveRejects = new QPushButton(tr("&Save rejected rows…"));
    m_saveRejects->setObjectName(u"saveRejects"_s);
    m_saveRejects->setAccessibleName(tr("Save the rejected rows as CSV"));
    m_saveRejects->setEnabled(false);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportWizard::chooseRejectsFile);
    m_allOrNothing = new QRadioButton(tr("Import &only if every row is valid"));
    m_validOnly = new QRadioButton(tr("Import the &valid rows, leave out the others"));
    m_allOrNothing->setChecked(true);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_checkProgress, 1);
    progress->addWidget(m_cancelCheck);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_saveRejects);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(progress);
    layout->addWidget(m_checkText, 2);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changes, 2);
    layout->addWidget(buddyLabel(tr("Values the importer does not know: say what they &mean, then check again."),
                                 m_unknown));
    layout->addWidget(m_unknown, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_validOnly);
    setTabOrder(m_cancelCheck, m_checkText);
    setTabOrder(m_checkText, m_changes);
    setTabOrder(m_changes, m_unknown);
    setTabOrder(m_unknown, m_recheck);
    setTabOrder(m_recheck, m_saveRejects);
    setTabOrder(m_saveRejects, m_allOrNothing);
    setTabOrder(m_allOrNothing, m_validOnly);
    return page;
}

QWizardPage *ImportWizard::createApplyPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import"));
    page->setFinalPage(true);
    m_applyProgress = new QProgressBar;
    m_applyProgress->setAccessibleName(tr("Progress of the import"));
    m_applyText = new QPlainTextEdit;
    m_applyText->setObjectName(u"applyText"_s);
    m_applyText->setAccessibleName(tr("Result of the import"));
    m_applyText->setReadOnly(true);
    m_cancel = new QPushButton(tr("Cancel the &import"));
    m_cancel->setObjectName(u"cancelImport"_s);
    m_cancel->setAccessibleName(tr("Cancel the import"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_applyProgress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_applyText);
    return page;
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
    if (currentId() == FilePage && m_path->text().trimmed().isEmpty())
        return false;
    if (currentId() == MappingPage)
        readMappingFromPage();
    if (currentId() == CheckPage && (m_job || !m_checked))
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

void ImportWizard::loadPreview()
{
    ImportMapping hints;
    hints.encoding = TextEncoding(m_encoding->currentData().toInt());
    hints.defaultAuthority = m_authority->text().trimmed();
    hints.sheet = m_sheet->currentData().toString();
    CaseImporter importer(m_db.connection());
    m_preview = importer.preview(m_path->text(), &hints);
    // A mapping saved for these columns wins over the guess.
    if (m_preview.error.isEmpty()) {
        if (const auto saved = MappingStore().find(ImportMapping::propose(m_preview.header).fingerprint())) {
            m_preview.mapping = *saved;
            m_preview.mapping.bindHeader(m_preview.header);
            if (!hints.defaultAuthority.isEmpty())
                m_preview.mapping.defaultAuthority = hints.defaultAuthority;
            m_preview.mapping.sheet = hints.sheet;
        }
    }
    m_mapping = m_preview.mapping;
    m_missing = m_mapping.missingColumns();
    showMissingColumns();
    m_format->setText(m_preview.error.isEmpty()
                          ? tr("%1 — header at %2").arg(m_preview.format, m_preview.headerAt)
                          : tr("The file cannot be read: %1").arg(m_preview.error));
    QStringList columns{tr("(not in the file)")};
    QVariantList numbers{-1};
    for (qsizetype c = 0; c < m_preview.header.size(); ++c) {
        columns << m_preview.header.at(c);
        numbers << int(c);
    }
    for (int i = 0; i < kImportFieldCount; ++i) {
        const auto f = ImportField(i);
        m_fields->setItem(i, 0, readOnlyItem(importFieldLabel(f)));
        auto *column = new QTableWidgetItem;
        ChoiceDelegate::setChoices(column, columns, numbers, m_mapping.column(f));
        m_fields->setItem(i, 1, column);
    }
    m_fields->resizeColumnToContents(0);
    m_fields->setCurrentCell(0, 1); // the keyboard starts on the first choice
    m_endedOutcome->setCurrentIndex(std::max(0, m_endedOutcome->findData(m_mapping.endedOutcome)));
    m_sample->clear();
    m_sample->setColumnCount(int(m_preview.header.size()));
    m_sample->setHorizontalHeaderLabels(m_preview.header);
    m_sample->setRowCount(int(m_preview.sample.size()));
    for (qsizetype r = 0; r < m_preview.sample.size(); ++r) {
        for (qsizetype c = 0; c < m_preview.sample.at(r).size() && c < m_preview.header.size(); ++c)
            m_sample->setItem(int(r), int(c), new QTableWidgetItem(m_preview.sample.at(r).at(c)));
    }
}

void ImportWizard::showMissingColumns()
{
    QStringList lines;
    for (const auto &[field, column] : std::as_const(m_missing)) {
        lines << tr("Warning: %1").arg(ImportReport::missingColumnWarning({importFieldName(field), column},
                                                                          [](const QString &f) { return importFieldLabel(f); }));
    }
    m_missingColumns->setText(lines.join(u'\n'));
    m_missingColumns->setVisible(!lines.isEmpty());
}

void ImportWizard::readMappingFromPage()
{
    for (int i = 0; i < kImportFieldCount; ++i) {
        if (const QTableWidgetItem *column = m_fields->item(i, 1))
            m_mapping.setColumn(ImportField(i), column->data(ChoiceDelegate::ValueRole).toInt());
    }
    m_mapping.endedOutcome = m_endedOutcome->currentData().toString();
    m_mapping.defaultAuthority = m_authority->text().trimmed();
    m_mapping.encoding = TextEncoding(m_encoding->currentData().toInt());
    m_mapping.sheet = m_sheet->currentData().toString();
    for (int r = 0; r < m_unknown->rowCount(); ++r) {
        const auto field = importFieldFromName(m_unknown->item(r, 0)->data(Qt::UserRole).toString());
        const QTableWidgetItem *meaning = m_unknown->item(r, 2);
        if (!meaning || !field)
            continue;
        // Procedure codes can be typed: the value is then the text typed.
        m_mapping.setValue(*field, m_unknown->item(r, 1)->text(),
                           meaning->data(ChoiceDelegate::ValueRole).toString().trimmed());
    }
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
    options.policy = m_validOnly->isChecked() ? ApplyPolicy::ValidRowsOnly : ApplyPolicy::AllOrNothing;
    // The check keeps its rejected rows: "Save rejected rows…" copies them, not a new run.
    if (dryRun) {
        options.rejectsPath = checkRejectsPath();
        m_checked = false;
        static_cast<GatedPage *>(page(CheckPage))->reconsider();
        m_saveRejects->setEnabled(false);
    }
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    options.context = EditContext{EditOrigin::Import, user.isEmpty() ? u"import"_s : user};
    m_job = new ImportJob(m_db, m_path->text(), m_mapping, options, this);
    QProgressBar *bar = dryRun ? m_checkProgress : m_applyProgress;
    bar->setRange(0, 1000);
    bar->setValue(0);
    connect(m_job, &ImportJob::progress, bar, [bar](qint64 done, qint64 total, qint64) {
        bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &ImportJob::finished, this, [this, dryRun] { jobFinished(dryRun); });
    m_recheck->setEnabled(false);
    m_cancelCheck->setEnabled(dryRun);
    m_cancel->setEnabled(!dryRun);
    m_job->start();
}

void ImportWizard::jobFinished(bool dryRun)
{
    const ImportReport report = m_job->report();
    m_job->deleteLater();
    m_job = nullptr;
    m_recheck->setEnabled(true);
    m_cancelCheck->setEnabled(false);
    m_cancel->setEnabled(false);
    // A cancelled run does not look finished (the importer reports its end position anyway).
    QProgressBar *bar = dryRun ? m_checkProgress : m_applyProgress;
    if (report.cancelled)
        bar->reset();
    else
        bar->setValue(1000);
    if (dryRun) {
        m_checkReport = report;
        m_checked = report.ok();
        static_cast<GatedPage *>(page(CheckPage))->reconsider();
        ImportReport shown = report;
        shown.rejectsFile.clear(); // a scratch file of the wizard's: the user saves it where they like
        m_checkText->setPlainText(reportText(shown));
        showChanges(report);
        showUnknownValues(report);
        m_saveRejects->setEnabled(m_checked && report.rejected > 0);
    } else {
        m_report = report;
        m_applied = report.applied;
        m_applyText->setPlainText(reportText(report));
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
    if (!m_checked || !from.open(QIODevice::ReadOnly)) {
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
    m_checkText->appendPlainText(tr("Rejected rows saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportWizard::showChanges(const ImportReport &report)
{
    m_changes->setRowCount(0);
    if (!report.ok()) {
        m_changesTitle->setText(tr("C&hanges to existing case files:")); // not known: the check did not finish
        return;
    }
    if (report.changeCount == 0) {
        m_changesTitle->setText(tr("C&hanges to existing case files: none."));
        return;
    }
    QString title = tr("C&hanges to existing case files: %1 fields in %2 case files.").arg(report.changeCount).arg(report.updated);
    if (report.changeCount > report.changes.size())
        title += u' ' + tr("The first %1 are listed.").arg(report.changes.size());
    m_changesTitle->setText(title);
    m_changes->setRowCount(int(report.changes.size()));
    for (int r = 0; r < report.changes.size(); ++r) {
        const ImportChange &c = report.changes.at(r);
        m_changes->setItem(r, 0, readOnlyItem(tr("%1, protocol %2").arg(c.authorityIstat, c.protocolNumber)));
        m_changes->setItem(r, 1, readOnlyItem(importFieldLabel(c.field)));
        m_changes->setItem(r, 2, readOnlyItem(importValueText(c.field, c.before)));
        m_changes->setItem(r, 3, readOnlyItem(importValueText(c.field, c.after)));
    }
    m_changes->resizeColumnsToContents();
}

void ImportWizard::showUnknownValues(const ImportReport &report)
{
    m_unknown->setRowCount(0);
    for (auto f = report.unknownValues.cbegin(); f != report.unknownValues.cend(); ++f) {
        if (f.key() != u"outcome" && f.key() != u"procedure_code")
            continue; // the others are fixed in the file, not by a meaning
        for (auto v = f->cbegin(); v != f->cend(); ++v) {
            const int r = m_unknown->rowCount();
            m_unknown->insertRow(r);
            auto *field = readOnlyItem(importFieldLabel(f.key()));
            field->setData(Qt::UserRole, f.key());
            m_unknown->setItem(r, 0, field);
            m_unknown->setItem(r, 1, readOnlyItem(v.key()));
            auto *meaning = new QTableWidgetItem;
            if (f.key() == u"outcome") {
                ChoiceDelegate::setChoices(meaning,
                                           {tr("(ask again)"), outcomeLabel(u"express"_s), outcomeLabel(u"tacit"_s),
                                            outcomeLabel(u"withdrawn"_s), outcomeLabel(u"open"_s)},
                                           {QString(), u"express"_s, u"tacit"_s, u"withdrawn"_s, u"open"_s}, QString());
            } else {
                // A catalogue code, typed.
                ChoiceDelegate::setChoices(meaning, {tr("(ask again)")}, {QString()}, QString(), true);
            }
            m_unknown->setItem(r, 2, meaning);
        }
    }
    if (m_unknown->rowCount() > 0)
        m_unknown->setCurrentCell(0, 2);
}

} // namespace pass
