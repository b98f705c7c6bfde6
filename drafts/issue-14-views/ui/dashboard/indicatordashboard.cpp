#include "indicatordashboard.h"

#include "core/workspace/workspace.h"
#include "reports/reporttexts.h"
#include "ui/charts/chartview.h"
#include "ui/dashboard/scopefilterbar.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

ReportLanguage uiLanguage()
{
    return QLocale().language() == QLocale::English ? ReportLanguage::English : ReportLanguage::Italian;
}

int indexOf(const DashboardSeries &s, Semester semester)
{
    for (qsizetype i = 0; i < s.points.size(); ++i)
        if (s.points.at(i).semester == semester)
            return int(i);
    return -1;
}

} // namespace

IndicatorDashboard::IndicatorDashboard(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_filters(new ScopeFilterBar(this)), m_breadcrumb(new QHBoxLayout),
      m_headline(new QLabel(this)), m_multiples(new QGridLayout), m_backlog(new ChartView(this)),
      m_duration(new ChartView(this)), m_flows(new ChartView(this))
{
    m_italian = uiLanguage() == ReportLanguage::Italian;
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addLayout(m_breadcrumb);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setObjectName(u"dashboardHeadline"_s);
    column->addWidget(m_headline);
    auto *totals = new QHBoxLayout;
    for (ChartView *v : {m_backlog, m_duration, m_flows}) {
        v->setMinimumHeight(250);
        totals->addWidget(v);
    }
    column->addLayout(totals);
    auto *multiplesTitle = new QLabel(this);
    multiplesTitle->setObjectName(u"multiplesTitle"_s);
    column->addWidget(multiplesTitle);
    column->addLayout(m_multiples);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(scroll, 1);

    m_filters->setAuthorities(m_workspace->authorities());
    const Semester now = Semester::current();
    m_filters->setSemesters(Semester(2021, 1), now);
    connect(m_filters, &ScopeFilterBar::scopeChanged, this, &IndicatorDashboard::refresh);
    connect(m_workspace, &Workspace::changed, this, &IndicatorDashboard::onChanged);
    connect(&m_watcher, &QFutureWatcher<DashboardFigures>::finished, this, [this] {
        show(m_watcher.result());
        if (m_pending) {
            m_pending = false;
            refresh();
        }
    });
    rebuildBreadcrumb();
    refresh();
}

IndicatorDashboard::~IndicatorDashboard()
{
    m_watcher.waitForFinished();
}

IndicatorScope IndicatorDashboard::scope() const
{
    IndicatorScope s = m_filters->scope();
    s.taskForceCode = m_taskForce;
    s.procedureCode = m_procedure;
    return s;
}

void IndicatorDashboard::setFilterScope(const IndicatorScope &scope)
{
    m_filters->setNetOfSuspensions(scope.netOfSuspensions);
    drillTo(scope.taskForceCode, scope.procedureCode);
}

void IndicatorDashboard::drillTo(const QString &taskForce, const QString &procedure)
{
    m_taskForce = taskForce;
    m_procedure = procedure;
    rebuildBreadcrumb();
    refresh();
}

void IndicatorDashboard::onChanged(const ChangeSet &changes)
{
    using E = ChangeSet::Entity;
    if (changes.touches(E::CaseFile) || changes.touches(E::Target) || changes.touches(E::Catalogue))
        refresh();
    if (changes.touches(E::Authority))
        m_filters->setAuthorities(m_workspace->authorities());
}

void IndicatorDashboard::refresh()
{
    if (m_watcher.isRunning()) {
        m_pending = true; // one more when this one is done: the latest filters win
        return;
    }
    const IndicatorScope s = scope();
    const bool italian = m_italian;
    m_watcher.setFuture(m_workspace->readInBackground<DashboardFigures>(
        [s, italian](QSqlDatabase db) { return DashboardBuilder(db).build(s, italian); }));
}

void IndicatorDashboard::rebuildBreadcrumb()
{
    while (QLayoutItem *item = m_breadcrumb->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto crumb = [this](const QString &text, const QString &tf, const QString &proc, bool current) {
        auto *button = new QPushButton(text, this);
        button->setFlat(true);
        button->setEnabled(!current);
        connect(button, &QPushButton::clicked, this, [this, tf, proc] { drillTo(tf, proc); });
        m_breadcrumb->addWidget(button);
    };
    crumb(tr("All task forces"), {}, {}, m_taskForce.isEmpty());
    if (!m_taskForce.isEmpty()) {
        QString name = m_taskForce;
        for (const TaskForce &tf : m_workspace->taskForces())
            if (tf.code == m_taskForce)
                name = m_italian ? tf.nameIt : tf.nameEn;
        m_breadcrumb->addWidget(new QLabel(u"›"_s, this));
        crumb(name, m_taskForce, {}, m_procedure.isEmpty());
    }
    if (!m_procedure.isEmpty()) {
        m_breadcrumb->addWidget(new QLabel(u"›"_s, this));
        crumb(m_procedure, m_taskForce, m_procedure, true);
    }
    m_breadcrumb->addStretch(1);
}

void IndicatorDashboard::showHeadline(const Headline &h, const std::optional<SemesterPoint> &now)
{
    const ReportLanguage lang = uiLanguage();
    const auto count = [lang](const std::optional<qint64> &v) { return v ? formatNumber(double(*v), 0, lang) : u"—"_s; };
    const auto decimal = [lang](const std::optional<double> &v) { return v ? formatNumber(*v, 1, lang) : u"—"_s; };
    const auto percent = [lang](const std::optional<double> &v) { return v ? formatPercent(*v, lang) : u"—"_s; };
    const QString variant = backlogVariantLabel(m_figures.scope.netOfSuspensions, lang);
    QString targetText = tr("no target configured");
    if (h.target) {
        const QString met = !h.meetsBacklogTarget ? tr("cannot tell yet (fewer than three semesters)")
                            : *h.meetsBacklogTarget ? (h.backlogAtDueIsProjected ? tr("on track") : tr("met"))
                                                    : (h.backlogAtDueIsProjected ? tr("off track") : tr("missed"));
        targetText = tr("−%1 backlog by %2: target %3, %4 %5 — %6")
                         .arg(formatPercent(h.target->backlogReductionPct, lang), reportDate(h.target->dueDate, lang),
                              decimal(h.targetBacklog), h.backlogAtDueIsProjected ? tr("projected") : tr("actual"),
                              decimal(h.backlogAtDue), met);
    }
    const QString asOf = now && now->asOf ? reportDate(*now->asOf, lang) : QString();
    m_headline->setText(
        u"<table cellspacing='12'><tr>"
        "<td><b style='font-size:20pt'>%1</b><br>%2</td>"
        "<td><b style='font-size:20pt'>%3</b><br>%4</td>"
        "<td><b style='font-size:20pt'>%5</b><br>%6</td>"
        "<td><b style='font-size:20pt'>%7</b><br>%8</td>"
        "</tr></table><p>%9<br><i>%10</i></p>"_s
            .arg(count(h.backlogNow), tr("backlog as of %1").arg(asOf).toHtmlEscaped(), percent(h.backlogClearedPct),
                 tr("backlog cleared since %1 (baseline %2)").arg(h.baselineSemester.label(), count(h.baselineBacklog)).toHtmlEscaped(),
                 decimal(h.durationNow), tr("average duration %1, days").arg(h.durationSemester.label()).toHtmlEscaped(),
                 percent(h.durationChangePct),
                 tr("change of the average duration (baseline %1 days)").arg(decimal(h.baselineDuration)).toHtmlEscaped())
            .arg(targetText.toHtmlEscaped(), tr("Backlog shown: %1").arg(variant).toHtmlEscaped()));
}

void IndicatorDashboard::show(const DashboardFigures &figures)
{
    m_figures = figures;
    const ReportLanguage lang = uiLanguage();
    const bool net = figures.scope.netOfSuspensions;
    if (!figures.error.isEmpty()) {
        m_headline->setText(tr("The figures cannot be computed: %1").arg(figures.error).toHtmlEscaped());
        emit refreshed();
        return;
    }
    showHeadline(figures.headline, figures.total.points.isEmpty() ? std::nullopt : std::optional(figures.total.points.last()));
    const int baseline = indexOf(figures.total, figures.headline.baselineSemester);
    DashboardSeries total = figures.total;
    total.label = tr("Total");
    m_backlog->setChart(backlogChart(total, net, baseline, lang));
    m_backlog->setToolTipText(forecastMethod(total, lang));
    m_duration->setChart(durationChart(total, lang));
    m_flows->setChart(flowChart(total, lang));

    qDeleteAll(m_groupViews);
    m_groupViews.clear();
    const int columns = 4;
    for (const DashboardSeries &group : figures.groups) {
        auto *view = new ChartView(this);
        ChartModel chart = backlogChart(group, net, indexOf(group, figures.headline.baselineSemester), lang);
        chart.title = group.label;
        chart.note.clear();
        view->setChart(chart);
        view->setToolTipText(figures.level == DashboardFigures::Level::Authority
                                 ? forecastMethod(group, lang)
                                 : tr("Click to see %1 in detail").arg(group.label) + u"\n"_s + forecastMethod(group, lang));
        view->setMinimumHeight(200);
        const QString key = group.key;
        if (figures.level == DashboardFigures::Level::TaskForce)
            connect(view, &ChartView::activated, this, [this, key] { drillTo(key, {}); });
        else if (figures.level == DashboardFigures::Level::Procedure)
            connect(view, &ChartView::activated, this, [this, key] { drillTo(m_taskForce, key); });
        m_multiples->addWidget(view, int(m_groupViews.size()) / columns, int(m_groupViews.size()) % columns);
        m_groupViews << view;
    }
    if (auto *title = findChild<QLabel *>(u"multiplesTitle"_s)) {
        title->setText(figures.level == DashboardFigures::Level::TaskForce   ? tr("<b>Backlog per task force</b> — click one to see its procedures")
                       : figures.level == DashboardFigures::Level::Procedure ? tr("<b>Backlog per procedure</b> — click one to see its authorities")
                                                                             : tr("<b>Backlog of the authorities with the largest backlog</b>"));
    }
    emit refreshed();
}

} // namespace pass
