#pragma once

#include "ui/models/backlogchartdata.h"

#include <QFutureWatcher>
#include <QSqlDatabase>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;

namespace pass {

// The chart of backlog per task force per semester, with the baseline semester marked and the
// target path, and a selector for one task force or all of them. The figures are computed on a
// worker thread with its own read-only connection, so a large store never blocks the window.
class BacklogChartView : public QWidget
{
    Q_OBJECT

public:
    explicit BacklogChartView(QWidget *parent = nullptr);
    ~BacklogChartView() override;

    // `db` (GUI thread) fills the task-force selector; the figures are read from `path`.
    void setStore(const QString &path, QSqlDatabase db);

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
    void showData(const BacklogChartData &data);
    QString describe(const BacklogChartData &data) const;

    QString m_path;
    QComboBox *m_taskForce;
    QLabel *m_status;
    QChartView *m_view;
    QFutureWatcher<BacklogChartData> m_watcher;
    BacklogChartData m_data;
    bool m_loading = false; // from reload() until its result is shown
    bool m_reloadPending = false;
};

} // namespace pass
