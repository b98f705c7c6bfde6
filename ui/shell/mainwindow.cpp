#include "mainwindow.h"

#include "core/store/database.h"
#include "core/workspace/appsettings.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/common/view.h"
#include "ui/bottlenecks/bottleneckview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/deadlines/deadlinemonitor.h"
#include "ui/deadlines/deadlinenotice.h"
#include "ui/deadlines/deadlinewatchview.h"
#include "ui/import/importwizard.h"
#include "ui/reports/reportdialog.h"
#include "ui/settings/aboutbox.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/statusbar.h"
#include "ui/sync/syncpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kCurrentView = u"window/currentView"_s;

QString viewStateKey(const QString &view)
{
    return u"views/"_s + view + u"/state"_s;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_entries(ViewRegistry::registeredViews()),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_viewTools(new QToolBar(tr("View tools"), this)),
      m_status(new StatusBarContent(statusBar(), this)),
      m_deadlineNotice(new DeadlineNotice(this))
{
    setWindowTitle(tr("PAsS Desktop"));
    setWindowIcon(QIcon(u":/pass/icons/pass-desktop.png"_s));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_navigation);
    auto *pageColumn = new QVBoxLayout;
    pageColumn->addWidget(m_deadlineNotice);
    pageColumn->addWidget(m_pages, 1);
    layout->addLayout(pageColumn, 1);
    connect(m_deadlineNotice, &DeadlineNotice::openRequested, this, [this] { showView(u"deadlines"_s); });
    setCentralWidget(central);
    m_viewTools->setObjectName(u"viewTools"_s);
    m_viewTools->setMovable(false);
    m_viewTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addToolBar(Qt::TopToolBarArea, m_viewTools);

    createNavigation();
    createActions();
    connect(m_status, &StatusBarContent::outboxClicked, this, [this] { showView(u"sync"_s); });
    connect(m_status, &StatusBarContent::retryingClicked, this, [this] {
        if (SyncPanel *panel = syncPanel()) {
            showView(u"sync"_s);
            panel->showRetrying();
        }
    });
    connect(m_status, &StatusBarContent::rejectionsClicked, this, [this] {
        if (SyncPanel *panel = syncPanel()) {
            showView(u"sync"_s);
            panel->showRefused();
        }
    });
    connect(m_status, &StatusBarContent::conflictsClicked, this, [this] {
        if (SyncPanel *panel = syncPanel()) {
            showView(u"sync"_s);
            panel->showConflicts();
        }
    });
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The views and the status line follow the workspace: they let go of it first.
    clearViews();
    m_status->setWorkspace(nullptr);
}

