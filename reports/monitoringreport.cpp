#include "monitoringreport.h"

#include "reports/chartmodel.h"
#include "reports/chartpainter.h"
#include "reports/paginateddocument.h"
#include "reports/reporttexts.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// The template's column titles have words longer than a figure's column is wide, which the
// layout broke anywhere ("provve|diment|o"): soft hyphens where Italian and English split them.
QString hyphenated(QString title)
{
    static const std::pair<const char16_t *, const char16_t *> kSplits[] = {
        {u"Concluse", u"Con\u00ADclu\u00ADse"},           {u"silenzio", u"si\u00ADlen\u00ADzio"},
        {u"assenso", u"as\u00ADsen\u00ADso"},             {u"provvedimento", u"prov\u00ADve\u00ADdi\u00ADmen\u00ADto"},
        {u"espresso", u"e\u00ADspres\u00ADso"},           {u"sospensioni", u"so\u00ADspen\u00ADsio\u00ADni"},
        {u"Conferenza", u"Con\u00ADfe\u00ADren\u00ADza"}, {u"(giornate)", u"(gior\u00ADna\u00ADte)"},
        {u"massimo", u"mas\u00ADsi\u00ADmo"},             {u"(numero)", u"(nu\u00ADme\u00ADro)"},
        {u"Arretrato", u"Ar\u00ADre\u00ADtra\u00ADto"},   {u"Concluded", u"Con\u00ADclu\u00ADded"},
        {u"approval", u"ap\u00ADpro\u00ADval"},           {u"decision", u"de\u00ADci\u00ADsion"},
        {u"suspensions", u"sus\u00ADpen\u00ADsions"},     {u"conference", u"con\u00ADfe\u00ADrence"},
        {u"duration", u"du\u00ADra\u00ADtion"},           {u"(number)", u"(num\u00ADber)"},
    };
    for (const auto &[word, split] : kSplits)
        title.replace(QString::fromUtf16(word), QString::fromUtf16(split));
    return title;
}

constexpr double kChartAspect = 0.42;
const char *const kChartNames[] = {"chart:backlog", "chart:duration", "chart:flows"};

} // namespace

MonitoringReport::MonitoringReport() = default;
MonitoringReport::~MonitoringReport() = default;

bool MonitoringReport::build(QSqlDatabase db, const Options &options, QString *error)
{
    m_options = options;
    const ReportLanguage lang = options.language;
    QString tableError;
    m_table = DfpTable::build(db, options.scope, options.semester, lang, &tableError);
    if (!tableError.isEmpty()) {
        *error = tableError;
        return false;
    }
    // The key figures and charts run to the running semester, counted as of the extraction day:
    // where the authority stands now, beside the semester the DFP table is for.
    IndicatorScope chartScope = options.scope;
    chartScope.to.reset();
    m_figures = DashboardBuilder(db).build(chartScope, lang == ReportLanguage::Italian);
    if (!m_figures.error.isEmpty()) {
        *error = m_figures.error;
        return false;
    }
    m_figures.total.label = m_table.scopeLabel;
    DeadlineWatch::Options watch;
    watch.scope = options.scope;
    watch.withinDays = options.deadlineDays;
    watch.limit = options.deadlineRows;
    QString watchError;
    const DeadlineWatchResult deadlines = DeadlineWatch(db).list(watch, &watchError);
    if (!watchError.isEmpty()) {
        *error = watchError;
        return false;
    }
    // The variant on every page: a printed page read alone must say gross or net.
    m_header = reportText("report.title", lang) + u" — "_s + m_table.scopeLabel + u" — "_s + options.semester.label()
        + u" — "_s + reportText(options.scope.netOfSuspensions ? "chart.backlog.net" : "chart.backlog.gross", lang);
    m_document = std::make_unique<QTextDocument>();
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8.5);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setHtml(html(deadlines));
    return true;
}

