#include "dashboardview.h"

#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "reports/reporttexts.h"
#include "ui/charts/chartview.h"
#include "ui/common/scopefilterbar.h"
#include "ui/dashboard/headlinepanel.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

constexpr int kColumns = 4;

ReportLanguage uiLanguage()
{
    return QLocale().language() == QLocale::English ? ReportLanguage::English : ReportLanguage::Italian;
}

int indexOf(const DashboardSeries &s, Semester semester)
{
    for (qsizetype i = 0; i < s.points.size(); ++i) {
        if (s.points.at(i).semester == semester)
            return int(i);
    }
    return -1;
}

} // namespace

DashboardView::DashboardView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_filters(new ScopeFilterBar(workspace, this)),
      m_breadcrumb(new QHBoxLayout), m_status(new QLabel(this)), m_headline(new HeadlinePanel(this)),
      m_backlog(new ChartView(this)), m_duration(new ChartView(this)), m_flows(new ChartView(this)),
      m_multiplesTitle(new QLabel(this)), m_multiplesKind(new QComboBox(this)), m_multiples(new QGridLayout),
      m_up(new QAction(tr("&Up one level"), this)),
      m_read(this, [this](const DashboardFigures &figures) { showFigures(figures); })
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 4, 0);
    // The charts keep their height and the page scrolls, rather than squeezing them.
    column->setSizeConstraint(QLayout::SetMinimumSize);
    column->addWidget(m_headline);
    auto *totals = new QHBoxLayout;
    for (ChartView *v : {m_backlog, m_duration, m_flows}) {
        v->setMinimumHeight(250);
        totals->addWidget(v);
    }
    column->addLayout(totals);
    auto *multiplesBar = new QHBoxLayout;
    m_multiplesTitle->setTextFormat(Qt::RichText);
    multiplesBar->addWidget(m_multiplesTitle, 1);
    auto *kindLabel = new QLabel(tr("Sho&w"), this);
    kindLabel->setBuddy(m_multiplesKind);
    m_multiplesKind->setAccessibleName(tr("What the small multiples show"));
    m_multiplesKind->addItem(tr("Backlog against the target"), int(Multiples::Backlog));
    m_multiplesKind->addItem(tr("Average duration against the legal term"), int(Multiples::Duration));
    m_multiplesKind->addItem(tr("Started and concluded"), int(Multiples::Flows));
    multiplesBar->addWidget(kindLabel);
    multiplesBar->addWidget(m_multiplesKind);
    column->addLayout(multiplesBar);
    column->addLayout(m_multiples);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *top = new QHBoxLayout;
    top->addLayout(m_breadcrumb);
    top->addStretch(1);
    m_status->setAccessibleName(tr("Dashboard status"));
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_up->setStatusTip(tr("Back from a procedure to its task force, from a task force to all of them"));
    addAction(m_up);
    connect(m_up, &QAction::triggered, this, &DashboardView::drillUp);

    m_filters->setSemesters(Semester(2020, 1), Semester::current());
    connect(m_filters, &ScopeFilterBar::scopeChanged, this, &DashboardView::refresh);
    connect(m_multiplesKind, &QComboBox::currentIndexChanged, this, &DashboardView::showMultiples);
    connect(m_workspace, &Workspace::changed, this, &DashboardView::onChanged);
    rebuildBreadcrumb();
    refresh();
}

DashboardView::~DashboardView() = default;

QWidget *DashboardView::focusTarget()
{
    return m_filters->authorityBox();
}

QList<QAction *> DashboardView::viewActions() const
{
    return {m_up};
}

QByteArray DashboardView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_taskForce << m_procedure << m_procedureLabel << m_multiplesKind->currentIndex();
    return state;
}

void DashboardView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    QString taskForce, procedure, label;
    int kind = 0;
    in >> taskForce >> procedure >> label >> kind;
    if (in.status() != QDataStream::Ok)
        return;
    m_procedureLabel = label;
    m_multiplesKind->setCurrentIndex(std::clamp(kind, 0, m_multiplesKind->count() - 1));
    drillTo(taskForce, procedure);
}

