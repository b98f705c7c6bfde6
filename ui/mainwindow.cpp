#include "mainwindow.h"

#include "core/store/database.h"
#include "ui/views/backlogchartview.h"
#include "ui/import/importwizard.h"
#include "ui/sync/syncpanel.h"
#include "ui/views/casefilepanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QCloseEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_chart(new BacklogChartView(m_splitter)),
      m_cases(new CaseFilePanel(m_splitter)),
      m_pathLabel(new QLabel(this)),
      m_countLabel(new QLabel(this))
{
    setWindowTitle(tr("PAsS Desktop"));
    setWindowIcon(QIcon(u":/pass/icons/pass-desktop.png"_s));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_chart);
    m_splitter->addWidget(m_cases);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_splitter);
    setCentralWidget(central);

    m_pathLabel->setAccessibleName(tr("Store file"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path gives way to the counts instead of pushing them out of the window.
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countLabel->setAccessibleName(tr("Case file counts"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    connect(m_cases, &CaseFilePanel::countsChanged, this, &MainWindow::updateCounts);
    resize(1200, 820);
    restoreLayout();
}

// Window geometry, the split between chart and list and the chart's visibility are kept per
// user (QSettings: ~/.config/PAsS/PAsS Desktop.conf on Linux).
void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_showChart->setChecked(settings.value(u"window/chartVisible"_s, true).toBool());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/chartVisible"_s, m_showChart->isChecked());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    // The views hold models on the store's connections, and the sync panel a scheduler thread on
    // the store: destroy them before the store closes.
    delete m_splitter;
    delete m_syncDock;
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
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *filters = view->addAction(tr("&Filters"), m_cases, &CaseFilePanel::focusFilters);
    filters->setShortcut(QKeySequence::Find);
    filters->setStatusTip(tr("Move the focus to the case-file filters"));
    QAction *clear = view->addAction(tr("&Clear filters"), m_cases, &CaseFilePanel::clearFilters);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    view->addSeparator();
    m_showChart = view->addAction(tr("Backlog &chart"));
    m_showChart->setCheckable(true);
    m_showChart->setChecked(true);
    m_showChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_showChart, &QAction::toggled, m_chart, &QWidget::setVisible);
    QAction *table = view->addAction(tr("Case &files"));
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(table, &QAction::triggered, this, [this] { m_cases->tableView()->setFocus(Qt::ShortcutFocusReason); });

    // Sign-in, sync and conflicts live in a dock: the case files stay in view while it works.
    m_syncDock = new QDockWidget(tr("Portal synchronisation"), this);
    m_syncDock->setObjectName(u"syncDock"_s);
    m_syncDock->setAccessibleName(tr("Portal synchronisation"));
    addDockWidget(Qt::RightDockWidgetArea, m_syncDock);
    m_syncDock->hide();
    QMenu *portal = menuBar()->addMenu(tr("&Portal"));
    QAction *showSync = m_syncDock->toggleViewAction();
    showSync->setText(tr("&Synchronisation panel"));
    showSync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    showSync->setStatusTip(tr("Sign in to the portal, sync and resolve conflicts"));
    portal->addAction(showSync);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PAsS Desktop"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::importCaseFiles()
{
    if (!m_store)
        return;
    ImportWizard wizard(*m_store, this);
    wizard.exec();
    refresh(); // the table and the chart show what was imported
}

void MainWindow::setStore(std::unique_ptr<Database> store)
{
    // The new store's connections are set up before the old store (and its connections) go.
    std::unique_ptr<Database> old = std::move(m_store);
    m_store = std::move(store);
    if (m_syncDock) {
        delete m_syncDock->widget(); // the panel works on the old store
        m_syncDock->setWidget(m_store ? new SyncPanel(m_store.get(), m_syncDock) : nullptr);
    }
    if (m_store) {
        m_cases->setDatabase(m_store->connection());
        m_chart->setStore(m_store->path(), m_store->connection());
        m_pathLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_store->path())));
        m_pathLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(m_store->path()).absoluteFilePath()));
    }
}

bool MainWindow::openStore(const QString &path, QString *error)
{
    auto store = std::make_unique<Database>(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = store->open();
    QApplication::restoreOverrideCursor();
    if (!ok) {
        *error = store->errorString();
        return false;
    }
    setStore(std::move(store));
    return true;
}

void MainWindow::chooseStore()
{
    const QString start = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), start,
                                                      tr("PAsS Desktop stores (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openStore(path, &error))
        QMessageBox::warning(this, tr("Open store"), error);
}

void MainWindow::refresh()
{
    m_cases->refresh();
    m_chart->reload();
}

void MainWindow::updateCounts(qint64 shown, qint64 total)
{
    const QLocale locale;
    if (shown == total)
        m_countLabel->setText(tr("%1 case files").arg(locale.toString(total)));
    else
        m_countLabel->setText(tr("%1 of %2 case files shown").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About PAsS Desktop"),
        tr("<h3>PAsS Desktop %1</h3>"
           "<p>The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the "
           "authorities and the experts of the PNRR \"1000 esperti\" programme "
           "(M1-C1-2.2.1).</p>"
           "<p>It keeps the monitored case files in a local store, computes the DFP semester "
           "indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the "
           "baseline and the target.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace pass