QString MonitoringReport::html(const DeadlineWatchResult &deadlines) const
{
    const ReportLanguage lang = m_options.language;
    const auto t = [lang](const char *key) { return reportText(key, lang); };
    const Headline &h = m_figures.headline;
    QString out;
    out += u"<h2>"_s + esc(t("report.title")) + u"</h2>"_s;
    out += u"<table cellspacing='0' cellpadding='2'>"_s;
    for (const auto &[key, value] : m_table.headerFields())
        out += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(key), esc(value));
    out += u"</table>"_s;

    // Key figures: the two percentages regions report, the target and whether it is met.
    out += u"<h3>"_s + esc(t("report.headline")) + u"</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'>"_s;
    const auto row = [&out](const QString &label, const QString &value) {
        out += u"<tr><td width='60%'>%1</td><td align='right'>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    const auto count = [lang](const std::optional<qint64> &v) { return v ? formatNumber(double(*v), 0, lang) : u"—"_s; };
    const auto decimal = [lang](const std::optional<double> &v) { return v ? formatNumber(*v, 1, lang) : u"—"_s; };
    const auto percent = [lang](const std::optional<double> &v) { return v ? formatPercent(*v, lang) : u"—"_s; };
    row(t("head.backlogNow").arg(reportDate(m_options.scope.asOf, lang)), count(h.backlogNow));
    row(t("head.baseline").arg(h.baselineSemester.label()), count(h.baselineBacklog));
    row(t("head.cleared"), percent(h.backlogClearedPct));
    row(t("head.durationNow").arg(h.durationSemester.label()), decimal(h.durationNow));
    row(t("head.durationBaseline"), decimal(h.baselineDuration));
    row(t("head.durationChange"), percent(h.durationChangePct));
    if (h.target) {
        row(t("head.target"), t("head.targetText")
                                  .arg(formatPercent(h.target->backlogReductionPct, lang), formatPercent(h.target->durationReductionPct, lang),
                                       reportDate(h.target->dueDate, lang)));
        QStringList steps;
        for (const TargetMilestone &m : h.target->milestones)
            steps << u"%1: −%2 / −%3"_s.arg(reportDate(m.due, lang), formatPercent(m.backlogReductionPct, lang),
                                            formatPercent(m.durationReductionPct, lang));
        if (!steps.isEmpty())
            row(t("head.milestones"), steps.join(u"; "_s));
        row(t("head.targetBacklog"), decimal(h.targetBacklog));
        row(t(h.backlogAtDueIsProjected ? "head.atDueProjected" : "head.atDue"), decimal(h.backlogAtDue));
        row(t(h.backlogAtDueIsProjected ? "head.meetsProjected" : "head.meets"),
            h.meetsBacklogTarget ? t(*h.meetsBacklogTarget ? "head.yes" : "head.no") : t("head.unknown"));
    } else {
        row(t("head.target"), t("head.noTarget"));
    }
    out += u"</table>"_s;

    // The DFP table, in the template's column order.
    out += u"<h3>"_s + esc(t("report.table")) + u" "_s + esc(m_options.semester.label()) + u"</h3>"_s;
    out += u"<table border='1' cellspacing='0' cellpadding='2' width='100%' style='font-size:7pt'><thead><tr>"_s;
    // The procedure's name and the note get the room; the eight figures share the rest.
    const QStringList titles = DfpTable::columnTitles(lang);
    for (qsizetype c = 0; c < titles.size(); ++c) {
        const int width = c == 0 ? 27 : c == titles.size() - 1 ? 15 : 7;
        out += u"<th bgcolor='#e8eef4' width='%1%'>"_s.arg(width) + hyphenated(esc(titles.at(c))) + u"</th>"_s;
    }
    out += u"</tr></thead>"_s;
    for (const DfpTableRow &r : m_table.rows) {
        const QStringList cells = m_table.cells(r);
        out += u"<tr>"_s;
        for (qsizetype c = 0; c < cells.size(); ++c)
            out += (c == 0 || c == 9 ? u"<td>"_s : u"<td align='right'>"_s) + esc(cells.at(c)) + u"</td>"_s;
        out += u"</tr>"_s;
    }
    out += u"</table>"_s;

    // Charts: images the document holds as resources (addCharts).
    out += u"<h3>"_s + esc(t("report.charts")) + u"</h3>"_s;
    for (const char *name : kChartNames)
        out += u"<p><img src='%1'></p>"_s.arg(QString::fromLatin1(name));

    // The deadline watch as of the extraction day.
    out += u"<h3>"_s + esc(t("report.deadlines")) + u" — "_s + esc(reportDate(m_options.scope.asOf, lang)) + u"</h3>"_s;
    if (deadlines.entries.isEmpty()) {
        out += u"<p>"_s + esc(t("report.deadlines.none").arg(m_options.deadlineDays)) + u"</p>"_s;
    } else {
        out += u"<p>"_s + esc(t("report.deadlines.intro").arg(m_options.deadlineDays).arg(deadlines.dueSoon).arg(deadlines.overdue)) + u"</p>"_s;
        out += u"<table border='1' cellspacing='0' cellpadding='2' width='100%'><thead><tr>"_s;
        for (const char *key : {"col.protocol", "col.procedure", "col.responsible", "col.start", "col.deadline", "col.days"})
            out += u"<th bgcolor='#e8eef4'>"_s + esc(t(key)) + u"</th>"_s;
        out += u"</tr></thead>"_s;
        for (const DeadlineEntry &e : deadlines.entries) {
            const QString days = e.isOverdue() ? t("days.overdue").arg(-e.daysLeft) : t("days.left").arg(e.daysLeft);
            out += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align='right'>%6</td></tr>"_s
                       .arg(esc(e.caseFile.protocolNumber), esc(e.caseFile.procedureCode), esc(e.caseFile.responsible),
                            reportDate(e.caseFile.startDate, lang), reportDate(e.deadline, lang), esc(days));
        }
        out += u"</table>"_s;
    }

    out += u"<h3>"_s + esc(t("report.method")) + u"</h3>"_s;
    out += u"<p>"_s + esc(t("method.backlog").arg(backlogVariantLabel(m_options.scope.netOfSuspensions, lang))) + u"</p>"_s;
    out += u"<p>"_s + esc(t("method.duration")) + u"</p>"_s;
    out += u"<p>"_s + esc(forecastMethod(m_figures.total, lang)) + u"</p>"_s;
    return out;
}

