#include "reportdialog.h"

#include "core/workspace/workspace.h"
#include "reports/monitoringreport.h"
#include "ui/common/backlogvariant.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {

ReportDialog::ReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_authority(new QComboBox(this)), m_semester(new QComboBox(this)),
      m_language(new QComboBox(this)), m_variant(new QComboBox(this)), m_format(new QComboBox(this)),
      m_province(new QComboBox(this)), m_previewButton(new QPushButton(tr("&Update the preview"), this)),
      m_printButton(new QPushButton(tr("&Print…"), this)), m_saveButton(new QPushButton(tr("&Save…"), this)),
      m_batchButton(new QPushButton(tr("&Write every authority's report…"), this)),
      m_cancelButton(new QPushButton(tr("&Cancel the batch"), this)), m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)), m_printer(new QPrinter(QPrinter::HighResolution)),
      m_preview(new QPrintPreviewWidget(m_printer, this))
{
    setWindowTitle(tr("Reports"));
    QList<Authority> authorities = m_workspace->authorities();
    std::sort(authorities.begin(), authorities.end(),
              [](const Authority &a, const Authority &b) { return a.name.localeAwareCompare(b.name) < 0; });
    QStringList provinces;
    for (const Authority &a : std::as_const(authorities)) {
        if (a.retired)
            continue;
        m_authority->addItem(u"%1 (%2)"_s.arg(a.name, a.istat), a.istat);
        if (!a.provinceCode.isEmpty() && !provinces.contains(a.provinceCode))
            provinces << a.provinceCode;
    }
    setAuthority(m_workspace->focusAuthority());
    provinces.sort();
    m_province->addItem(tr("All (region)"), QString());
    for (const QString &p : std::as_const(provinces))
        m_province->addItem(p, p);
    const Semester running = Semester::current();
    for (Semester s = running; s >= Semester(2021, 1); s = s.previous())
        m_semester->addItem(s == running ? tr("%1 (running, as of today)").arg(s.label()) : s.label(), s.index());
    m_semester->setCurrentIndex(std::min(1, m_semester->count() - 1)); // the last complete semester
    m_language->addItem(tr("Italian"), int(ReportLanguage::Italian));
    m_language->addItem(tr("English"), int(ReportLanguage::English));
    m_language->setCurrentIndex(QLocale().language() == QLocale::English ? 1 : 0);
    m_variant->addItem(BacklogVariant::label(false), false);
    m_variant->addItem(BacklogVariant::label(true), true);
    m_variant->setCurrentIndex(BacklogVariant::instance()->isNet() ? 1 : 0);
    m_format->addItem(tr("Monitoring report (PDF)"), int(ReportBatch::Format::Pdf));
    m_format->addItem(tr("DFP table (XLSX)"), int(ReportBatch::Format::Xlsx));
    m_format->addItem(tr("DFP table (CSV)"), int(ReportBatch::Format::Csv));

    m_authority->setAccessibleName(tr("Authority"));
    m_semester->setAccessibleName(tr("Semester"));
    m_language->setAccessibleName(tr("Language of the report"));
    m_variant->setAccessibleName(tr("Backlog variant"));
    m_format->setAccessibleName(tr("Format"));
    m_province->setAccessibleName(tr("Authorities of the batch"));
    m_preview->setAccessibleName(tr("Print preview"));
    m_progress->setAccessibleName(tr("Batch progress"));
    m_status->setAccessibleName(tr("Report status"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Authority"), m_authority);
    form->addRow(tr("S&emester"), m_semester);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Backlog"), m_variant);
    form->addRow(tr("&Format"), m_format);
    auto *single = new QHBoxLayout;
    single->addWidget(m_previewButton);
    single->addWidget(m_printButton);
    single->addWidget(m_saveButton);
    form->addRow(single);

    auto *batchBox = new QGroupBox(tr("Every authority in scope"), this);
    auto *batchForm = new QFormLayout(batchBox);
    batchForm->addRow(tr("Pro&vince"), m_province);
    batchForm->addRow(m_batchButton);
    batchForm->addRow(m_progress);
    batchForm->addRow(m_cancelButton);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
    m_cancelButton->setEnabled(false);

    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(batchBox);
    left->addWidget(m_status);
    left->addStretch(1);
    left->addWidget(buttons);
    auto *leftWidget = new QWidget(this);
    leftWidget->setLayout(left);
    leftWidget->setMaximumWidth(460);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftWidget);
    layout->addWidget(m_preview, 1);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);

    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::updatePreview);
    connect(m_printButton, &QPushButton::clicked, this, &ReportDialog::printReport);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_batchButton, &QPushButton::clicked, this, [this] { runBatch(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancelBatch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (m_report)
            m_report->print(printer);
    });
    connect(&m_building, &QFutureWatcher<Built>::finished, this, [this] {
        const Built built = m_building.result();
        setBusy(false);
        if (!built.report) {
            m_status->setText(tr("The report cannot be built: %1").arg(built.error));
            return;
        }
        m_report = built.report;
        m_preview->updatePreview();
        m_status->setText(tr("%1: %n page(s).", nullptr, m_preview->pageCount()).arg(m_report->header()));
        Q_EMIT previewReady();
    });
    connect(&m_saving, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_saving.result();
        setBusy(false);
        const QString path = m_saving.property("path").toString();
        m_status->setText(error.isEmpty() ? tr("Saved %1").arg(path) : tr("Cannot save %1: %2").arg(path, error));
        Q_EMIT saved(error.isEmpty(), error.isEmpty() ? path : error);
    });
    connect(&m_batch, &QFutureWatcher<ReportBatch::Result>::finished, this, [this] {
        const ReportBatch::Result result = m_batch.result();
        m_batchRunning = false;
        setBusy(false);
        QString text = result.cancelled ? tr("Cancelled: %1 of %2 reports written.").arg(result.files.size()).arg(result.total)
                                        : tr("%1 of %2 reports written.").arg(result.files.size()).arg(result.total);
        if (!result.failures.isEmpty())
            text += u'\n' + tr("Not written: %1").arg(result.failures.join(u"; "_s));
        m_status->setText(text);
        Q_EMIT batchFinished(result);
    });
    resize(1200, 820);
    updatePreview();
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_building.waitForFinished();
    m_saving.waitForFinished();
    m_batch.waitForFinished();
    delete m_preview; // before the printer it draws on
    delete m_printer;
}

