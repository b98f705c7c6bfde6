#pragma once

#include "core/indicators/dashboardfigures.h"

#include <QFutureWatcher>
#include <QWidget>

class QGridLayout;
class QLabel;
class QHBoxLayout;

namespace pass {

class ChartView;
class ScopeFilterBar;
class Workspace;
class ChangeSet;

// The dashboard: headline figures for the scope in view, small multiples of the backlog per
// task force (then per procedure, then per authority as one drills down by clicking) and the
// total's charts — backlog against the baseline and the target path with the forecast dashed,
// average duration against the legal term, started against concluded with the clearance rate.
// Every figure comes from DashboardBuilder (core); computed on a worker thread, refreshed on
// the workspace's changes.
class IndicatorDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorDashboard(Workspace *workspace, QWidget *parent = nullptr);
    ~IndicatorDashboard() override;

    IndicatorScope scope() const;
    const DashboardFigures &figures() const { return m_figures; }
    // Drill-down: a task force, then a procedure of it; empty strings go back up.
    void drillTo(const QString &taskForce, const QString &procedure);
    void setFilterScope(const IndicatorScope &scope); // tests and screenshots
    ScopeFilterBar *filterBar() const { return m_filters; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A refresh finished and the charts show its figures.
    void refreshed();

private:
    void onChanged(const ChangeSet &changes);
    void show(const DashboardFigures &figures);
    void showHeadline(const Headline &h, const std::optional<SemesterPoint> &now);
    void rebuildBreadcrumb();

    Workspace *m_workspace;
    ScopeFilterBar *m_filters;
    QHBoxLayout *m_breadcrumb;
    QLabel *m_headline;
    QGridLayout *m_multiples;
    ChartView *m_backlog;
    ChartView *m_duration;
    ChartView *m_flows;
    QList<ChartView *> m_groupViews;
    QString m_taskForce;
    QString m_procedure;
    DashboardFigures m_figures;
    QFutureWatcher<DashboardFigures> m_watcher;
    bool m_pending = false;
    bool m_italian = true;
};

} // namespace pass