IndicatorScope DashboardView::scope() const
{
    IndicatorScope s = m_filters->scope();
    s.taskForceCode = m_taskForce;
    s.procedureCode = m_procedure;
    return s;
}

void DashboardView::drillTo(const QString &taskForce, const QString &procedure)
{
    m_taskForce = taskForce;
    m_procedure = taskForce.isEmpty() ? QString() : procedure;
    rebuildBreadcrumb();
    refresh();
}

void DashboardView::drillUp()
{
    if (!m_procedure.isEmpty())
        drillTo(m_taskForce, {});
    else if (!m_taskForce.isEmpty())
        drillTo({}, {});
}

void DashboardView::onChanged(const ChangeSet &changes)
{
    using E = ChangeSet::Entity;
    if (changes.touches(E::CaseFile) || changes.touches(E::Target) || changes.touches(E::Catalogue)
        || changes.touches(E::Authority))
        refresh();
}

void DashboardView::refresh()
{
    m_status->setText(tr("Computing the indicators…"));
    const IndicatorScope s = scope();
    const bool italian = uiLanguage() == ReportLanguage::Italian;
    m_read.run([workspace = m_workspace, s, italian] {
        return workspace->readInBackground<DashboardFigures>([s, italian](QSqlDatabase db) {
            if (!db.isOpen()) {
                DashboardFigures failed;
                failed.scope = s;
                failed.error = QObject::tr("the store cannot be read");
                return failed;
            }
            return DashboardBuilder(db).build(s, italian);
        });
    });
}

QString DashboardView::taskForceName(const QString &code) const
{
    const bool italian = uiLanguage() == ReportLanguage::Italian;
    for (const TaskForce &tf : m_workspace->taskForces()) {
        if (tf.code == code)
            return italian ? tf.nameIt : tf.nameEn;
    }
    return code;
}

