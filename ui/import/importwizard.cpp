#include "importwizard.h"

#include "core/import/importjob.h"
#include "core/import/mappingstore.h"
#include "core/import/xlsxreader.h"
#include "core/store/database.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString fieldLabel(ImportField f)
{
    switch (f) {
    case ImportField::AuthorityIstat: return ImportWizard::tr("Authority (ISTAT code or name)");
    case ImportField::ProcedureCode: return ImportWizard::tr("Procedure");
    case ImportField::ProtocolNumber: return ImportWizard::tr("Protocol number");
    case ImportField::CaseNumber: return ImportWizard::tr("Case number (if no protocol)");
    case ImportField::StartDate: return ImportWizard::tr("Start date");
    case ImportField::EndDate: return ImportWizard::tr("End date");
    case ImportField::Outcome: return ImportWizard::tr("Outcome / status");
    case ImportField::ServicesConference: return ImportWizard::tr("Services conference");
    case ImportField::Suspended: return ImportWizard::tr("Suspension");
    case ImportField::SuspensionDays: return ImportWizard::tr("Suspension days");
    case ImportField::Responsible: return ImportWizard::tr("Responsible officer");
    case ImportField::Notes: return ImportWizard::tr("Notes");
    case ImportField::Id: return ImportWizard::tr("Id");
    }
    return {};
}

} // namespace

ImportWizard::ImportWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setWindowTitle(tr("Import case files"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(CheckPage, createCheckPage());
    setPage(ApplyPage, createApplyPage());
    resize(900, 640);
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
    auto *browse = new QPushButton(tr("Browse…"));
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
    m_authority->setPlaceholderText(tr("ISTAT code, when the file has no authority column"));
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(u"UTF-8"_s, int(TextEncoding::Utf8));
    m_encoding->addItem(u"Windows-1252 (ANSI)"_s, int(TextEncoding::Windows1252));
    m_encoding->addItem(u"UTF-16LE"_s, int(TextEncoding::Utf16LE));
    // A workbook can hold several registries, one per sheet: the user picks which one.
    m_sheet = new QComboBox;
    m_sheet->setObjectName(u"sheet"_s);
    connect(m_path, &QLineEdit::textChanged, this, &ImportWizard::listSheets);
    listSheets();
    auto *form = new QFormLayout(page);
    form->addRow(tr("File:"), row);
    form->addRow(tr("Sheet:"), m_sheet);
    form->addRow(tr("Authority:"), m_authority);
    form->addRow(tr("Encoding:"), m_encoding);
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
    m_fields = new QTableWidget(kImportFieldCount, 2);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    m_endedOutcome = new QComboBox;
    m_endedOutcome->addItem(tr("Report the row"), QString());
    m_endedOutcome->addItem(tr("Express decision"), u"express"_s);
    m_endedOutcome->addItem(tr("Tacit approval"), u"tacit"_s);
    m_endedOutcome->addItem(tr("Withdrawn"), u"withdrawn"_s);
    m_sample = new QTableWidget;
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_format);
    layout->addWidget(m_fields, 2);
    auto *ended = new QFormLayout;
    ended->addRow(tr("A row with an end date and no outcome:"), m_endedOutcome);
    layout->addLayout(ended);
    layout->addWidget(new QLabel(tr("First rows of the file:")));
    layout->addWidget(m_sample, 1);
    return page;
}

QWizardPage *ImportWizard::createCheckPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("What the import would do. Nothing has been changed yet."));
    m_checkProgress = new QProgressBar;
    m_checkText = new QPlainTextEdit;
    m_checkText->setReadOnly(true);
    m_unknown = new QTableWidget(0, 3);
    m_unknown->setHorizontalHeaderLabels({tr("Column"), tr("Value"), tr("Means")});
    m_unknown->horizontalHeader()->setStretchLastSection(true);
    m_recheck = new QPushButton(tr("Check again"));
    connect(m_recheck, &QPushButton::clicked, this, [this] {
        readMappingFromPage();
        runJob(true);
    });
    m_saveRejects = new QPushButton(tr("Save rejected rows…"));
    connect(m_saveRejects, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), u"scartate.csv"_s,
                                                       tr("CSV (*.csv)"));
        if (f.isEmpty())
            return;
        ImportOptions options;
        options.dryRun = true;
        options.rejectsPath = f;
        CaseImporter(m_db.connection()).run(m_path->text(), m_mapping, options);
    });
    m_allOrNothing = new QRadioButton(tr("Import only if every row is valid"));
    m_validOnly = new QRadioButton(tr("Import the valid rows, leave out the others"));
    m_allOrNothing->setChecked(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_saveRejects);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_checkProgress);
    layout->addWidget(m_checkText, 2);
    layout->addWidget(new QLabel(tr("Values the importer does not know: say what they mean, then check again.")));
    layout->addWidget(m_unknown, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_validOnly);
    return page;
}

