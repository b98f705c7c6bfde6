#pragma once

#include "ui/common/view.h"
#include "ui/dashboard/backlogchartdata.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace pass {

class Workspace;

// The chart of backlog per task force per semester, with the baseline semester marked and the
// target path, and a selector for one task force or all of them. The figures are computed on a
// worker thread with its own read-only connection, so a large store never blocks the window.
// The Dashboard view: recomputes itself when the workspace announces changed case files,
// terms or targets.
class BacklogChartView : public QWidget, public View
{
    Q_OBJECT

public:
    explicit BacklogChartView(Workspace *workspace, QWidget *parent = nullptr);
    ~BacklogChartView() override;

    QWidget *widget() override { return this; }
    QWidget *focusTarget() override { return m_taskForce; }
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QComboBox *taskForceSelector() const { return m_taskForce; }
    QChartView *chartView() const { return m_view; }
    QChart *chart() const;
    const BacklogChartData &chartData() const { return m_data; }
    bool isLoading() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();

private:
    void fillTaskForces();
    void showData(const BacklogChartData &data);
    QString describe(const BacklogChartData &data) const;

    Workspace *m_workspace;
    QComboBox *m_taskForce;
    QLabel *m_status;
    QChartView *m_view;
    QFutureWatcher<BacklogChartData> m_watcher;
    BacklogChartData m_data;
    bool m_loading = false; // from reload() until its result is shown
    bool m_reloadPending = false;
};

} // namespace pass
