#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "ui/common/language.h"
#include "ui/common/placeholderview.h"
#include "ui/charts/chartview.h"
#include "ui/common/scopefilterbar.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/requests/requestsview.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/statusbar.h"
#include "ui/sync/syncpanel.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

// How long a step may take on a loaded machine before the test calls it hung: the QTRY macros
// return as soon as the condition holds, so this is a bound, never a wait.
constexpr int kHungMs = 300000;
using pass::CaseFileTableModel;
using pass::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static void waitForChart(MainWindow &window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboard()->isLoading(), kHungMs);
    }

    // The first `count` values of a chart's first line (the backlog, on a backlog chart).
    static QList<double> values(const pass::ChartView *chart, int count)
    {
        QList<double> list;
        if (chart->chart().series.isEmpty())
            return list;
        const auto &points = chart->chart().series.first().values;
        for (int i = 0; i < count && i < points.size(); ++i)
            list << points.at(i).value_or(-1);
        return list;
    }

    static QLabel *countLabel(MainWindow &window)
    {
        QLabel *label = window.statusContent()->countLabel();
        return label->accessibleName() == u"Conteggio delle pratiche" ? label : nullptr;
    }

    // The window over the seven hand-made case files, shown (and active when asked).
    static bool showOverHandMadeCases(pass::test::UiFixture &fixture, MainWindow &window, bool active = false)
    {
        if (!fixture.addHandMadeCases())
            return false;
        window.setWorkspace(fixture.takeWorkspace());
        window.show();
        if (!active)
            return QTest::qWaitForWindowExposed(&window);
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    static void clearSettings()
    {
        QSettings().clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Window settings go to a test folder, never to the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PAsS-test"_s);
        QVERIFY(pass::installTranslations(qApp, u"it"_s));
        QCOMPARE(QLocale().language(), QLocale::Italian);
    }

    void init()
    {
        clearSettings();
    }

    void showsCaseFilesFirstAndTheChartOnTheDashboard()
    {
        pass::test::UiFixture fixture;
        MainWindow window;
        QVERIFY(showOverHandMadeCases(fixture, window));

        QCOMPARE(window.windowTitle(), u"PAsS Desktop"_s);
        QCOMPARE(window.currentViewKey(), u"casefiles"_s);
        QTableView *table = window.caseFilePanel()->tableView();
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 7);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Ente"_s);
        QCOMPARE(table->model()->data(table->model()->index(6, CaseFileTableModel::OutcomeColumn)).toString(),
                 u"Provvedimento espresso"_s);
        QCOMPARE(countLabel(window)->text(), u"7 pratiche"_s);
        QCOMPARE(window.statusContent()->accountLabel()->text(), u"Non connesso"_s);
        QVERIFY(window.statusContent()->storeLabel()->text().contains(u"store.db"_s));

        QVERIFY(window.showView(u"dashboard"_s));
        waitForChart(window);
        pass::DashboardView *dashboard = window.dashboard();
        QVERIFY(dashboard->backlogChart()->isVisible());
        QVERIFY(!table->isVisible());
        QCOMPARE(values(dashboard->backlogChart(), 6), QList<double>({1, 3, 2, 1, 3, 3}));
        QVERIFY(dashboard->backlogChart()->accessibleName().startsWith(u"Totale"_s));
        // One small chart per task force; the building one holds its own backlog.
        QVERIFY(dashboard->multiples().size() >= 2);
        const pass::ChartView *building = nullptr;
        for (const pass::ChartView *v : dashboard->multiples()) {
            if (v->chart().title == u"Edilizia e urbanistica"_s)
                building = v;
        }
        QVERIFY(building);
        QCOMPARE(values(building, 6), QList<double>({1, 2, 1, 1, 1, 1}));

        // Drill down to one task force.
        dashboard->drillTo(u"RINNOVABILI"_s, {});
        waitForChart(window);
        QCOMPARE(values(dashboard->backlogChart(), 6), QList<double>({0, 1, 1, 0, 2, 2}));
        QVERIFY(dashboard->backlogChart()->accessibleName().startsWith(u"Rinnovabili ed energia"_s));
    }

    // Ctrl+1…6 pick the views in the side bar's order; the views not built yet say what they
    // will show.
    void navigationShortcutsAndPlaceholders()
    {
        pass::test::UiFixture fixture;
        MainWindow window;
        QVERIFY(showOverHandMadeCases(fixture, window, true));

        QCOMPARE(window.viewKeys(), QStringList({u"dashboard"_s, u"casefiles"_s, u"requests"_s, u"visits"_s,
                                                 u"authorities"_s, u"sync"_s, u"deadlines"_s, u"bottlenecks"_s}));
        QListWidget *navigation = window.navigation();
        QCOMPARE(navigation->accessibleName(), u"Viste"_s);
        QStringList titles;
        for (int i = 0; i < navigation->count(); ++i)
            titles << navigation->item(i)->text();
        QCOMPARE(titles, QStringList({u"Cruscotto"_s, u"Pratiche"_s, u"Richieste di supporto"_s, u"Visite"_s, u"Enti"_s,
                                      u"Sincronizzazione"_s, u"Scadenzario"_s, u"Colli di bottiglia"_s}));
        const QStringList keys = window.viewKeys();
        for (int i = 0; i < keys.size(); ++i) {
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentViewKey(), keys.at(i));
            QCOMPARE(navigation->currentRow(), i);
            QVERIFY(window.view(keys.at(i))->widget()->isVisible());
        }
        // Ctrl+3 reaches the support requests, a view of its own now.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(dynamic_cast<pass::RequestsView *>(window.view(u"requests"_s)));
        // Ctrl+2 puts the focus in the case list.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.caseFilePanel()->tableView());
        // Ctrl+F then reaches the filters (the view's own action).
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.caseFilePanel()->authorityFilter());

        // Menus are Italian and have mnemonics.
        QStringList menus;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (QAction *a : actions)
            menus << a->text();
        QCOMPARE(menus, QStringList({u"&File"_s, u"&Visualizza"_s, u"&Portale"_s, u"&Aiuto"_s}));
    }

    // A filter that matches more than a page is counted on another thread: until the count
    // arrives the status says it is counting, never the store's total as if all were shown.
    void theStatusSaysWhileAFilterIsCounted()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addManyCases(1500, 5));
        QString busiest;
        qint64 matching = 0;
        {
            QSqlQuery q(fixture.database().connection());
            QVERIFY(q.exec(u"SELECT authority_istat, count(*) FROM case_files GROUP BY 1 ORDER BY 2 DESC LIMIT 1"_s)
                    && q.next());
            busiest = q.value(0).toString();
            matching = q.value(1).toLongLong();
        }
        QVERIFY2(matching > CaseFileTableModel::pageSize(), qPrintable(QString::number(matching)));
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(countLabel(window)->text(), u"1.500 pratiche"_s);
        pass::CaseFilePanel *panel = window.caseFilePanel();
        // The count's answer is queued to this thread: it cannot arrive before the next events.
        panel->authorityFilter()->setCurrentIndex(panel->authorityFilter()->findData(busiest));
        auto *model = qobject_cast<CaseFileTableModel *>(panel->tableView()->model());
        QVERIFY(model && model->isCounting());
        QCOMPARE(countLabel(window)->text(), u"Conto le pratiche che corrispondono ai filtri… (su 1.500)"_s);
        QTRY_COMPARE_WITH_TIMEOUT(countLabel(window)->text(),
                                  u"%1 pratiche visualizzate su 1.500"_s.arg(matching), 300000);
        QCOMPARE(model->rowCount(), matching);
    }

    // The Case files view keeps its filters from one session to the next: the status bar of the
    // next session counts what the restored filters show, not the whole store.
    void restoredFiltersAreCountedInTheStatus()
    {
        pass::test::UiFixture fixture;
        const QString store = fixture.path();
        {
            MainWindow window;
            QVERIFY(showOverHandMadeCases(fixture, window));
            pass::CaseFilePanel *panel = window.caseFilePanel();
            panel->authorityFilter()->setCurrentIndex(panel->authorityFilter()->findData(u"019003"_s));
            QCOMPARE(countLabel(window)->text(), u"3 pratiche visualizzate su 7"_s);
            window.close(); // saves the layout and each view's filters
        }
        QString error;
        std::unique_ptr<pass::Workspace> again = pass::Workspace::open(store, &error);
        QVERIFY2(again, qPrintable(error));
        MainWindow window;
        window.setWorkspace(std::move(again));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentViewKey(), u"casefiles"_s);
        QCOMPARE(window.caseFilePanel()->authorityFilter()->currentData().toString(), u"019003"_s);
        QCOMPARE(window.caseFilePanel()->tableView()->model()->rowCount(), 3);
        QCOMPARE(countLabel(window)->text(), u"3 pratiche visualizzate su 7"_s);
    }

    void filtersUpdateTableAndStatus()
    {
        pass::test::UiFixture fixture;
        MainWindow window;
        QVERIFY(showOverHandMadeCases(fixture, window));
        pass::CaseFilePanel *panel = window.caseFilePanel();
        QTableView *table = panel->tableView();

        panel->authorityFilter()->setCurrentIndex(panel->authorityFilter()->findData(u"019003"_s));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(countLabel(window)->text(), u"3 pratiche visualizzate su 7"_s);

        panel->taskForceFilter()->setCurrentIndex(panel->taskForceFilter()->findData(u"RINNOVABILI"_s));
        QCOMPARE(table->model()->rowCount(), 2); // P-004, P-005
        // The procedure list follows the task force.
        QVERIFY(panel->procedureFilter()->findData(u"PAS"_s) > 0);
        QCOMPARE(panel->procedureFilter()->findData(u"PDC"_s), -1);

        // Annicco has no PAUR-FER case: the list is empty and says why.
        auto emptyLabel = [&]() -> QLabel * {
            const QList<QLabel *> labels = table->viewport()->findChildren<QLabel *>();
            return labels.isEmpty() ? nullptr : labels.first();
        };
        QVERIFY(emptyLabel() && !emptyLabel()->isVisible());
        panel->procedureFilter()->setCurrentIndex(panel->procedureFilter()->findData(u"PAUR-FER"_s));
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(emptyLabel()->isVisible());
        QCOMPARE(emptyLabel()->text(), u"Nessuna pratica corrisponde ai filtri."_s);

        panel->clearFilters();
        QCOMPARE(table->model()->rowCount(), 7);
        QVERIFY(!emptyLabel()->isVisible());
        panel->stateFilter()->setCurrentIndex(panel->stateFilter()->findData(int(pass::CaseFileState::Overdue)));
        QCOMPARE(table->model()->rowCount(), 3); // P-002, P-005, P-007 are open and overdue today
        QCOMPARE(countLabel(window)->text(), u"3 pratiche visualizzate su 7"_s);

        // A click on a column without an index leaves the order (and its indicator) alone.
        QHeaderView *header = table->horizontalHeader();
        header->setSortIndicator(CaseFileTableModel::OutcomeColumn, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(CaseFileTableModel::StartColumn));
        header->setSortIndicator(CaseFileTableModel::AuthorityColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->data(table->model()->index(0, CaseFileTableModel::ProtocolColumn)).toString(), u"P-002"_s);
    }

    // A case file saved through the workspace shows in the open table, the status line and the
    // chart without anyone calling a refresh.
    void viewsFollowTheWorkspace()
    {
        pass::test::UiFixture fixture;
        MainWindow window;
        QVERIFY(showOverHandMadeCases(fixture, window));
        window.showView(u"dashboard"_s);
        waitForChart(window);
        window.showView(u"casefiles"_s);
        QTableView *table = window.caseFilePanel()->tableView();
        QCOMPARE(table->model()->rowCount(), 7);

        pass::CaseFile c;
        c.authorityIstat = u"019002"_s;
        c.procedureCode = u"PDC"_s;
        c.protocolNumber = u"P-LATE"_s;
        c.startDate = QDate(2021, 6, 1); // open and overdue since 2021-S2
        QString error;
        QVERIFY2(window.workspace()->saveCaseFile(&c, &error), qPrintable(error));
        QTRY_COMPARE(table->model()->rowCount(), 8);
        QTRY_COMPARE(countLabel(window)->text(), u"8 pratiche"_s);
        // The dashboard recomputed by itself: one more in the building backlog from 2021-S2.
        QTRY_VERIFY_WITH_TIMEOUT(!window.dashboard()->isLoading(), kHungMs);
        QTRY_COMPARE(values(window.dashboard()->backlogChart(), 2), QList<double>({1, 4}));
    }

    // Every control a keyboard can reach has a name for screen readers, and Tab reaches them all.
    void keyboardAndAccessibility()
    {
        pass::test::UiFixture fixture;
        MainWindow window;
        QVERIFY(showOverHandMadeCases(fixture, window, true));

        QList<QWidget *> focusable;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            // A disabled control (the editor with no case file chosen) takes no focus until enabled.
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            if (qobject_cast<QHeaderView *>(w) || w->inherits("QScrollBar"))
                continue;
            focusable << w;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const bool named = !w->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(u"no accessible name: "_s + QString::fromLatin1(w->metaObject()->className())
                                       + u' ' + w->objectName()));
        }
        QVERIFY(focusable.size() >= 7);

        // Tab from the side bar visits every control and comes back.
        QWidget *start = window.navigation();
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> visited;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget();
            if (QApplication::focusWidget() == start)
                break;
        }
        for (QWidget *w : std::as_const(focusable))
            QVERIFY2(visited.contains(w), qPrintable(w->accessibleName()));
    }

    // The last view, the layout and the views' own state come back at the next start.
    void restoresLastViewAndState()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        std::unique_ptr<pass::Workspace> workspace = fixture.takeWorkspace();
        const QString path = workspace->storePath();
        {
            MainWindow window;
            window.setWorkspace(std::move(workspace));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            pass::CaseFilePanel *panel = window.caseFilePanel();
            panel->authorityFilter()->setCurrentIndex(panel->authorityFilter()->findData(u"019003"_s));
            window.showView(u"sync"_s);
            window.resize(1100, 700);
            window.close();
        }
        MainWindow again;
        QString error;
        QVERIFY2(again.openStore(path, &error), qPrintable(error));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.currentViewKey(), u"sync"_s);
        // The platform may move the frame by a few pixels; the size the user chose comes back,
        // within the screen (offscreen: 800 pixels wide) and never below the window's minimum.
        const int expectedWidth = std::max(again.minimumSizeHint().width(),
                                           std::min(1100, again.screen()->availableGeometry().width()));
        QVERIFY2(qAbs(again.width() - expectedWidth) <= 40 && qAbs(again.height() - 700) <= 40,
                 qPrintable(u"%1x%2, expected %3x700"_s.arg(again.width()).arg(again.height()).arg(expectedWidth)));
        QCOMPARE(again.caseFilePanel()->authorityFilter()->currentData().toString(), u"019003"_s);
        QCOMPARE(again.caseFilePanel()->tableView()->model()->rowCount(), 3);
    }

    // No view pushes the window past a 1440-pixel screen, whatever it shows.
    void neverWiderThanTheScreen()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &key : window.viewKeys()) {
            QVERIFY(window.showView(key));
            QCoreApplication::processEvents();
            // 1440 is the promise; 1280 leaves the views room to grow.
            QVERIFY2(window.minimumSizeHint().width() <= 1280,
                     qPrintable(key + u": minimum width "_s + QString::number(window.minimumSizeHint().width())));
            QVERIFY2(window.minimumWidth() <= 1440, qPrintable(key));
            QVERIFY2(window.frameGeometry().width() <= 1440,
                     qPrintable(key + u": "_s + QString::number(window.frameGeometry().width())));
        }
    }

    void openStoreRefusesBadFile()
    {
        MainWindow window;
        QTemporaryDir dir;
        const QString bogus = dir.filePath(u"not-a-store.db"_s);
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not sqlite, just text that is long enough to be read as a header......");
        file.close();
        QString error;
        QVERIFY(!window.openStore(bogus, &error));
        QVERIFY2(error.contains(u"non è un archivio"_s), qPrintable(error));
        QVERIFY(!window.workspace());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