void DashboardView::rebuildBreadcrumb()
{
    while (QLayoutItem *item = m_breadcrumb->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto crumb = [this](const QString &text, const QString &tf, const QString &proc, bool current) {
        auto *button = new QPushButton(text, this);
        button->setFlat(true);
        button->setEnabled(!current);
        button->setAccessibleName(current ? tr("Shown: %1").arg(text) : tr("Back to %1").arg(text));
        button->setFocusPolicy(current ? Qt::NoFocus : Qt::StrongFocus);
        if (current) {
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        }
        connect(button, &QPushButton::clicked, this, [this, tf, proc] { drillTo(tf, proc); });
        m_breadcrumb->addWidget(button);
    };
    const auto separator = [this] {
        auto *label = new QLabel(u"›"_s, this);
        label->setAccessibleName(tr("then"));
        m_breadcrumb->addWidget(label);
    };
    crumb(tr("All task forces"), {}, {}, m_taskForce.isEmpty());
    if (!m_taskForce.isEmpty()) {
        separator();
        crumb(taskForceName(m_taskForce), m_taskForce, {}, m_procedure.isEmpty());
    }
    if (!m_procedure.isEmpty()) {
        separator();
        crumb(m_procedureLabel.isEmpty() ? m_procedure : m_procedureLabel, m_taskForce, m_procedure, true);
    }
    m_up->setEnabled(!m_taskForce.isEmpty());
}

void DashboardView::showFigures(const DashboardFigures &figures)
{
    m_figures = figures;
    m_status->setText(figures.error.isEmpty() ? QString() : tr("The figures cannot be computed: %1").arg(figures.error));
    m_headline->showFigures(figures);
    const ReportLanguage lang = uiLanguage();
    DashboardSeries total = figures.total;
    total.label = figures.scope.procedureCode.isEmpty() && figures.scope.taskForceCode.isEmpty() ? tr("Total")
                  : !figures.scope.procedureCode.isEmpty() ? (m_procedureLabel.isEmpty() ? m_procedure : m_procedureLabel)
                                                          : taskForceName(figures.scope.taskForceCode);
    const int baseline = indexOf(total, figures.headline.baselineSemester);
    ChartModel backlog = pass::backlogChart(total, figures.scope.netOfSuspensions, baseline, lang);
    backlog.note.clear(); // the forecast's method is the chart's tooltip on screen
    m_backlog->setChart(backlog);
    m_backlog->setToolTipText(backlog.title + u"\n"_s + forecastMethod(total, lang));
    const ChartModel duration = pass::durationChart(total, lang);
    m_duration->setChart(duration);
    m_duration->setToolTipText(duration.title + u"\n"_s + tr("Average duration of the express decisions of each semester against the legal term"));
    const ChartModel flows = pass::flowChart(total, lang);
    m_flows->setChart(flows);
    m_flows->setToolTipText(flows.title + u"\n"_s + tr("Clearance rate over the bars: concluded ÷ started; under 100 % the backlog grows"));
    showMultiples();
    Q_EMIT refreshed();
}

void DashboardView::showMultiples()
{
    const ReportLanguage lang = uiLanguage();
    const DashboardFigures &figures = m_figures;
    const auto kind = Multiples(m_multiplesKind->currentData().toInt());
    // Focus stays where it was when the charts are rebuilt (a keyboard user drilling down).
    const bool hadFocus = m_groupViews.contains(qobject_cast<ChartView *>(focusWidget()));
    qDeleteAll(m_groupViews);
    m_groupViews.clear();
    using Level = DashboardFigures::Level;
    QWidget *previous = m_multiplesKind;
    for (const DashboardSeries &group : figures.groups) {
        auto *view = new ChartView(this);
        ChartModel chart = kind == Multiples::Duration ? pass::durationChart(group, lang)
                           : kind == Multiples::Flows  ? pass::flowChart(group, lang)
                                                       : pass::backlogChart(group, figures.scope.netOfSuspensions,
                                                                     indexOf(group, figures.headline.baselineSemester), lang);
        chart.title = group.label;
        chart.note.clear();
        view->setChart(chart);
        view->setMinimumHeight(210);
        // A group without case files says so and leads nowhere: drilling into it would show
        // the same sentence again.
        const bool holdsCases = holdsCaseFiles(group);
        const QString next = !holdsCases                           ? chart.emptyText
                             : figures.level == Level::TaskForce   ? tr("Click or press Enter to see its procedures")
                             : figures.level == Level::Procedure ? tr("Click or press Enter to see its authorities")
                                                                 : tr("Click or press Enter to pick this authority");
        // The title first: a long one is cut short on the chart.
        view->setToolTipText(group.label + u"\n"_s + next
                             + (holdsCases && kind == Multiples::Backlog ? u"\n"_s + forecastMethod(group, lang) : QString()));
        view->setActivatable(holdsCases);
        const QString key = group.key;
        const QString label = group.label;
        if (figures.level == Level::TaskForce) {
            connect(view, &ChartView::activated, this, [this, key] { drillTo(key, {}); });
        } else if (figures.level == Level::Procedure) {
            connect(view, &ChartView::activated, this, [this, key, label] {
                m_procedureLabel = label;
                drillTo(m_taskForce, key);
            });
        } else {
            connect(view, &ChartView::activated, this, [this, key] { m_workspace->setFocusAuthority(key); });
        }
        const int n = int(m_groupViews.size());
        m_multiples->addWidget(view, n / kColumns, n % kColumns);
        setTabOrder(previous, view);
        previous = view;
        m_groupViews << view;
    }
    if (hadFocus && !m_groupViews.isEmpty())
        m_groupViews.first()->setFocus(Qt::OtherFocusReason);
    const QString what = kind == Multiples::Duration ? tr("Average duration") : kind == Multiples::Flows ? tr("Started and concluded")
                                                                                                         : tr("Backlog");
    m_multiplesTitle->setText(
        figures.level == Level::TaskForce   ? tr("<b>%1 per task force</b> — pick one to see its procedures").arg(what)
        : figures.level == Level::Procedure ? tr("<b>%1 per procedure</b> — pick one to see its authorities").arg(what)
                                            : tr("<b>%1 of the authorities with the largest backlog</b> — pick one to filter by it").arg(what));
}

} // namespace pass