QWizardPage *ImportWizard::createApplyPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import"));
    page->setFinalPage(true);
    m_applyProgress = new QProgressBar;
    m_applyText = new QPlainTextEdit;
    m_applyText->setReadOnly(true);
    m_cancel = new QPushButton(tr("Cancel the import"));
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
    if (currentId() == CheckPage && m_job)
        return false; // still checking
    if (currentId() == ApplyPage && m_job)
        return false; // still importing
    return QWizard::validateCurrentPage();
}

void ImportWizard::reject()
{
    if (m_job) {
        m_job->cancel(); // closes once the worker has rolled back
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
    m_format->setText(m_preview.error.isEmpty()
                          ? tr("%1 — header at %2").arg(m_preview.format, m_preview.headerAt)
                          : tr("The file cannot be read: %1").arg(m_preview.error));
    for (int i = 0; i < kImportFieldCount; ++i) {
        const auto f = ImportField(i);
        m_fields->setItem(i, 0, new QTableWidgetItem(fieldLabel(f)));
        auto *combo = new QComboBox;
        combo->addItem(tr("(not in the file)"), -1);
        for (qsizetype c = 0; c < m_preview.header.size(); ++c)
            combo->addItem(m_preview.header.at(c), int(c));
        combo->setCurrentIndex(combo->findData(m_mapping.column(f)));
        m_fields->setCellWidget(i, 1, combo);
    }
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

void ImportWizard::readMappingFromPage()
{
    for (int i = 0; i < kImportFieldCount; ++i) {
        if (auto *combo = qobject_cast<QComboBox *>(m_fields->cellWidget(i, 1)))
            m_mapping.setColumn(ImportField(i), combo->currentData().toInt());
    }
    m_mapping.endedOutcome = m_endedOutcome->currentData().toString();
    m_mapping.defaultAuthority = m_authority->text().trimmed();
    m_mapping.encoding = TextEncoding(m_encoding->currentData().toInt());
    m_mapping.sheet = m_sheet->currentData().toString();
    for (int r = 0; r < m_unknown->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_unknown->cellWidget(r, 2));
        const auto field = importFieldFromName(m_unknown->item(r, 0)->data(Qt::UserRole).toString());
        if (!combo || !field)
            continue;
        // Procedure codes are typed into an editable combo: its text is the answer.
        const QString meaning = combo->isEditable() && combo->currentText() != combo->itemText(0)
            ? combo->currentText().trimmed()
            : combo->currentData().toString();
        m_mapping.setValue(*field, m_unknown->item(r, 1)->text(), meaning);
    }
}

void ImportWizard::runJob(bool dryRun)
{
    if (m_job)
        return;
    ImportOptions options;
    options.dryRun = dryRun;
    options.policy = m_validOnly->isChecked() ? ApplyPolicy::ValidRowsOnly : ApplyPolicy::AllOrNothing;
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
    m_cancel->setEnabled(!dryRun);
    m_job->start();
}

void ImportWizard::jobFinished(bool dryRun)
{
    const ImportReport report = m_job->report();
    m_job->deleteLater();
    m_job = nullptr;
    m_recheck->setEnabled(true);
    m_cancel->setEnabled(false);
    (dryRun ? m_checkProgress : m_applyProgress)->setValue(1000);
    if (dryRun) {
        m_checkText->setPlainText(report.toText());
        showUnknownValues(report);
        m_saveRejects->setEnabled(report.rejected > 0);
        return;
    }
    m_report = report;
    m_applied = report.applied;
    m_applyText->setPlainText(report.toText());
    if (report.applied) {
        QString error;
        MappingStore().save(m_mapping, &error); // the next file with these columns maps itself
    }
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
            auto *field = new QTableWidgetItem(f.key());
            field->setData(Qt::UserRole, f.key());
            m_unknown->setItem(r, 0, field);
            m_unknown->setItem(r, 1, new QTableWidgetItem(v.key()));
            auto *combo = new QComboBox;
            combo->addItem(tr("(ask again)"), QString());
            if (f.key() == u"outcome") {
                combo->addItem(tr("Express decision"), u"express"_s);
                combo->addItem(tr("Tacit approval"), u"tacit"_s);
                combo->addItem(tr("Withdrawn"), u"withdrawn"_s);
                combo->addItem(tr("Still open"), u"open"_s);
            } else {
                combo->setEditable(true); // a catalogue code
            }
            m_unknown->setCellWidget(r, 2, combo);
        }
    }
}

} // namespace pass
