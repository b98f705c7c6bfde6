#pragma once

#include "core/indicators/deadlinewatch.h"

#include <QFutureWatcher>
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

// Open case files about to pass their legal term within N days, and those already past it, by
// urgency, with their counts per authority and responsible officer. The count of those due
// soon is the navigation's badge; those that entered the watch since the last start are bold.
class DeadlineWatchView : public QWidget
{
    Q_OBJECT
public:
    // lastSeen: the day of the previous start (from the settings), for "new since".
    explicit DeadlineWatchView(Workspace *workspace, std::optional<QDate> lastSeen, QWidget *parent = nullptr);
    ~DeadlineWatchView() override;

    const DeadlineWatchResult &result() const;
    DeadlineWatchModel *model() const { return m_model; }
    void setWithinDays(int days);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // After each refresh: for the navigation's badge and the start-up notification.
    void countsChanged(qint64 dueSoon, qint64 overdue, qint64 newSinceLastSeen);
    void refreshed();
    void openCaseFile(const QString &id);

private:
    void onChanged(const ChangeSet &changes);
    void show(const DeadlineWatchResult &result);

    Workspace *m_workspace;
    std::optional<QDate> m_lastSeen;
    ScopeFilterBar *m_filters;
    QSpinBox *m_days;
    QLabel *m_summary;
    QTableView *m_table;
    QTreeWidget *m_groups;
    DeadlineWatchModel *m_model;
    QFutureWatcher<DeadlineWatchResult> m_watcher;
    bool m_pending = false;
    QHash<QString, QString> m_names;
};

} // namespace pass
