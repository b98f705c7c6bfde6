#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace pass {

class Database;
class SyncScheduler;
struct SyncProgress;
struct SyncResult;

// The sync status panel: portal and account, edits waiting, open conflicts, last sync and the
// sync log; buttons to sign in or out, sync now, cancel, and resolve conflicts. Sign-in runs
// the browser flow in a worker thread; when the keychain is unusable the panel names the
// problem and offers a sign-in for this session only.
class SyncPanel : public QWidget
{
    Q_OBJECT
public:
    SyncPanel(Database *db, QWidget *parent = nullptr);
    ~SyncPanel() override;

    void refresh();

private:
    void signIn();
    void signOut();
    void startScheduler();
    void onProgress(const pass::SyncProgress &p);
    void onFinished(const pass::SyncResult &r);
    void showConflicts();

    Database *m_db;
    SyncScheduler *m_scheduler = nullptr;
    bool m_sessionOnly = false;
    QLabel *m_account;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_signIn;
    QPushButton *m_syncNow;
    QPushButton *m_cancel;
    QPushButton *m_conflicts;
    QListWidget *m_log;
};

} // namespace pass
