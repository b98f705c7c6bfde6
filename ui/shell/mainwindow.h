#pragma once

#include "ui/shell/viewregistry.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QToolBar;

namespace pass {

class BacklogChartView;
class CaseFilePanel;
class StatusBarContent;
class SyncPanel;
class View;
class Workspace;

// The application window: a side bar with the views of ViewRegistry (Ctrl+1…9), the current
// view's page and tool bar, the menus, and the status line. It owns the open Workspace; views
// are made when first shown and refresh themselves from the workspace's changes. The layout,
// the last view and each view's state are restored at the next start.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows an opened workspace, replacing the current one, and starts its automatic sync
    // when a sign-in exists.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    // Opens (creating, upgrading, repairing) the store at `path`; false with `error` set on
    // failure, in which case the current store stays.
    bool openStore(const QString &path, QString *error);
    Workspace *workspace() const { return m_workspace.get(); }

    // The views in navigation order, and the one shown.
    QStringList viewKeys() const;
    QString currentViewKey() const;
    // Shows the view (making it if needed); false for an unknown key.
    bool showView(const QString &key);
    // The view, made if needed; nullptr for an unknown key or without a workspace.
    View *view(const QString &key);
    QListWidget *navigation() const { return m_navigation; }
    StatusBarContent *statusContent() const { return m_status; }

    // File → Back up store…: a consistent copy of the open store at `path`.
    bool backupStore(const QString &path, QString *error);
    // File → Restore store…: replaces the open store's content with the copy at `path` and
    // shows the store again. On failure the store keeps its content and is shown again.
    bool restoreStore(const QString &path, QString *error);

    // Typed access to the views of this window, for tests and the shell itself.
    CaseFilePanel *caseFilePanel();
    BacklogChartView *backlogChart();
    SyncPanel *syncPanel();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigation();
    void clearViews();
    void saveLayout();
    void restoreLayout();
    void showIndex(int index);
    void chooseStore();
    void importCaseFiles();
    void showAbout();
    void editSettings();
    void chooseBackup();
    void chooseRestore();

    std::unique_ptr<Workspace> m_workspace;
    QList<ViewEntry> m_entries;
    QHash<QString, View *> m_views;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QToolBar *m_viewTools;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_viewMenuActions; // the current view's, in the View menu
    StatusBarContent *m_status;
    QString m_restoredView;
};

} // namespace pass
