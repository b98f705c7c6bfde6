// The Case files view over a large store, as a clerk meets it: the application's start to an
// interactive window on that view, first rows of a filter or a search, saving one edit (row,
// audit, outbox and statistics in one transaction), and the window's memory after scrolling the
// whole table. Prints one "name wall cpu" line per figure, with the load average: the machine
// may be shared, and CPU time moves less with the load than wall time. Not a test: no pass/fail.
#include "core/casefiles/casefilecommands.h"
#include "core/demo/demogenerator.h"
#include "core/store/freshstorebuild.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefiletablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include "processmemory.h"

#include <functional>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time (user + system) of the children this process has waited for, in ms.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(u' ', 0, 2) : u"?"_s;
}

void report(const char *name, double wallMs, double cpuMs)
{
    std::printf("%-48s %9.1f ms wall %9.1f ms cpu\n", name, wallMs, cpuMs);
    std::fflush(stdout);
}

void reportValue(const char *name, double value, const char *unit)
{
    std::printf("%-48s %9.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing median(QList<Timing> runs)
{
    std::sort(runs.begin(), runs.end(), [](const Timing &a, const Timing &b) { return a.wall < b.wall; });
    return runs.isEmpty() ? Timing{} : runs.at(runs.size() / 2);
}

// Milliseconds from setting a filter to holding the text of the first screen of rows. `from`
// sets the filter the list has before (cleared when empty).
Timing firstRows(CaseFilePanel &panel, const std::function<void()> &setFilter,
                 const std::function<void()> &from = {})
{
    QList<Timing> runs;
    for (int i = 0; i < 5; ++i) {
        panel.clearFilters();
        if (from)
            from();
        QApplication::processEvents();
        QElapsedTimer t;
        const double cpu = threadCpuMs();
        t.start();
        setFilter();
        CaseFileTableModel *model = panel.model();
        for (int row = 0; row < std::min(model->rowCount(), 40); ++row)
            (void)model->index(row, CaseFileTableModel::ProtocolColumn).data();
        runs << Timing{t.nsecsElapsed() / 1e6, threadCpuMs() - cpu};
    }
    return median(runs);
}

bool buildStore(const QString &path, qint64 cases)
{
    std::printf("building %s with %lld case files (as passctl demo does) ...\n", qPrintable(path),
                static_cast<long long>(cases));
    QString error;
    FreshStoreBuild build(path);
    DemoGenerator::Options options;
    options.cases = cases;
    options.scope = DemoGenerator::Scope::Region;
    options.withRequests = false;
    if (!build.open(&error) || !DemoGenerator(build.database().connection()).run(options, {}, &error)
        || !build.finish(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    return true;
}

// The application's own start (pass-desktop --print-startup-time) to an interactive window that
// opens on the Case files view, with settings of its own so that no user's layout is read.
void coldStart(const QString &desktop, const QString &store, int runs)
{
    QTemporaryDir config;
    QDir(config.path()).mkpath(u"PAsS"_s);
    QFile settings(config.filePath(u"PAsS/PAsS Desktop.conf"_s));
    if (!settings.open(QIODevice::WriteOnly) || settings.write("[window]\ncurrentView=casefiles\n") < 0)
        return;
    settings.close();
    QList<Timing> interactive;
    double worstWall = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        process.setProcessEnvironment(env);
        const double cpuBefore = childrenCpuMs();
        process.start(desktop,
                      {u"--db"_s, store, u"--print-startup-time"_s, u"--quit-when-ready"_s});
        process.waitForFinished(60000);
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype at = out.indexOf("startup_ms=");
        if (at < 0) {
            std::fprintf(stderr, "pass-desktop did not report its start: %s\n", process.readAllStandardError().constData());
            return;
        }
        const double wall = out.mid(at + 11).trimmed().split('\n').first().toDouble();
        worstWall = std::max(worstWall, wall);
        // The child's CPU includes its exit: an upper bound of the start's CPU.
        interactive << Timing{wall, childrenCpuMs() - cpuBefore};
    }
    report("cold start to interactive Case files (median)", median(interactive).wall, median(interactive).cpu);
    reportValue("cold start to interactive Case files (worst)", worstWall, "ms wall");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"store"_s, u"Store file (built like passctl demo when missing)."_s, u"PATH"_s});
    parser.addOption({u"cases"_s, u"Case files to create when the store is missing."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"runs"_s, u"Application starts to time."_s, u"N"_s, u"5"_s});
    parser.addOption({u"no-scroll"_s, u"Skip scrolling the whole table (several minutes on a loaded machine)."_s});
    parser.addOption({u"desktop"_s, u"The pass-desktop binary to start."_s, u"PATH"_s, QStringLiteral(PASS_DESKTOP_BINARY)});
    parser.process(app);
    const QString path = parser.value(u"store"_s);
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_casefiles: --store PATH is required\n");
        return 2;
    }
    if (!QFile::exists(path) && !buildStore(path, parser.value(u"cases"_s).toLongLong()))
        return 1;
    std::printf("load average at start: %s (2 cores; other people's builds and tests share them)\n",
                qPrintable(loadAverage()));

    coldStart(parser.value(u"desktop"_s), path, std::max(1, parser.value(u"runs"_s).toInt()));

    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("store %s: %lld case files\n", qPrintable(path), static_cast<long long>(workspace->caseFileCount()));

    CaseFilePanel panel(workspace.get());
    panel.resize(1440, 860);
    panel.show();
    QApplication::processEvents();

    // Filters and searches a clerk uses, each from a cleared list to its first screen of rows.
    const QString authority =
        workspace->caseFile(panel.model()->index(0, 0).data(CaseFileTableModel::CaseIdRole).toString())->authorityIstat;
    auto state = [&](CaseFileState s) {
        return [&panel, s] { panel.stateFilter()->setCurrentIndex(panel.stateFilter()->findData(int(s))); };
    };
    const auto row = [](const char *name, const Timing &t) { report(name, t.wall, t.cpu); };
    row("first rows, filters cleared (from withdrawn)",
        firstRows(panel, [&] { panel.clearFilters(); }, state(CaseFileState::Withdrawn)));
    row("first rows, state open", firstRows(panel, state(CaseFileState::Open)));
    row("first rows, state overdue", firstRows(panel, state(CaseFileState::Overdue)));
    row("first rows, state due soon (15 days)", firstRows(panel, state(CaseFileState::DueSoon)));
    row("first rows, state withdrawn", firstRows(panel, state(CaseFileState::Withdrawn)));
    row("first rows, search '2024/0001' (few)", firstRows(panel, [&] { panel.searchBox()->setText(u"2024/0001"_s); }));
    row("first rows, search '2' (most)", firstRows(panel, [&] { panel.searchBox()->setText(u"2"_s); }));
    row("first rows, search with no match", firstRows(panel, [&] { panel.searchBox()->setText(u"PG/"_s); }));
    row("first rows, officer 'rossi'", firstRows(panel, [&] { panel.officerFilter()->setText(u"rossi"_s); }));
    row("first rows, focus authority", firstRows(panel, [&] { workspace->setFocusAuthority(authority); }));
    row("first rows, focus authority + overdue", firstRows(panel, [&] {
        workspace->setFocusAuthority(authority);
        state(CaseFileState::Overdue)();
    }));
    workspace->setFocusAuthority({});
    panel.clearFilters();

    // Saving one edit: validation, row, suspensions, audit, outbox and statistics, committed.
    {
        CaseFileCommands &commands = workspace->caseFileCommands();
        const QString id = panel.model()->index(0, 0).data(CaseFileTableModel::CaseIdRole).toString();
        QList<Timing> runs;
        for (int i = 0; i < 21; ++i) {
            const CaseFile loaded = commands.find(id).value();
            CaseFile edited = loaded;
            edited.notes = u"bench edit %1"_s.arg(i);
            QElapsedTimer t;
            const double cpu = threadCpuMs();
            t.start();
            const CaseFileEditResult r = commands.update(loaded, edited);
            runs << Timing{t.nsecsElapsed() / 1e6, threadCpuMs() - cpu};
            if (!r.ok) {
                std::fprintf(stderr, "edit refused: %s\n", qPrintable(r.error + CaseFileValidator::describe(r.problems)));
                return 1;
            }
        }
        row("save one edit incl. statistics (median of 21)", median(runs));
    }

    if (parser.isSet(u"no-scroll"_s)) {
        std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
        return 0;
    }
    // Scroll the whole table a screen at a time, as a held Page Down does, painting each screen.
    QTableView *table = panel.tableView();
    QScrollBar *bar = table->verticalScrollBar();
    const double before = pass::bench::processMemoryMiB("VmRSS:");
    QElapsedTimer t;
    const double cpu = processCpuMs();
    t.start();
    int screens = 0;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        table->viewport()->repaint();
        ++screens;
    }
    report("scroll the whole table", double(t.elapsed()), processCpuMs() - cpu);
    reportValue("screens painted while scrolling", screens, "");
    reportValue("memory before scrolling (RSS)", before, "MiB");
    reportValue("memory after scrolling the whole table (RSS)", pass::bench::processMemoryMiB("VmRSS:"), "MiB");
    reportValue("cached pages after scrolling", panel.model()->cachedPageCount(), "");
    reportValue("peak memory (VmHWM)", pass::bench::processMemoryMiB("VmHWM:"), "MiB");
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    return 0;
}
