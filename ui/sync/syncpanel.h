#pragma once

#include "ui/common/view.h"

#include <QUrl>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace pass {

class SyncController;
class Workspace;
struct SyncProgress;
struct SyncResult;

// The Sync view: portal and account, edits waiting, open conflicts, refused edits, last sync
// and the sync log; buttons to sign in or out, sync now, cancel, and resolve conflicts. All of
// it goes through the workspace's SyncController; the view refreshes itself on the workspace's
// changes and the controller's signals. When the keychain is unusable the view names the
// problem and offers a sign-in for this session only.
class SyncPanel : public QWidget, public View
{
    Q_OBJECT
public:
    explicit SyncPanel(Workspace *workspace, QWidget *parent = nullptr);
    ~SyncPanel() override;

    QWidget *widget() override { return this; }
    QList<QAction *> viewActions() const override { return m_actions; }

    // Opens the conflict list (the status bar's "conflicts" link lands here).
    void showConflicts();
    // Shows the list of edits waiting for a retry, or of the edits the portal refused, each
    // with the portal's own words (the status bar's links land here).
    void showRetrying();
    void showRefused();
    // Signs in to `portal` (the first-run screen's choice); asks for the address when empty
    // and IT did not preset one.
    void signIn(const QUrl &portal = {});

    QListWidget *retryingList() const { return m_retrying; }
    QListWidget *refusedList() const { return m_refused; }
    QTabWidget *lists() const { return m_lists; }
    // "Sign in…" or "Sign out"; disabled while a sign-in runs or the sync state cannot be read.
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *conflictsButton() const { return m_conflicts; }

private:
    void updateState();
    void updateLog();
    void updateQueues();
    void signOut();
    void setSyncNowEnabled(bool enabled);
    void onProgress(const pass::SyncProgress &p);

    Workspace *m_workspace;
    SyncController *m_sync;
    QList<QAction *> m_actions;
    QLabel *m_account;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_syncNow;
    QPushButton *m_cancel;
    QPushButton *m_conflicts;
    QAction *m_syncAction = nullptr;
    // A sign-in is under way: the button stays disabled until it has finished.
    bool m_signingIn = false;
    QTabWidget *m_lists;
    QListWidget *m_log;
    QListWidget *m_retrying;
    QListWidget *m_refused;
};

} // namespace pass
