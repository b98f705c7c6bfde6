#pragma once

#include "core/indicators/deadlinewatch.h"

#include <QDate>
#include "ui/common/latestread.h"

#include <QObject>

#include <optional>

namespace pass {

class ChangeSet;
class Workspace;

// Counts the deadline watch of a workspace in the background, for the navigation's badge and
// the start-up notification, and remembers in the settings (per store) the day of each start:
// case files that entered the watch after the previous start are "new". One per workspace
// (of()), living as long as it.
class DeadlineMonitor : public QObject
{
    Q_OBJECT
public:
    // The workspace's monitor, made on first use. Making it reads the previous start from the
    // settings and records today's.
    static DeadlineMonitor *of(Workspace *workspace);
    ~DeadlineMonitor() override;

    // The day of the previous start with this store; empty on the first.
    std::optional<QDate> previousStart() const { return m_previousStart; }
    int withinDays() const { return m_withinDays; }
    bool hasCounts() const { return m_hasCounts; }
    qint64 dueSoon() const { return m_dueSoon; }
    qint64 overdue() const { return m_overdue; }
    qint64 newSincePreviousStart() const { return m_new; }

    // The settings key of a store's last start (for tests that stage an earlier one).
    static QString settingsKey(const QString &storePath);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void countsChanged(qint64 dueSoon, qint64 overdue);
    // Once, after the first count, when case files entered the watch since the previous start.
    void newSincePreviousStartFound(qint64 count);

private:
    explicit DeadlineMonitor(Workspace *workspace);
    void onChanged(const ChangeSet &changes);
    void showCounts(const DeadlineWatchResult &result);

    Workspace *m_workspace;
    std::optional<QDate> m_previousStart;
    int m_withinDays = 30;
    LatestRead<DeadlineWatchResult> m_read;
    bool m_hasCounts = false;
    bool m_announced = false;
    qint64 m_dueSoon = 0;
    qint64 m_overdue = 0;
    qint64 m_new = 0;
};

} // namespace pass
