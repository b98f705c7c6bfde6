// Core benchmark: demo generation speed and the semester indicators over a large store.
// Usage: pass_core_bench [--cases N] [--db PATH] [--runs R]
// Prints figures and ratios against the targets of DESIGN.md §8; asserts nothing.
#include "core/demo/demogenerator.h"
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

    Database db(path);
    if (!db.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    QSqlQuery q(db.connection());
    q.exec(u"SELECT count(*) FROM case_files"_s);
    q.next();
    const bool empty = q.value(0).toLongLong() == 0;
    q.finish(); // an open read statement would lock the table the generator rebuilds indexes on
    if (empty) {
        DemoGenerator generator(db.connection());
        DemoGenerator::Options options;
        options.cases = cases;
        options.scope = DemoGenerator::Scope::Region;
        options.asOf = QDate(2026, 6, 30);
        options.withRequests = false;
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!generator.run(options, {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("demo generation: %lld case files in %.2f s = %.0f cases/s (target >= 200000: ratio %.2f)\n",
                    static_cast<long long>(cases), seconds, double(cases) / seconds, double(cases) / seconds / 200000.0);
    }
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
