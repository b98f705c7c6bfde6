// The case-file view over a large store, as a clerk meets it: first rows of a filter or a
// search, saving one edit (row, audit, outbox and statistics in one transaction), and the
// window's memory after scrolling the whole table. Prints one "name value unit" line per
// figure. Not a test: no pass/fail. The machine may be shared: say so with the figures.
#include "core/casefiles/casefilecommands.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefiletablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

void report(const char *name, double value, const char *unit)
{
    std::printf("%-44s %10.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

double memoryMiB(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Milliseconds from setting a filter to holding the first row's text, as the view paints it.
double firstRows(CaseFilePanel &panel, const std::function<void()> &setFilter)
{
    QList<double> runs;
    for (int i = 0; i < 5; ++i) {
        panel.clearFilters();
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        setFilter();
        const QModelIndex first = panel.model()->index(0, CaseFileTableModel::ProtocolColumn);
        (void)first.data();
        (void)panel.model()->index(std::min(panel.model()->rowCount(), 40) - 1, 0).data();
        runs << t.nsecsElapsed() / 1e6;
    }
    return median(runs);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"store"_s, u"Store file (created with passctl demo when missing)."_s, u"PATH"_s});
    parser.addOption({u"cases"_s, u"Case files to create when the store is missing."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"passctl"_s, u"The passctl binary."_s, u"PATH"_s, QStringLiteral(PASSCTL_PATH)});
    parser.process(app);
    const QString path = parser.value(u"store"_s);
    if (path.isEmpty()) {
        std::fprintf(stderr, "bench_casefiles: --store PATH is required\n");
        return 2;
    }
    if (!QFile::exists(path)) {
        std::printf("creating %s with %s case files ...\n", qPrintable(path), qPrintable(parser.value(u"cases"_s)));
        if (QProcess::execute(parser.value(u"passctl"_s), {u"--db"_s, path, u"demo"_s, u"--cases"_s, parser.value(u"cases"_s)}) != 0)
            return 1;
    }
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
    const QString authority = workspace->authorities().value(0).istat;
    auto state = [&](CaseFileState s) {
        return [&panel, s] { panel.stateFilter()->setCurrentIndex(panel.stateFilter()->findData(int(s))); };
    };
    report("first rows, no filter", firstRows(panel, [] {}), "ms");
    report("first rows, state open", firstRows(panel, state(CaseFileState::Open)), "ms");
    report("first rows, state overdue", firstRows(panel, state(CaseFileState::Overdue)), "ms");
    report("first rows, state due within 30 days", firstRows(panel, state(CaseFileState::DueSoon)), "ms");
    report("first rows, state withdrawn", firstRows(panel, state(CaseFileState::Withdrawn)), "ms");
    report("first rows, search '2024/0001' (few)", firstRows(panel, [&] { panel.searchBox()->setText(u"2024/0001"_s); }), "ms");
    report("first rows, search '2' (most)", firstRows(panel, [&] { panel.searchBox()->setText(u"2"_s); }), "ms");
    report("first rows, search with no match", firstRows(panel, [&] { panel.searchBox()->setText(u"PG/"_s); }), "ms");
    report("first rows, officer 'rossi'", firstRows(panel, [&] { panel.officerFilter()->setText(u"rossi"_s); }), "ms");
    report("first rows, authority + overdue", firstRows(panel, [&] {
        workspace->setFocusedAuthority(authority);
        state(CaseFileState::Overdue)();
    }), "ms");
    workspace->setFocusedAuthority({});
    panel.clearFilters();

    // Saving one edit: validation, row, suspensions, audit, outbox and statistics, committed.
    {
        CaseFileCommands &commands = workspace->caseFileCommands();
        const QString id = panel.model()->index(0, 0).data(CaseFileTableModel::CaseIdRole).toString();
        QList<double> runs;
        for (int i = 0; i < 21; ++i) {
            const CaseFile loaded = commands.find(id).value();
            CaseFile edited = loaded;
            edited.notes = u"bench edit %1"_s.arg(i);
            QElapsedTimer t;
            t.start();
            const CaseFileEditResult r = commands.update(loaded, edited);
            runs << t.nsecsElapsed() / 1e6;
            if (!r.ok) {
                std::fprintf(stderr, "edit refused: %s\n", qPrintable(r.error + CaseFileValidator::describe(r.problems)));
                return 1;
            }
        }
        report("save one edit incl. statistics (median of 21)", median(runs), "ms");
    }

    // Scroll the whole table a screen at a time, as a held Page Down does.
    QTableView *table = panel.tableView();
    QScrollBar *bar = table->verticalScrollBar();
    const double before = memoryMiB("VmRSS:");
    QElapsedTimer t;
    t.start();
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        bar->setValue(value);
        table->viewport()->repaint();
    }
    report("scroll the whole table (screens)", double(bar->maximum() / std::max(1, bar->pageStep())), "");
    report("scroll the whole table", t.elapsed() / 1000.0, "s");
    report("memory before scrolling (RSS)", before, "MiB");
    report("memory after scrolling the whole table (RSS)", memoryMiB("VmRSS:"), "MiB");
    report("cached pages after scrolling", panel.model()->cachedPageCount(), "");
    report("peak memory (VmHWM)", memoryMiB("VmHWM:"), "MiB");
    return 0;
}
