#pragma once

#include "core/indicators/deadlinewatch.h"
#include "ui/common/view.h"

#include "ui/common/latestread.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace pass {

class ChangeSet;
class DeadlineWatchModel;
class ScopeFilterBar;
class Workspace;

// The deadline watch view: open case files about to pass their legal term within N days (30 by
// default) and those already past it, by urgency, beside their counts per authority and
// responsible officer. Those that entered the watch since the previous start are bold.
class DeadlineWatchView : public QWidget, public View
{
    Q_OBJECT
public:
    // The most rows the table holds; every case file in the watch is counted anyway.
    static constexpr int kRowLimit = 2000;

    explicit DeadlineWatchView(Workspace *workspace, QWidget *parent = nullptr);
    ~DeadlineWatchView() override;

    QWidget *widget() override { return this; }
    QWidget *focusTarget() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    const DeadlineWatchResult &result() const;
    // From a refresh until its rows are shown.
    bool isLoading() const { return m_read.isLoading(); }
    DeadlineWatchModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *groups() const { return m_groups; }
    ScopeFilterBar *filterBar() const { return m_filters; }
    QLabel *summary() const { return m_summary; }
    void setWithinDays(int days);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

private:
    void onChanged(const ChangeSet &changes);
    void showResult(const DeadlineWatchResult &result);

    Workspace *m_workspace;
    ScopeFilterBar *m_filters;
    QSpinBox *m_days;
    QLabel *m_summary;
    QTableView *m_table;
    QTreeWidget *m_groups;
    DeadlineWatchModel *m_model;
    LatestRead<DeadlineWatchResult> m_read;
    QHash<QString, QString> m_names;
};

} // namespace pass
