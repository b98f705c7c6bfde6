// Measures what the user feels on a large store: process start to an interactive window, the
// backlog chart's arrival, scrolling (sequential pages and jumps) with the memory it takes, and
// the filters. Prints one "name value unit" line per figure. Not a test: no pass/fail.
#include "core/demo/demogenerator.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"
#include "ui/shell/mainwindow.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/casefiles/casefilepanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include "processmemory.h"

#include <functional>
#include <random>

using namespace Qt::StringLiterals;

namespace {

void report(const char *name, double value, const char *unit)
{
    std::printf("%-36s %12.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool ensureStore(const QString &path, qint64 cases)
{
    pass::Database db(path);
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return false;
    }
    const qint64 have = pass::CaseFileStore(db.connection()).count();
    if (have >= cases)
        return true;
    if (have > 0) {
        std::fprintf(stderr, "%s holds %lld case files, fewer than %lld: delete it first\n",
                     qPrintable(path), static_cast<long long>(have), static_cast<long long>(cases));
        return false;
    }
    std::printf("creating %lld demo case files in %s ...\n", static_cast<long long>(cases), qPrintable(path));
    pass::DemoGenerator::Options options;
    options.cases = cases;
    options.scope = pass::DemoGenerator::Scope::Region;
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!pass::DemoGenerator(db.connection()).run(options, {}, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    report("demo_generation_rate", double(cases) / (double(timer.elapsed()) / 1000.0), "cases/s");
    return true;
}

void processStartup(const QString &path, int runs)
{
    QList<double> interactive, wall;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(PASS_DESKTOP_BINARY),
                      {u"--db"_s, path, u"--print-startup-time"_s, u"--quit-when-ready"_s});
        process.waitForFinished(30000);
        wall << double(timer.elapsed());
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype at = out.indexOf("startup_ms=");
        if (at >= 0)
            interactive << out.mid(at + 11).trimmed().split('\n').first().toDouble();
    }
    report("process_start_to_interactive_median", median(interactive), "ms");
    report("process_start_to_interactive_max", *std::max_element(interactive.begin(), interactive.end()), "ms");
    report("process_wall_incl_exit_median", median(wall), "ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption storeOption(u"store"_s, u"The benchmark store (created when missing)."_s, u"path"_s);
    const QCommandLineOption casesOption(u"cases"_s, u"Case files in the store."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Process starts to time."_s, u"n"_s, u"5"_s);
    parser.addOptions({storeOption, casesOption, runsOption});
    parser.process(app);
    const QString path = parser.value(storeOption);
    if (path.isEmpty()) {
        std::fprintf(stderr, "--store is required\n");
        return 2;
    }
    if (!ensureStore(path, parser.value(casesOption).toLongLong()))
        return 1;

    // 1. The application binary, as a user starts it (the page cache is warm after creation).
    processStartup(path, parser.value(runsOption).toInt());

    // 2. In process: the same steps, timed one by one.
    QElapsedTimer timer;
    timer.start();
    QString error;
    std::unique_ptr<pass::Workspace> workspace = pass::Workspace::open(path, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    report("store_open", double(timer.nsecsElapsed()) / 1e6, "ms");
    pass::MainWindow window;
    window.setWorkspace(std::move(workspace));
    window.showView(u"casefiles"_s);
    window.show();
    QCoreApplication::processEvents();
    (void)window.grab(); // forces the first full paint, table rows included
    report("window_shown_and_painted", double(timer.nsecsElapsed()) / 1e6, "ms");
    window.showView(u"dashboard"_s);
    while (window.dashboard()->isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    report("dashboard_ready", double(timer.nsecsElapsed()) / 1e6, "ms");
    const double rssStart = pass::bench::processMemoryMiB("VmRSS:");
    report("rss_after_start", rssStart, "MiB");
    window.showView(u"casefiles"_s);

    pass::CaseFileTableModel *model = window.caseFilePanel()->model();
    const int rows = model->rowCount();
    report("rows", rows, "rows");

    // Sequential scrolling: every row of the first 200,000, as a view scrolling down reads them.
    const int sequential = std::min(rows, 200000);
    timer.restart();
    qsizetype chars = 0;
    for (int r = 0; r < sequential; ++r) {
        for (int c = 0; c < pass::CaseFileTableModel::ColumnCount; ++c)
            chars += model->data(model->index(r, c)).toString().size();
    }
    const double seqMs = double(timer.nsecsElapsed()) / 1e6;
    report("sequential_rows_per_s", sequential / (seqMs / 1000.0), "rows/s");
    report("sequential_ms_per_page", seqMs / (double(sequential) / pass::CaseFileTableModel::pageSize()), "ms");

    // Jumps (a dragged scroll bar): a row anywhere, nothing cached around it.
    std::mt19937 random(2022);
    QList<double> jumps;
    for (int i = 0; i < 100; ++i) {
        model->refresh();
        const int r = int(random() % quint32(rows));
        timer.restart();
        chars += model->data(model->index(r, 0)).toString().size();
        jumps << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(jumps.begin(), jumps.end());
    report("jump_median", jumps.at(jumps.size() / 2), "ms");
    report("jump_p95", jumps.at(jumps.size() * 95 / 100), "ms");
    report("jump_max", jumps.last(), "ms");

    QTableView *table = window.caseFilePanel()->tableView();
    timer.restart();
    table->scrollToBottom();
    (void)window.grab();
    report("view_scroll_to_bottom_and_paint", double(timer.nsecsElapsed()) / 1e6, "ms");
    report("cached_pages", model->cachedPageCount(), "pages");
    report("rss_after_scrolling", pass::bench::processMemoryMiB("VmRSS:"), "MiB");
    report("rss_peak", pass::bench::processMemoryMiB("VmHWM:"), "MiB");

    // Filters and sorts, each to its first painted page.
    auto timed = [&](const char *name, const std::function<void()> &step) {
        timer.restart();
        step();
        (void)window.grab();
        report(name, double(timer.nsecsElapsed()) / 1e6, "ms");
    };
    // Scrolling a filtered list: the next 20 pages, each read from its neighbour.
    auto pagesAfter = [&](const char *name) {
        timer.restart();
        const int n = std::min(model->rowCount(), 20 * pass::CaseFileTableModel::pageSize());
        for (int r = 0; r < n; ++r)
            chars += model->data(model->index(r, pass::CaseFileTableModel::ProtocolColumn)).toString().size();
        report(name, double(timer.nsecsElapsed()) / 1e6 / std::max(1.0, double(n) / pass::CaseFileTableModel::pageSize()), "ms/page");
    };
    pass::CaseFilePanel *panel = window.caseFilePanel();
    table->scrollToTop();
    timed("filter_open_overdue", [&] {
        panel->stateFilter()->setCurrentIndex(panel->stateFilter()->findData(int(pass::CaseFileState::Overdue)));
    });
    report("open_overdue_rows", model->rowCount(), "rows");
    pagesAfter("open_overdue_next_pages");
    timed("filter_authority_milano", [&] {
        panel->stateFilter()->setCurrentIndex(0);
        panel->authorityFilter()->setCurrentIndex(panel->authorityFilter()->findData(u"015146"_s));
    });
    timed("filter_task_force_building", [&] {
        panel->clearFilters();
        panel->taskForceFilter()->setCurrentIndex(panel->taskForceFilter()->findData(u"EDILIZIA_URBANISTICA"_s));
    });
    pagesAfter("task_force_next_pages");
    timed("clear_filters", [&] { panel->clearFilters(); });
    timed("sort_by_authority", [&] { table->sortByColumn(pass::CaseFileTableModel::AuthorityColumn, Qt::AscendingOrder); });
    pagesAfter("authority_order_next_pages");
    timed("sort_by_procedure", [&] { table->sortByColumn(pass::CaseFileTableModel::ProcedureColumn, Qt::DescendingOrder); });
    timed("dashboard_one_task_force", [&] {
        window.dashboard()->drillTo(u"EDILIZIA_URBANISTICA"_s, {});
        while (window.dashboard()->isLoading())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    });
    return chars > 0 ? 0 : 1;
}