void MainWindow::createNavigation()
{
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setAccessibleDescription(tr("Pick a view; Ctrl+1 to Ctrl+%1 reach them from anywhere")
                                               .arg(std::min<qsizetype>(9, m_entries.size())));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(2);
    int width = 0;
    const QFontMetrics metrics(m_navigation->font());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const ViewEntry &entry = m_entries.at(i);
        auto *item = new QListWidgetItem(entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.key);
        item->setData(Qt::AccessibleTextRole, entry.title);
        item->setToolTip(i < 9 ? tr("%1 (Ctrl+%2)").arg(entry.summary).arg(i + 1) : entry.summary);
        item->setSizeHint(QSize(0, metrics.height() * 2));
        width = std::max(width, metrics.horizontalAdvance(entry.title));
        m_pages->addWidget(new QWidget(m_pages)); // the view is made when first shown
    }
    m_navigation->setFixedWidth(width + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showIndex);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another PAsS Desktop store file"));
    QAction *import = file->addAction(tr("&Import case files…"), this, &MainWindow::importCaseFiles);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Import case files from an office's CSV or Excel export"));
    QAction *reports = file->addAction(tr("&Reports…"), this, &MainWindow::openReports);
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    reports->setStatusTip(tr("The monitoring report and the DFP table of an authority, or of every authority in scope"));
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back up store…"), this, &MainWindow::chooseBackup);
    backup->setStatusTip(tr("Save a copy of the store, taken while it stays in use"));
    QAction *restore = file->addAction(tr("&Restore store…"), this, &MainWindow::chooseRestore);
    restore->setStatusTip(tr("Replace the store's content with a backup copy (the current content is kept beside it)"));
    file->addSeparator();
    QAction *settings = file->addAction(tr("S&ettings…"), this, &MainWindow::editSettings);
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setStatusTip(tr("Portal address, language, automatic sync and store file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QString key = m_entries.at(i).key;
        QAction *show = m_viewMenu->addAction(m_entries.at(i).title, this, [this, key] { showView(key); });
        if (i < 9)
            show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        show->setShortcutContext(Qt::WindowShortcut);
    }
    m_viewMenu->addSeparator();

    QMenu *portal = menuBar()->addMenu(tr("&Portal"));
    QAction *syncNow = portal->addAction(tr("&Sync now"), this, [this] {
        if (m_workspace)
            m_workspace->sync()->syncNow();
    });
    syncNow->setStatusTip(tr("Send the waiting edits to the portal and receive its changes"));
    syncNow->setObjectName(u"portalSyncNow"_s);
    // Offered as the Sync view offers it: signed in, not already syncing, the state readable.
    connect(portal, &QMenu::aboutToShow, this, [this, syncNow] {
        const SyncSummary s = m_workspace ? m_workspace->sync()->status() : SyncSummary{};
        syncNow->setEnabled(m_workspace && s.readError.isEmpty() && !s.account.isEmpty() && !s.running);
    });
    portal->addAction(tr("Sign in, sign out and &log…"), this, [this] { showView(u"sync"_s); });
    portal->addAction(tr("&Conflicts…"), this, [this] {
        if (SyncPanel *panel = syncPanel()) {
            showView(u"sync"_s);
            panel->showConflicts();
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PAsS Desktop"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QStringList MainWindow::viewKeys() const
{
    QStringList keys;
    for (const ViewEntry &entry : m_entries)
        keys << entry.key;
    return keys;
}

QString MainWindow::currentViewKey() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).key : QString();
}

View *MainWindow::view(const QString &key)
{
    if (!m_workspace)
        return nullptr;
    if (View *existing = m_views.value(key))
        return existing;
    const qsizetype index = viewKeys().indexOf(key);
    if (index < 0)
        return nullptr;
    View *made = m_entries.at(index).create(m_workspace.get(), m_pages);
    QWidget *page = made->widget();
    page->setObjectName(key + u"View"_s);
    QWidget *placeholder = m_pages->widget(int(index));
    m_pages->insertWidget(int(index), page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_views.insert(key, made);
    const QByteArray state = QSettings().value(viewStateKey(key)).toByteArray();
    if (!state.isEmpty())
        made->restoreState(state);
    if (auto *cases = dynamic_cast<CaseFilePanel *>(made)) {
        connect(cases, &CaseFilePanel::countsChanged, m_status, &StatusBarContent::setCaseCounts);
        // The panel counted before it was connected, and perhaps restored its filters.
        cases->announceCounts();
    }
    return made;
}

bool MainWindow::showView(const QString &key)
{
    const qsizetype index = viewKeys().indexOf(key);
    if (index < 0)
        return false;
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(int(index)); // calls showIndex
    else
        showIndex(int(index));
    return true;
}

void MainWindow::showIndex(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    View *shown = view(m_entries.at(index).key);
    m_pages->setCurrentIndex(index);
    // The current view's commands: on the tool bar and at the end of the View menu.
    m_viewTools->clear();
    for (QAction *a : std::as_const(m_viewMenuActions))
        m_viewMenu->removeAction(a);
    m_viewMenuActions = shown ? shown->viewActions() : QList<QAction *>();
    m_viewTools->addActions(m_viewMenuActions);
    m_viewMenu->addActions(m_viewMenuActions);
    m_viewTools->setVisible(!m_viewMenuActions.isEmpty());
    if (shown && isVisible())
        shown->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::clearViews()
{
    m_viewTools->clear();
    for (QAction *a : std::as_const(m_viewMenuActions))
        m_viewMenu->removeAction(a);
    m_viewMenuActions.clear();
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        const qsizetype index = viewKeys().indexOf(it.key());
        QWidget *page = it.value()->widget();
        m_pages->insertWidget(int(index), new QWidget(m_pages));
        m_pages->removeWidget(page);
        delete page;
    }
    m_views.clear();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    saveLayout();
    clearViews();
    m_status->setWorkspace(nullptr);
    m_deadlineNotice->hide();
    showDeadlineBadge(0, 0);
    // The new store's connections are set up before the old workspace (and its store) goes.
    std::unique_ptr<Workspace> old = std::move(m_workspace);
    m_workspace = std::move(workspace);
    old.reset();
    if (!m_workspace)
        return;
    m_workspace->sync()->setOpenBrowser([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    m_status->setWorkspace(m_workspace.get());
    watchDeadlines();
    // The case list is made at once: the status line shows its counts.
    view(u"casefiles"_s);
    const QString key = viewKeys().contains(m_restoredView) ? m_restoredView : u"casefiles"_s;
    showView(key);
    // Automatic sync from the start when a sign-in exists; after the window is up.
    QTimer::singleShot(0, m_workspace.get(), [sync = m_workspace->sync()] { sync->start(); });
}

bool MainWindow::openStore(const QString &path, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    std::unique_ptr<Workspace> opened = Workspace::open(path, error);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return false;
    setWorkspace(std::move(opened));
    return true;
}

// Window geometry, tool bars, the last view and each view's state are kept per user
// (QSettings: ~/.config/PAsS/PAsS Desktop.conf on Linux).
void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometry).toByteArray());
    restoreState(settings.value(kState).toByteArray());
    m_restoredView = settings.value(kCurrentView).toString();
    // Never larger than the screen it opens on (a layout saved on a bigger monitor).
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        if (width() > available.width() || height() > available.height())
            resize(std::min(width(), available.width()), std::min(height(), available.height()));
    }
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    if (!currentViewKey().isEmpty() && m_workspace) {
        settings.setValue(kCurrentView, currentViewKey());
        m_restoredView = currentViewKey();
    }
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it)
        settings.setValue(viewStateKey(it.key()), it.value()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

CaseFilePanel *MainWindow::caseFilePanel()
{
    return dynamic_cast<CaseFilePanel *>(view(u"casefiles"_s));
}

DashboardView *MainWindow::dashboard()
{
    return dynamic_cast<DashboardView *>(view(u"dashboard"_s));
}

DeadlineWatchView *MainWindow::deadlineWatch()
{
    return dynamic_cast<DeadlineWatchView *>(view(u"deadlines"_s));
}

BottleneckView *MainWindow::bottlenecks()
{
    return dynamic_cast<BottleneckView *>(view(u"bottlenecks"_s));
}

// The deadline watch's count in the side bar, and the start-up notification of case files that
// entered the watch since the previous start; both follow the workspace's changes.
void MainWindow::watchDeadlines()
{
    DeadlineMonitor *monitor = DeadlineMonitor::of(m_workspace.get());
    connect(monitor, &DeadlineMonitor::countsChanged, this, &MainWindow::showDeadlineBadge);
    connect(monitor, &DeadlineMonitor::newSincePreviousStartFound, m_deadlineNotice, &DeadlineNotice::showCount);
    if (monitor->hasCounts())
        showDeadlineBadge(monitor->dueSoon(), monitor->overdue());
}

void MainWindow::showDeadlineBadge(qint64 dueSoon, qint64 overdue)
{
    const qsizetype index = viewKeys().indexOf(u"deadlines"_s);
    QListWidgetItem *item = index >= 0 ? m_navigation->item(int(index)) : nullptr;
    if (!item)
        return;
    const QString title = m_entries.at(index).title;
    item->setText(dueSoon > 0 ? u"%1  (%2)"_s.arg(title, QLocale().toString(dueSoon)) : title);
    item->setData(Qt::UserRole + 1, dueSoon);
    const QString counts = tr("%1 due within 30 days, %2 overdue").arg(QLocale().toString(dueSoon), QLocale().toString(overdue));
    item->setData(Qt::AccessibleTextRole, u"%1: %2"_s.arg(title, counts));
    item->setToolTip(counts);
}

void MainWindow::openReports()
{
    if (!m_workspace)
        return;
    ReportDialog dialog(m_workspace.get(), this);
    dialog.exec();
}

SyncPanel *MainWindow::syncPanel()
{
    return dynamic_cast<SyncPanel *>(view(u"sync"_s));
}

void MainWindow::importCaseFiles()
{
    if (!m_workspace)
        return;
    // The views follow the import through the workspace's changes.
    ImportWizard wizard(m_workspace->store(), this);
    wizard.exec();
}

void MainWindow::chooseStore()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->storePath()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), start,
                                                      tr("PAsS Desktop stores (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openStore(path, &error))
        QMessageBox::warning(this, tr("Open store"), error);
}

void MainWindow::showAbout()
{
    AboutBox::showModal(this);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && m_workspace)
        m_workspace->sync()->setInterval(std::chrono::minutes(AppSettings().syncIntervalMinutes()));
}

