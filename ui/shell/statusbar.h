#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;
class QToolButton;

namespace pass {

class Workspace;

// The window's status line: the portal account or "offline" (and "syncing…" while a cycle
// runs), whether automatic sync is on and how often, the last successful sync and its age, the
// edits waiting to be sent, those of them waiting for a retry after a failure and the edits the
// portal refused (each of those two with the portal's own words in its tooltip), the open
// conflicts — each count a click away from its list —, the case-file counts and the store file.
// Follows the workspace's changes and its sync controller's signals.
class StatusBarContent : public QObject
{
    Q_OBJECT
public:
    StatusBarContent(QStatusBar *bar, QObject *parent = nullptr);

    // Shows `workspace` (nullptr: nothing open).
    void setWorkspace(Workspace *workspace);
    // From the case-file view: how many are listed of how many there are.
    void setCaseCounts(qint64 shown, qint64 total);

    QLabel *accountLabel() const { return m_account; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    QLabel *automaticLabel() const { return m_automatic; }
    QToolButton *outboxButton() const { return m_outbox; }
    QToolButton *retryingButton() const { return m_retrying; }
    QToolButton *conflictsButton() const { return m_conflicts; }
    QToolButton *rejectionsButton() const { return m_rejections; }
    QLabel *countLabel() const { return m_count; }
    QLabel *storeLabel() const { return m_store; }

Q_SIGNALS:
    void outboxClicked();
    void retryingClicked();
    void conflictsClicked();
    void rejectionsClicked();

private:
    void updateSync();
    void updateAge();

    Workspace *m_workspace = nullptr;
    QLabel *m_account;
    QLabel *m_lastSync;
    QLabel *m_automatic;
    QToolButton *m_outbox;
    QToolButton *m_retrying;
    QToolButton *m_conflicts;
    QToolButton *m_rejections;
    QLabel *m_count;
    QLabel *m_store;
    QTimer m_ageTimer;
    QDateTime m_lastSyncAt;
    QString m_lastError;
    bool m_running = false;
};

} // namespace pass
