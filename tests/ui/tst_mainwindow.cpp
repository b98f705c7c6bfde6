#include "core/store/database.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/models/casefiletablemodel.h"
#include "ui/views/backlogchartview.h"
#include "ui/views/casefilepanel.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QStandardPaths>
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
    static QString screenshotPath(const QString &name)
    {
        const QString dir = QStringLiteral(PASS_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        return dir + u'/' + name;
    }

    static void waitForChart(MainWindow &window)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!window.backlogChart()->isLoading(), kHungMs);
    }

    static QLineSeries *seriesNamed(QChart *chart, const QString &prefix)
    {
        const QList<QAbstractSeries *> all = chart->series();
        for (QAbstractSeries *s : all) {
            if (s->name().startsWith(prefix))
                return qobject_cast<QLineSeries *>(s);
        }
        return nullptr;
    }

    static QList<double> ys(const QLineSeries *series, int count)
    {
        QList<double> values;
        const QList<QPointF> points = series->points();
        for (int i = 0; i < count && i < points.size(); ++i)
            values << points.at(i).y();
        return values;
    }

    static QLabel *countLabel(MainWindow &window)
    {
        const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->accessibleName() == u"Conteggio delle pratiche")
                return label;
        }
        return nullptr;
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

    void showsTableAndChart()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        MainWindow window;
        window.setStore(fixture.takeDatabase());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        waitForChart(window);

        QCOMPARE(window.windowTitle(), u"PAsS Desktop"_s);
        QTableView *table = window.caseFilePanel()->tableView();
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 7);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Ente"_s);
        QCOMPARE(table->model()->data(table->model()->index(6, CaseFileTableModel::OutcomeColumn)).toString(),
                 u"Provvedimento espresso"_s);
        QCOMPARE(countLabel(window)->text(), u"7 pratiche"_s);

        QChart *chart = window.backlogChart()->chart();
        QVERIFY(window.backlogChart()->chartView()->isVisible());
        QLineSeries *total = seriesNamed(chart, u"Tutte le task force"_s);
        QVERIFY(total);
        QCOMPARE(ys(total, 6), QList<double>({1, 3, 2, 1, 3, 3}));
        QLineSeries *building = seriesNamed(chart, u"Edilizia e urbanistica"_s);
        QVERIFY(building);
        QCOMPARE(ys(building, 6), QList<double>({1, 2, 1, 1, 1, 1}));
        QLineSeries *baseline = seriesNamed(chart, u"Baseline 2021-S2"_s);
        QVERIFY(baseline);
        QCOMPARE(baseline->points().first().x(), 1.0);
        QLineSeries *target = seriesNamed(chart, u"Obiettivo: −40% entro il"_s);
        QVERIFY2(target, "target path series");
        QCOMPARE(target->points().size(), 4);
        QCOMPARE(target->points().first().y(), 3.0);
        QVERIFY(qAbs(target->points().last().y() - 1.8) < 1e-9);
        QVERIFY(window.backlogChart()->chartView()->accessibleDescription().contains(u"Tutte le task force: arretrato 3"_s));

        QVERIFY(window.grab().save(screenshotPath(u"mainwindow-fixture-it.png"_s)));

        // One task force.
        QComboBox *selector = window.backlogChart()->taskForceSelector();
        selector->setCurrentIndex(selector->findData(u"RINNOVABILI"_s));
        waitForChart(window);
        chart = window.backlogChart()->chart();
        QLineSeries *renewables = seriesNamed(chart, u"Rinnovabili ed energia"_s);
        QVERIFY(renewables);
        QCOMPARE(ys(renewables, 6), QList<double>({0, 1, 1, 0, 2, 2}));
        QVERIFY(!seriesNamed(chart, u"Tutte le task force"_s));
    }

    void filtersUpdateTableAndStatus()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        MainWindow window;
        window.setStore(fixture.takeDatabase());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        pass::CaseFilePanel *panel = window.caseFilePanel();
        QTableView *table = panel->tableView();

        panel->authorityFilter()->setCurrentIndex(panel->authorityFilter()->findData(u"019003"_s));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(countLabel(window)->text(), u"3 pratiche visualizzate su 7"_s);
        QTRY_VERIFY(countLabel(window)->width() >= countLabel(window)->sizeHint().width());

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
        panel->overdueFilter()->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 3); // P-002, P-005, P-007 are open and overdue today
        QCOMPARE(countLabel(window)->text(), u"3 pratiche visualizzate su 7"_s);

        // A click on a column without an index leaves the order (and its indicator) alone.
        QHeaderView *header = table->horizontalHeader();
        header->setSortIndicator(CaseFileTableModel::OutcomeColumn, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(CaseFileTableModel::StartColumn));
        header->setSortIndicator(CaseFileTableModel::AuthorityColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->data(table->model()->index(0, CaseFileTableModel::ProtocolColumn)).toString(), u"P-002"_s);
    }

    // Every control a keyboard can reach has a name for screen readers, and Tab reaches them all.
    void keyboardAndAccessibility()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        MainWindow window;
        window.setStore(fixture.takeDatabase());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        waitForChart(window);

        QList<QWidget *> focusable;
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
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

        // Tab from the chart's selector visits every control and comes back.
        QWidget *start = window.backlogChart()->taskForceSelector();
        start->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> visited;
        for (int i = 0; i < 30; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget();
            if (QApplication::focusWidget() == start)
                break;
        }
        for (QWidget *w : std::as_const(focusable))
            QVERIFY2(visited.contains(w), qPrintable(w->accessibleName()));

        // Ctrl+F jumps to the filters, Ctrl+T to the table.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.caseFilePanel()->authorityFilter());
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.caseFilePanel()->tableView());

        // Menus are Italian and have mnemonics.
        QStringList menus;
        const QList<QAction *> actions = window.menuBar()->actions();
        for (QAction *a : actions)
            menus << a->text();
        QCOMPARE(menus, QStringList({u"&File"_s, u"&Visualizza"_s, u"&Portale"_s, u"&Aiuto"_s}));
    }

    void demoScreenshots()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addDemoStory(4000));
        MainWindow window;
        window.setStore(fixture.takeDatabase());
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        waitForChart(window);
        QVERIFY(window.grab().save(screenshotPath(u"mainwindow-demo-it.png"_s)));
        QComboBox *selector = window.backlogChart()->taskForceSelector();
        selector->setCurrentIndex(selector->findData(u"EDILIZIA_URBANISTICA"_s));
        waitForChart(window);
        window.caseFilePanel()->overdueFilter()->setChecked(true);
        // The status bar has laid out its new text once the label is as wide as the text needs.
        QTRY_VERIFY(countLabel(window)->width() >= countLabel(window)->sizeHint().width());
        QVERIFY(window.grab().save(screenshotPath(u"mainwindow-demo-building-overdue-it.png"_s)));
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
        QVERIFY(!window.store());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