QString ReportDialog::authority() const
{
    return m_authority->currentData().toString();
}

void ReportDialog::setAuthority(const QString &istat)
{
    const int index = m_authority->findData(istat);
    if (index >= 0)
        m_authority->setCurrentIndex(index);
}

void ReportDialog::setFormat(ReportBatch::Format format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

void ReportDialog::setBatchProvince(const QString &provinceCode)
{
    m_province->setCurrentIndex(std::max(0, m_province->findData(provinceCode)));
}

bool ReportDialog::isBusy() const
{
    return m_busy;
}

int ReportDialog::previewPages() const
{
    return m_report ? m_preview->pageCount() : 0;
}

void ReportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : std::initializer_list<QWidget *>{m_previewButton, m_printButton, m_saveButton, m_batchButton})
        w->setEnabled(!busy);
    m_cancelButton->setEnabled(busy && m_batchRunning);
}

ReportBatch::Options ReportDialog::options() const
{
    ReportBatch::Options o;
    o.semester = Semester::fromIndex(m_semester->currentData().toInt());
    o.language = ReportLanguage(m_language->currentData().toInt());
    o.format = ReportBatch::Format(m_format->currentData().toInt());
    o.scope.netOfSuspensions = m_variant->currentData().toBool();
    o.scope.provinceCode = m_province->currentData().toString();
    return o;
}

void ReportDialog::updatePreview()
{
    if (isBusy() || authority().isEmpty())
        return;
    setBusy(true);
    m_status->setText(tr("Building the report…"));
    MonitoringReport::Options o;
    const ReportBatch::Options batch = options();
    o.scope.netOfSuspensions = batch.scope.netOfSuspensions;
    o.scope.authorityIstat = authority();
    o.semester = batch.semester;
    o.language = batch.language;
    QThread *gui = thread();
    m_building.setFuture(m_workspace->readInBackground<Built>([o, gui](QSqlDatabase db) {
        Built built;
        auto report = std::make_shared<MonitoringReport>();
        if (!report->build(db, o, &built.error))
            return built;
        // The preview and the printer use the document in the window's thread.
        report->document()->moveToThread(gui);
        built.report = report;
        return built;
    }));
}

void ReportDialog::printReport()
{
    if (!m_report)
        return;
    QPrintDialog dialog(m_printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_report->print(m_printer);
}

void ReportDialog::save(const QString &chosenPath)
{
    if (isBusy() || authority().isEmpty())
        return;
    ReportBatch::Options o = options();
    o.scope.provinceCode.clear();
    QString path = chosenPath;
    if (path.isEmpty()) {
        const QString filter = o.format == ReportBatch::Format::Pdf    ? tr("PDF document (*.pdf)")
                               : o.format == ReportBatch::Format::Xlsx ? tr("Excel workbook (*.xlsx)")
                                                                       : tr("CSV file (*.csv)");
        path = QFileDialog::getSaveFileName(this, tr("Save the report"),
                                            ReportBatch::fileName(authority(), o.semester, o.format), filter);
        if (path.isEmpty())
            return;
    }
    setBusy(true);
    m_saving.setProperty("path", path);
    const QString istat = authority();
    m_saving.setFuture(m_workspace->readInBackground<QString>([o, istat, path](QSqlDatabase db) {
        QString error;
        if (!ReportBatch::writeOne(db, o, istat, path, &error))
            return error.isEmpty() ? QObject::tr("unknown error") : error;
        return QString();
    }));
}

void ReportDialog::runBatch(const QString &chosenFolder)
{
    if (isBusy())
        return;
    QString folder = chosenFolder;
    if (folder.isEmpty()) {
        folder = QFileDialog::getExistingDirectory(this, tr("Folder for the reports"));
        if (folder.isEmpty())
            return;
    }
    ReportBatch::Options o = options();
    o.outputDir = folder;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_batchRunning = true;
    setBusy(true);
    m_progress->setRange(0, 0); // busy until the first file says how many
    m_status->setText(tr("Writing the reports…"));
    QPointer<ReportDialog> self(this);
    const auto cancel = m_cancel;
    m_batch.setFuture(m_workspace->readInBackground<ReportBatch::Result>([o, cancel, self](QSqlDatabase db) {
        return ReportBatch::run(db, o, [cancel, self](int done, int total, const QString &istat) {
            QMetaObject::invokeMethod(QCoreApplication::instance(), [self, done, total, istat] {
                if (!self)
                    return;
                self->m_progress->setRange(0, total);
                self->m_progress->setValue(done);
                self->m_status->setText(tr("Report %1 of %2 written: %3").arg(done).arg(total).arg(istat));
                Q_EMIT self->batchProgress(done, total);
            });
            return !cancel->load();
        });
    }));
}

void ReportDialog::cancelBatch()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling after the report being written…"));
}

} // namespace pass