void MonitoringReport::addCharts()
{
    // Drawn at the layout device's resolution (sharp on paper), and given a size in the
    // document's units: the layout scales images by the device's DPI over 96.
    const QPaintDevice *device = m_document->documentLayout()->paintDevice();
    const int dpi = device ? device->logicalDpiX() : 96;
    const double scale = double(dpi) / 96.0;
    const double width = m_document->pageSize().width();
    const QSize pixels(int(width), int(width * kChartAspect));
    const int baselineIndex = [&] {
        for (qsizetype i = 0; i < m_figures.total.points.size(); ++i)
            if (m_figures.total.points.at(i).semester == m_figures.headline.baselineSemester)
                return int(i);
        return -1;
    }();
    const ChartModel charts[] = {backlogChart(m_figures.total, m_options.scope.netOfSuspensions, baselineIndex, m_options.language),
                                 durationChart(m_figures.total, m_options.language), flowChart(m_figures.total, m_options.language)};
    for (int i = 0; i < 3; ++i) {
        QImage image(pixels, QImage::Format_RGB32);
        image.setDotsPerMeterX(int(dpi / 0.0254));
        image.setDotsPerMeterY(int(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        QFont font = m_document->defaultFont();
        font.setPointSizeF(7.5);
        painter.setFont(font);
        paintChart(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), charts[i]);
        painter.end();
        m_document->addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(kChartNames[i])), image);
    }
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid() || !format.name().startsWith(u"chart:"))
                continue;
            format.setWidth(double(pixels.width()) / scale);
            format.setHeight(double(pixels.height()) / scale);
            QTextCursor cursor(m_document.get());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

int MonitoringReport::print(QPagedPaintDevice *device)
{
    if (!m_document)
        return 0;
    // First lay out for the device to learn the body width, then draw the charts to fit it.
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setPageSize(QSizeF(paper.width(), paper.height()));
    addCharts();
    return paintPages(*m_document, device, m_header, reportText("report.page", m_options.language));
}

bool MonitoringReport::writePdf(const QString &path, QString *error)
{
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setCreator(u"PAsS Desktop"_s);
        writer.setTitle(m_header);
        if (print(&writer) > 0)
            return true;
    }
    QFile::remove(path);
    *error = QObject::tr("cannot write %1").arg(path);
    return false;
}

} // namespace pass
