// Sync benchmark against the real portal on loopback. Targets (issue 16, after DESIGN.md §8's
// 50,000 records/s and 300 MB): initial sync of 1,000,000 records ≥ 75,000 records/s with the
// client's peak memory ≤ 250 MB; a delta of 1,000 changes ≤ 300 ms client-side. Prints one line
// per figure, each with its target, and the load average: on a shared machine read the CPU
// figures as well.
//
//   bench_sync [--records N] [--portal-cache DIR]
#include "tests/sync/portalprocess.h"

#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

qint64 statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time (user + system) of this process so far, in milliseconds: the machine is shared, so
// wall time alone says little.
qint64 cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

// The same for the calling thread: the sync engine pulls, parses and writes on it, the critical
// path of the client.
qint64 threadCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

// The machine's 1-minute load average, to say how comparable the wall times are.
QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

bool copyDb(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), u"-wal"_s}) {
        QFile::remove(to + suffix);
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

struct Client
{
    QTemporaryDir dir;
    Database db{dir.filePath(u"bench.db"_s)};
    QNetworkAccessManager nam;
    PortalClient client{&nam, SyncClock::system()};
    std::unique_ptr<SyncEngine> engine;

    Client(const QUrl &url, const QString &token)
    {
        db.open();
        QString error;
        client.setBaseUrl(url, &error);
        client.setAccessToken(token);
        engine = std::make_unique<SyncEngine>(db.connection(), &client);
        engine->addDefaultAdapters();
        engine->setPageSize(5000);
        engine->setPushBatchSize(500);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"records"_s, u"Records to seed on the portal (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"portal-cache"_s,
                      u"Folder keeping seeded portal databases between runs (seeding is slow)."_s, u"DIR"_s});
    parser.process(app);
    const qint64 records = parser.value(u"records"_s).toLongLong();
    QTextStream out(stdout);

    PortalProcess portal;
    QElapsedTimer t;
    t.start();
    const QString cache = parser.value(u"portal-cache"_s);
    const QString cached = cache.isEmpty() ? QString() : cache + u"/portal-%1.db"_s.arg(records);
    if (!cached.isEmpty() && QFile::exists(cached)) {
        if (!copyDb(cached, portal.dbPath())) {
            out << "cannot copy " << cached << Qt::endl;
            return 1;
        }
        out << "portal database of " << records << " records copied from " << cached << Qt::endl;
    } else {
        portal.addUser(u"carol"_s, u"coordinator"_s);
        portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s});
        portal.admin({u"seed"_s, u"--records"_s, QString::number(records), u"--seed"_s, u"1"_s});
        out << "portal seeded " << records << " records in " << t.elapsed() << " ms" << Qt::endl;
        if (!cached.isEmpty()) {
            QDir().mkpath(cache);
            copyDb(portal.dbPath(), cached);
        }
    }
    if (!portal.start({u"--test-mode"_s})) {
        out << "cannot start pass-portal" << Qt::endl;
        return 1;
    }

    Client reader(portal.url(), portal.token(u"carol"_s));
    const qint64 rssBefore = statusKb("VmRSS:");
    t.restart();
    out << "load average: " << loadAverage() << Qt::endl;
    qint64 cpu = cpuMs();
    const qint64 threadCpu = threadCpuMs();
    SyncResult r = reader.engine->run();
    const qint64 initialMs = t.elapsed();
    const qint64 initialCpuMs = cpuMs() - cpu;
    const qint64 writerCpuMs = threadCpuMs() - threadCpu;
    if (!r.ok) {
        out << "initial sync failed: " << r.error << Qt::endl;
        return 1;
    }
    out << "initial sync: " << r.pulled << " records in " << initialMs << " ms = "
        << qRound64(r.pulled * 1000.0 / std::max<qint64>(1, initialMs)) << " records/s (target >= 75000), "
        << r.bytes / (1024 * 1024) << " MiB received; client peak RSS " << statusKb("VmHWM:") / 1024
        << " MiB (target <= 250; before " << rssBefore / 1024 << " MiB)" << Qt::endl;
    out << "initial sync client CPU (user+sys): " << initialCpuMs << " ms = "
        << qRound64(r.pulled * 1000.0 / std::max<qint64>(1, initialCpuMs)) << " records per CPU-second, "
        << qRound64(initialCpuMs * 1000.0 / std::max<qint64>(1, r.pulled)) << " us per record" << Qt::endl;
    out << "initial sync CPU of the thread that pulls, parses and writes: " << writerCpuMs << " ms = "
        << qRound64(r.pulled * 1000.0 / std::max<qint64>(1, writerCpuMs))
        << " records per CPU-second (the client's critical path); load average " << loadAverage() << Qt::endl;
    const PullStats &pages = reader.engine->pullStats();
    out << "initial sync pages: " << pages.pages << ", of which " << pages.parsedElsewhere
        << " fetched and parsed on the prefetch thread while the one before was applied, " << pages.refetched
        << " asked again by the writing thread; " << pages.waited
        << " not here yet when wanted (the writer committed and waited)" << Qt::endl;

    // 1,000 edits by an authority user: the push, then the coordinator's delta.
    Client writer(portal.url(), portal.token(u"alice"_s));
    writer.engine->run();
    {
        CaseFileStore store(writer.db.connection());
        Transaction tx(writer.db.connection());
        QString error;
        tx.begin(&error);
        for (int i = 0; i < 1000; ++i) {
            CaseFile c;
            c.authorityIstat = u"019002"_s;
            c.procedureCode = u"PAUR"_s;
            c.protocolNumber = u"BENCH-%1"_s.arg(i);
            c.startDate = QDate(2024, 5, 1);
            store.insertInTransaction(&c, EditContext::local(), &error);
        }
        tx.commit(&error);
    }
    t.restart();
    SyncResult pushed;
    const bool pushOk = writer.engine->push(&pushed);
    out << "push of 1000 mutations: " << t.elapsed() << " ms (" << (pushOk ? "ok" : qPrintable(pushed.error)) << ", "
        << pushed.pushed << " applied)" << Qt::endl;

    t.restart();
    cpu = cpuMs();
    r = reader.engine->run();
    out << "delta sync: " << r.pulled << " changes in " << t.elapsed() << " ms wall (target <= 300), " << cpuMs() - cpu
        << " ms client CPU (" << (r.ok ? "ok" : qPrintable(r.error)) << ")" << Qt::endl;
    out << "portal peak RSS " << portal.peakRssKb() / 1024 << " MiB" << Qt::endl;
    return 0;
}
