// What a user of the indicator views waits for over a large store, through the real widgets:
// the dashboard after a filter change (until its figures are shown and painted), the deadline
// watch's first rows, cold (the first read after a commit) and warm. Prints median wall and
// process CPU (every thread) per measure. Not a test: no pass/fail.
// Usage: bench_indicatorviews --store STORE [--runs N]
//        (the store made beforehand: passctl --db STORE demo --cases 1000000 --scope region)
#include "core/workspace/workspace.h"
#include "ui/common/scopefilterbar.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/deadlines/deadlinewatchmodel.h"
#include "ui/deadlines/deadlinewatchview.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; // every thread of the process
}

// Runs `change`, then the event loop until `done`, then paints the window: wall and CPU ms.
std::pair<double, double> timed(QWidget &window, const std::function<void()> &change, const std::function<bool()> &done)
{
    QElapsedTimer t;
    const double c0 = cpuMs();
    t.start();
    change();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    (void)window.grab(); // the figures on screen, painted
    return {double(t.nsecsElapsed()) / 1e6, cpuMs() - c0};
}

void print(const char *what, std::vector<std::pair<double, double>> runs, double target)
{
    std::vector<double> wall, cpu;
    for (const auto &[w, c] : runs) {
        wall.push_back(w);
        cpu.push_back(c);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-56s %8.1f ms wall (min %6.1f, max %6.1f) %7.1f ms CPU  target <= %.0f ms\n", what,
                wall[wall.size() / 2], wall.front(), wall.back(), cpu[cpu.size() / 2], target);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
    QCoreApplication::setOrganizationName(u"PAsS-bench"_s);
    QSettings().clear();
    QLoggingCategory::setFilterRules(u"pass.*.info=false"_s);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString path = option(u"--store"_s, {});
    const int runs = std::max(1, option(u"--runs"_s, u"9"_s).toInt());
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_indicatorviews --store STORE [--runs N]\n");
        return 2;
    }
    QString error;
    std::unique_ptr<pass::Workspace> workspace = pass::Workspace::open(path, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("store %s: %lld case files\n", qPrintable(path), static_cast<long long>(workspace->caseFileCount()));
    pass::MainWindow window;
    window.setWorkspace(std::move(workspace));
    window.resize(1440, 900);
    window.show();

    pass::DashboardView *dashboard = window.dashboard();
    const auto dashboardReady = [dashboard] { return !dashboard->isLoading(); };
    print("dashboard shown, first figures (cold: snapshots read)",
          {timed(window, [&] { window.showView(u"dashboard"_s); }, dashboardReady)}, 100);

    QComboBox *province = dashboard->filterBar()->provinceBox();
    print("dashboard, first filter change (cold: aggregates read)",
          {timed(window, [&] { province->setCurrentIndex(province->count() - 1); }, dashboardReady)}, 100);
    std::vector<std::pair<double, double>> samples;
    for (int i = 0; i < runs; ++i) {
        const int next = 1 + i % (province->count() - 1);
        samples.push_back(timed(window, [&] { province->setCurrentIndex(next); }, dashboardReady));
    }
    print("dashboard refresh after a filter change: a province", samples, 100);
    samples.clear();
    for (int i = 0; i < runs; ++i)
        samples.push_back(timed(window, [&] { province->setCurrentIndex(i % 2 ? 1 : 0); }, dashboardReady));
    print("dashboard refresh after a filter change: region / province", samples, 100);
    samples.clear();
    province->setCurrentIndex(0);
    QCheckBox *small = dashboard->filterBar()->smallComuniBox();
    QComboBox *variant = dashboard->filterBar()->variantBox();
    for (int i = 0; i < runs; ++i) {
        samples.push_back(timed(window, [&] { small->setChecked(!small->isChecked()); }, dashboardReady));
        samples.push_back(timed(window, [&] { variant->setCurrentIndex(1 - variant->currentIndex()); }, dashboardReady));
    }
    print("dashboard refresh: small comuni on/off, gross/net", samples, 100);
    samples.clear();
    small->setChecked(false);
    for (int i = 0; i < runs; ++i) {
        samples.push_back(timed(window, [&] { dashboard->drillTo(u"EDILIZIA_URBANISTICA"_s, {}); }, dashboardReady));
        samples.push_back(timed(window, [&] { dashboard->drillTo(u"EDILIZIA_URBANISTICA"_s, u"PDC-LOM"_s); }, dashboardReady));
        samples.push_back(timed(window, [&] { dashboard->drillTo({}, {}); }, dashboardReady));
    }
    print("dashboard drill-down: task force, procedure, back", samples, 100);

    pass::DeadlineWatchView *deadlines = window.deadlineWatch();
    const auto rowsShown = [deadlines] { return !deadlines->isLoading() && deadlines->model()->rowCount() > 0; };
    print("deadline watch shown, first rows", {timed(window, [&] { window.showView(u"deadlines"_s); }, rowsShown)}, 100);
    samples.clear();
    QComboBox *deadlineProvince = deadlines->filterBar()->provinceBox();
    for (int i = 0; i < runs; ++i) {
        const int next = 1 + i % (deadlineProvince->count() - 1);
        samples.push_back(timed(window, [&] { deadlineProvince->setCurrentIndex(next); }, rowsShown));
    }
    print("deadline watch first rows after a filter change", samples, 100);
    return 0;
}
