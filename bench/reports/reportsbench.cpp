// Dashboard, deadline watch and report benchmark over a large store.
// Usage: pass_reports_bench --db STORE [--runs R] [--authority ISTAT] [--batch-province CODE] [--batch-region]
//        [--no-batch]
// The store is made beforehand (passctl --db STORE demo --cases 1000000 --scope region). Prints
// wall and CPU times against the targets of DESIGN.md §8; asserts nothing.
#include "core/indicators/dashboardfigures.h"
#include "core/indicators/deadlinewatch.h"
#include "core/indicators/storesnapshot.h"
#include "core/store/database.h"
#include "reports/monitoringreport.h"
#include "reports/reportbatch.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

// Median wall and CPU milliseconds of `runs` calls; `quiet` leaves out the first run's line
// (when every run is a first one).
std::pair<double, double> measure(int runs, const std::function<void(int)> &work, bool quiet = false)
{
    if (runs <= 0)
        return {0, 0};
    std::vector<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work(i);
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuMs() - c0);
    }
    // The first run reads the store's snapshots (StoreSnapshots) when the scope needs them:
    // what the first refresh after a commit costs.
    if (!quiet)
        std::printf("  first run %.1f ms wall, %.1f ms CPU\n", wall.front(), cpu.front());
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

void print(const char *what, std::pair<double, double> ms, double target)
{
    std::printf("%-58s %8.1f ms wall %8.1f ms CPU median (target <= %.0f ms: ratio %.2f)\n", what, ms.first, ms.second, target,
                ms.first / target);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"pass.*.info=false"_s);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString path = option(u"--db"_s, {});
    const int runs = option(u"--runs"_s, u"11"_s).toInt();
    const QString authority = option(u"--authority"_s, u"015146"_s); // Milano: the largest
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: pass_reports_bench --db STORE (passctl --db STORE demo --cases 1000000 --scope region)\n");
        return 2;
    }
    Database db(path);
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    q.exec(u"SELECT count(*), sum(outcome IS NULL) FROM case_files"_s);
    q.next();
    std::printf("store: %lld case files, %lld open\n", q.value(0).toLongLong(), q.value(1).toLongLong());

    // After a commit every snapshot is read again (StoreSnapshots): each commit here is a write to
    // the meta table, which changes the store's fingerprint and nothing else. First the two
    // snapshots alone, then the first filter change after a commit as a user meets it.
    int commits = 0;
    const auto commit = [&] {
        QSqlQuery touch(c);
        touch.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('bench.touch', ?)"_s);
        touch.addBindValue(QString::number(++commits));
        if (!touch.exec())
            std::fprintf(stderr, "cannot write to the store\n");
    };
    const int coldRuns = std::max(3, runs / 2);
    QString snapshotError;
    print("after a commit: the aggregates' snapshot (case_stats)", measure(coldRuns, [&](int) {
              commit();
              StoreSnapshots::caseStats(c, &snapshotError);
          }, true), 100);
    print("after a commit: the open case files' snapshot", measure(coldRuns, [&](int) {
              commit();
              StoreSnapshots::openCases(c, &snapshotError);
          }, true), 100);
    const QStringList provinces{u"CR"_s, u"MI"_s, u"BG"_s, u"BS"_s, u"LO"_s, u"MN"_s, u"PV"_s, u"SO"_s, u"VA"_s, u"CO"_s, u"LC"_s, u"MB"_s};
    print("after a commit: dashboard refresh, a province chosen", measure(coldRuns, [&](int i) {
              commit();
              IndicatorScope s;
              s.provinceCode = provinces.at(i % provinces.size());
              DashboardBuilder(c).build(s);
          }, true), 100);
    if (!snapshotError.isEmpty())
        std::fprintf(stderr, "snapshot read failed: %s\n", qPrintable(snapshotError));

    // A filter change: each run a different province, then the region (the dashboard's work).
    print("dashboard refresh, a province chosen (region's comuni)", measure(runs, [&](int i) {
              IndicatorScope s;
              s.provinceCode = provinces.at(i % provinces.size());
              DashboardBuilder(c).build(s);
          }), 100);
    print("dashboard refresh, whole region", measure(runs, [&](int) { DashboardBuilder(c).build(IndicatorScope()); }), 100);
    print("dashboard refresh, net of suspensions, piccoli comuni", measure(runs, [&](int) {
              IndicatorScope s;
              s.smallComuniOnly = true;
              s.netOfSuspensions = true;
              DashboardBuilder(c).build(s);
          }), 100);
    print("dashboard drill-down to a procedure (authorities ranked)", measure(runs, [&](int) {
              IndicatorScope s;
              s.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
              s.procedureCode = u"PDC-LOM"_s;
              DashboardBuilder(c).build(s);
          }), 100);
    qint64 listed = 0;
    print("deadline watch, region: counts and the first 100 rows", measure(runs, [&](int) {
              DeadlineWatch::Options o;
              o.limit = 100;
              QString error;
              const auto r = DeadlineWatch(c).list(o, &error);
              listed = r.dueSoon + r.overdue;
          }), 100);
    std::printf("  (%lld case files in the watch)\n", static_cast<long long>(listed));

    QTemporaryDir out;
    print(qPrintable(u"one authority's PDF (%1), build and write"_s.arg(authority)), measure(std::max(3, runs / 3), [&](int i) {
              MonitoringReport report;
              MonitoringReport::Options o;
              o.scope.authorityIstat = authority;
              o.semester = Semester::current().previous();
              QString error;
              if (!report.build(c, o, &error) || !report.writePdf(out.filePath(u"one-%1.pdf"_s.arg(i)), &error))
                  std::fprintf(stderr, "report failed: %s\n", qPrintable(error));
          }), 1000);

    if (args.contains(u"--no-batch"_s))
        return 0;
    const bool region = args.contains(u"--batch-region"_s);
    ReportBatch::Options batch;
    batch.scope.provinceCode = region ? QString() : option(u"--batch-province"_s, u"CR"_s);
    batch.semester = Semester::current().previous();
    batch.outputDir = out.filePath(u"batch"_s);
    QElapsedTimer t;
    t.start();
    const double c0 = cpuMs();
    int lastShown = 0;
    const auto result = ReportBatch::run(c, batch, [&](int done, int total, const QString &) {
        if (done - lastShown >= std::max(1, total / 10) || done == total) {
            std::printf("  batch progress %d/%d at %.1f s\n", done, total, double(t.elapsed()) / 1000.0);
            std::fflush(stdout);
            lastShown = done;
        }
        return true;
    });
    std::printf("batch of every authority's PDF in %s: %lld files in %.1f s wall, %.1f s CPU (%.0f ms each)\n",
                region ? "the region" : qPrintable(u"province "_s + batch.scope.provinceCode),
                static_cast<long long>(result.files.size()), double(t.elapsed()) / 1000.0, (cpuMs() - c0) / 1000.0,
                result.files.isEmpty() ? 0.0 : double(t.elapsed()) / double(result.files.size()));
    return 0;
}
