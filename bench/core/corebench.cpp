// Core benchmark: demo generation speed and the semester indicators over a large store.
// Usage: pass_core_bench [--cases N] [--db PATH] [--runs R]
// Prints figures and ratios against the targets of DESIGN.md §8; asserts nothing.
#include "core/demo/demogenerator.h"
#include "core/store/freshstorebuild.h"
#include "core/indicators/indicatorengine.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

long peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"pass.*.info=false"_s);
    const QStringList args = app.arguments();
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const qint64 cases = option(u"--cases"_s, u"1000000"_s).toLongLong();
    const int runs = option(u"--runs"_s, u"21"_s).toInt();
    QTemporaryDir dir;
    const QString path = option(u"--db"_s, dir.filePath(u"bench.db"_s));

    DemoGenerator::Options options;
    options.cases = cases;
    // The whole region by default, so that the indicator queries below see every authority;
    // `--scope area` measures passctl's default, the demo area's 47 authorities (the region's
    // 1,514 spread the protocol-number index's inserts over 1,514 places instead of 47).
    const bool region = option(u"--scope"_s, u"region"_s) == u"region";
    options.scope = region ? DemoGenerator::Scope::Region : DemoGenerator::Scope::DemoArea;
    options.asOf = QDate(2026, 6, 30);
    options.withRequests = false;
    const auto report = [&](const char *label, double seconds) {
        std::printf("demo generation (%s), %s: %lld case files in %.2f s = %.0f cases/s (target >= 200000: ratio %.2f)\n",
                    region ? "region" : "demo area", label, static_cast<long long>(cases), seconds, double(cases) / seconds,
                    double(cases) / seconds / 200000.0);
    };
    if (!QFile::exists(path)) {
        // What `passctl demo` does when there is no store yet: build it aside, move it in place.
        QElapsedTimer timer;
        timer.start();
        FreshStoreBuild build(path);
        QString error;
        bool ok = build.open(&error);
        if (ok) {
            DemoGenerator generator(build.database().connection());
            ok = generator.run(options, {}, &error);
        }
        if (!ok || !build.finish(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        report("new store", double(timer.nsecsElapsed()) / 1e9);
        if (!args.contains(u"--skip-open-store"_s)) {
            // The same data into a store that is already open (WAL journal, 4 KiB pages), as
            // the application's "fill with demo data" does.
            Database other(dir.filePath(u"open.db"_s));
            if (!other.open()) {
                std::fprintf(stderr, "%s\n", qPrintable(other.errorString()));
                return 1;
            }
            timer.restart();
            DemoGenerator generator(other.connection());
            if (!generator.run(options, {}, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            report("open store", double(timer.nsecsElapsed()) / 1e9);
        }
    }
    Database db(path);
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QSqlQuery q(db.connection());
    q.exec(u"SELECT count(*), (SELECT count(*) FROM case_stats) FROM case_files"_s);
    q.next();
    std::printf("store: %lld case files, %lld aggregate cells\n", q.value(0).toLongLong(), q.value(1).toLongLong());

    IndicatorEngine engine(db.connection());
    const auto measure = [&](const char *label, const IndicatorEngine::Query &query) {
        std::vector<double> samples;
        qsizetype rows = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            rows = engine.compute(query).size();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const double ms = medianMs(samples);
        std::printf("%-46s %6lld rows  median %7.2f ms  (target <= 50 ms: ratio %.2f)\n", label,
                    static_cast<long long>(rows), ms, ms / 50.0);
    };
    IndicatorEngine::Query all;
    all.groupBy = IndicatorEngine::GroupBy::TaskForce;
    all.from = Semester(2021, 1);
    all.to = Semester(2026, 1);
    measure("all task forces, all authorities, 2021-S1..2026-S1", all);
    IndicatorEngine::Query procedures = all;
    procedures.groupBy = IndicatorEngine::GroupBy::Procedure;
    measure("all procedures, all authorities", procedures);
    IndicatorEngine::Query one = all;
    one.authorities = {u"015146"_s}; // Milano
    measure("all task forces, one authority (Milano)", one);
    IndicatorEngine::Query province = all;
    q.exec(u"SELECT istat FROM authorities WHERE province_code = 'BG' AND kind = 'comune'"_s);
    while (q.next())
        province.authorities << q.value(0).toString();
    measure("all task forces, 243 comuni of Bergamo summed", province);
    std::printf("peak memory: %ld MB\n", peakRssKb() / 1024);
    return 0;
}