bool MainWindow::backupStore(const QString &path, QString *error)
{
    if (!m_workspace) {
        *error = tr("No store is open");
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_workspace->backup(path, error);
    QApplication::restoreOverrideCursor();
    return ok;
}

bool MainWindow::restoreStore(const QString &path, QString *error)
{
    if (!m_workspace) {
        *error = tr("No store is open");
        return false;
    }
    const QString store = m_workspace->storePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Nothing may use the store while its content is replaced: the views, the sync worker and
    // the workspace's own connection go first. The store is shown again either way.
    setWorkspace(nullptr);
    const bool restored = Workspace::restore(store, path, error);
    QString openError;
    std::unique_ptr<Workspace> reopened = Workspace::open(store, &openError);
    QApplication::restoreOverrideCursor();
    if (!reopened) {
        *error = restored ? openError : *error + u'\n' + openError;
        return false;
    }
    setWorkspace(std::move(reopened));
    return restored;
}

void MainWindow::chooseBackup()
{
    if (!m_workspace)
        return;
    const QFileInfo store(m_workspace->storePath());
    const QString suggested = store.absolutePath() + u'/' + store.completeBaseName() + u"-"_s
        + QDate::currentDate().toString(Qt::ISODate) + u".db"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up store"), suggested,
                                                      tr("PAsS Desktop stores (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (backupStore(path, &error))
        statusBar()->showMessage(tr("Store backed up to %1").arg(QDir::toNativeSeparators(path)), 10000);
    else
        QMessageBox::warning(this, tr("Back up store"), tr("The store was not backed up: %1").arg(error));
}

void MainWindow::chooseRestore()
{
    if (!m_workspace)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore store"),
                                                      QFileInfo(m_workspace->storePath()).absolutePath(),
                                                      tr("PAsS Desktop stores (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString kept = QDir::toNativeSeparators(m_workspace->store().beforeRestorePath());
    const auto answer = QMessageBox::question(
        this, tr("Restore store"),
        tr("Replace everything in the open store with the copy in %1?\n\nThe current content is kept in %2. "
           "Edits not yet sent to the portal that are not in the copy will no longer be in the store.")
            .arg(QDir::toNativeSeparators(path), kept));
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (restoreStore(path, &error))
        statusBar()->showMessage(tr("Store restored from %1").arg(QDir::toNativeSeparators(path)), 10000);
    else
        QMessageBox::warning(this, tr("Restore store"), tr("The store was not restored and is as it was: %1").arg(error));
}

} // namespace pass
