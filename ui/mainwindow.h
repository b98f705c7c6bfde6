#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;

namespace pass {

class BacklogChartView;
class CaseFilePanel;
class Database;

// The application window: the backlog chart above the case-file list, a menu bar and a status
// bar with the store's path and counts. It owns the open store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows an opened store, replacing the current one.
    void setStore(std::unique_ptr<Database> store);
    // Opens (creating or upgrading) the store at `path`; false with `error` set on failure,
    // in which case the current store stays.
    bool openStore(const QString &path, QString *error);
    Database *store() const { return m_store.get(); }

    CaseFilePanel *caseFilePanel() const { return m_cases; }
    BacklogChartView *backlogChart() const { return m_chart; }

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void createActions();
    void chooseStore();
    void importCaseFiles();
    void showAbout();
    void updateCounts(qint64 shown, qint64 total);

    std::unique_ptr<Database> m_store;
    QSplitter *m_splitter;
    BacklogChartView *m_chart;
    CaseFilePanel *m_cases;
    QLabel *m_pathLabel;
    QLabel *m_countLabel;
    QAction *m_showChart = nullptr;
    QDockWidget *m_syncDock = nullptr;
};

} // namespace pass
