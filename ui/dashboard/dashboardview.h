#pragma once

#include "core/indicators/dashboardfigures.h"
#include "ui/common/view.h"

#include "ui/common/latestread.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;

namespace pass {

class ChangeSet;
class ChartView;
class HeadlinePanel;
class ScopeFilterBar;
class Workspace;

// The Dashboard view: headline figures for the scope in view, the total's three charts (backlog
// against the baseline and the target path with the forecast dashed, average duration against
// the legal term, started against concluded with the clearance rate) and small multiples per
// task force, then per procedure, then per authority as one drills down by clicking one (or
// Enter on it). Every figure comes from DashboardBuilder (core), computed on a worker thread
// and refreshed on the workspace's changes and the filters.
class DashboardView : public QWidget, public View
{
    Q_OBJECT
public:
    enum class Multiples { Backlog, Duration, Flows };

    explicit DashboardView(Workspace *workspace, QWidget *parent = nullptr);
    ~DashboardView() override;

    QWidget *widget() override { return this; }
    QWidget *focusTarget() override;
    QList<QAction *> viewActions() const override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    IndicatorScope scope() const;
    const DashboardFigures &figures() const { return m_figures; }
    // From a refresh until its figures are shown.
    bool isLoading() const { return m_read.isLoading(); }
    // Drill-down: a task force, then a procedure of it; empty codes go back up.
    void drillTo(const QString &taskForce, const QString &procedure);
    void drillUp();

    ScopeFilterBar *filterBar() const { return m_filters; }
    HeadlinePanel *headline() const { return m_headline; }
    ChartView *backlogChart() const { return m_backlog; }
    ChartView *durationChart() const { return m_duration; }
    ChartView *flowChart() const { return m_flows; }
    const QList<ChartView *> &multiples() const { return m_groupViews; }
    QComboBox *multiplesSelector() const { return m_multiplesKind; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A refresh finished and the charts show its figures.
    void refreshed();

private:
    void onChanged(const ChangeSet &changes);
    void showFigures(const DashboardFigures &figures);
    void showMultiples();
    void rebuildBreadcrumb();
    QString taskForceName(const QString &code) const;

    Workspace *m_workspace;
    ScopeFilterBar *m_filters;
    QHBoxLayout *m_breadcrumb;
    QLabel *m_status;
    HeadlinePanel *m_headline;
    ChartView *m_backlog;
    ChartView *m_duration;
    ChartView *m_flows;
    QLabel *m_multiplesTitle;
    QComboBox *m_multiplesKind;
    QGridLayout *m_multiples;
    QList<ChartView *> m_groupViews;
    QAction *m_up;
    QString m_taskForce;
    QString m_procedure;
    QString m_procedureLabel;
    DashboardFigures m_figures;
    LatestRead<DashboardFigures> m_read;
};

} // namespace pass
