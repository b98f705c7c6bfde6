#include "reportdialog.h"

#include "core/workspace/workspace.h"
#include "reports/monitoringreport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

ReportDialog::ReportDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_authority(new QComboBox(this)), m_province(new QComboBox(this)),
      m_semester(new QComboBox(this)), m_language(new QComboBox(this)), m_variant(new QComboBox(this)),
      m_format(new QComboBox(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Reports"));
    QList<Authority> authorities = m_workspace->authorities();
    std::sort(authorities.begin(), authorities.end(), [](const Authority &a, const Authority &b) { return a.name < b.name; });
    QStringList provinces;
    for (const Authority &a : std::as_const(authorities)) {
        if (a.retired)
            continue;
        m_authority->addItem(u"%1 (%2)"_s.arg(a.name, a.istat), a.istat);
        if (!a.provinceCode.isEmpty() && !provinces.contains(a.provinceCode))
            provinces << a.provinceCode;
    }
    provinces.sort();
    m_province->addItem(tr("All (region)"), QString());
    for (const QString &p : std::as_const(provinces))
        m_province->addItem(p, p);
    const Semester running = Semester::current();
    for (Semester s = running; s >= Semester(2021, 1); s = s.previous())
        m_semester->addItem(s == running ? tr("%1 (running)").arg(s.label()) : s.label(), s.index());
    m_semester->setCurrentIndex(1); // the last complete semester
    m_language->addItem(tr("Italian"), int(ReportLanguage::Italian));
    m_language->addItem(tr("English"), int(ReportLanguage::English));
    m_variant->addItem(tr("Gross backlog (DFP, calendar days)"), false);
    m_variant->addItem(tr("Backlog net of suspensions"), true);
    m_format->addItem(tr("Monitoring report (PDF)"), int(ReportBatch::Format::Pdf));
    m_format->addItem(tr("DFP table (XLSX)"), int(ReportBatch::Format::Xlsx));
    m_format->addItem(tr("DFP table (CSV)"), int(ReportBatch::Format::Csv));

    auto *form = new QFormLayout;
    form->addRow(tr("&Authority"), m_authority);
    form->addRow(tr("&Semester"), m_semester);
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("&Backlog"), m_variant);
    form->addRow(tr("&Format"), m_format);
    form->addRow(tr("Batch: &province"), m_province);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("&Preview…"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    auto *batchButton = buttons->addButton(tr("Every &authority…"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(batchButton, &QPushButton::clicked, this, &ReportDialog::runBatch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this, previewButton] { previewButton->setEnabled(m_format->currentData().toInt() == int(ReportBatch::Format::Pdf)); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString ReportDialog::authority() const
{
    return m_authority->currentData().toString();
}

void ReportDialog::setAuthority(const QString &istat)
{
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(istat)));
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

void ReportDialog::paintPreview(QPrinter *printer)
{
    MonitoringReport report;
    MonitoringReport::Options o;
    const ReportBatch::Options batch = options();
    o.scope = batch.scope;
    o.scope.provinceCode.clear();
    o.scope.authorityIstat = authority();
    o.semester = batch.semester;
    o.language = batch.language;
    QString error;
    if (report.build(m_workspace->store().connection(), o, &error))
        report.print(printer);
    else
        m_status->setText(tr("The report cannot be built: %1").arg(error));
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportDialog::paintPreview);
    dialog.resize(1000, 800);
    dialog.exec();
}

void ReportDialog::save()
{
    ReportBatch::Options o = options();
    o.scope.provinceCode.clear();
    const QString suggested = ReportBatch::fileName(authority(), o.semester, o.format);
    const QString filter = o.format == ReportBatch::Format::Pdf ? tr("PDF (*.pdf)")
                           : o.format == ReportBatch::Format::Xlsx ? tr("Excel workbook (*.xlsx)")
                                                                   : tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, filter);
    if (path.isEmpty())
        return;
    QString error;
    if (ReportBatch::writeOne(m_workspace->store().connection(), o, authority(), path, &error))
        m_status->setText(tr("Saved %1").arg(path));
    else
        QMessageBox::warning(this, tr("Save the report"), error);
}

void ReportDialog::runBatch()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the reports"));
    if (dir.isEmpty())
        return;
    ReportBatch::Options o = options();
    o.outputDir = dir;
    auto *progress = new QProgressDialog(tr("Writing the reports…"), tr("Cancel"), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> guard(progress);
    auto *watcher = new QFutureWatcher<ReportBatch::Result>(this);
    connect(watcher, &QFutureWatcher<ReportBatch::Result>::finished, this, [this, watcher, guard] {
        const ReportBatch::Result result = watcher->result();
        watcher->deleteLater();
        if (guard)
            guard->deleteLater();
        m_status->setText(result.cancelled ? tr("Cancelled: %1 of %2 reports written.").arg(result.files.size()).arg(result.total)
                                           : tr("%1 of %2 reports written.").arg(result.files.size()).arg(result.total));
        if (!result.failures.isEmpty())
            QMessageBox::warning(this, tr("Reports"), result.failures.join(u'\n'));
        emit batchFinished(result);
    });
    watcher->setFuture(m_workspace->readInBackground<ReportBatch::Result>([o, cancel, guard](QSqlDatabase db) {
        return ReportBatch::run(db, o, [cancel, guard](int done, int total, const QString &authority) {
            QMetaObject::invokeMethod(qApp, [guard, done, total, authority] {
                if (!guard)
                    return;
                guard->setMaximum(total);
                guard->setValue(done);
                guard->setLabelText(QObject::tr("Report %1 of %2: %3").arg(done).arg(total).arg(authority));
            });
            return !cancel->load();
        });
    }));
}

} // namespace pass
