// Sync benchmark against the real portal on loopback (DESIGN.md §8 targets: initial sync of
// 1,000,000 records ≥ 50,000 records/s with peak memory ≤ 300 MB; a delta of 1,000 changes
// ≤ 300 ms client-side). Prints one line per figure.
#include "tests/sync/portalprocess.h"

#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

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
    parser.process(app);
    const qint64 records = parser.value(u"records"_s).toLongLong();
    QTextStream out(stdout);

    PortalProcess portal;
    portal.addUser(u"carol"_s, u"coordinator"_s);
    portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s});
    QElapsedTimer t;
    t.start();
    portal.admin({u"seed"_s, u"--records"_s, QString::number(records), u"--seed"_s, u"1"_s});
    out << "portal seeded " << records << " records in " << t.elapsed() << " ms" << Qt::endl;
    if (!portal.start({u"--test-mode"_s})) {
        out << "cannot start pass-portal" << Qt::endl;
        return 1;
    }

    Client reader(portal.url(), portal.token(u"carol"_s));
    const qint64 rssBefore = statusKb("VmRSS:");
    t.restart();
    SyncResult r = reader.engine->run();
    const qint64 initialMs = t.elapsed();
    if (!r.ok) {
        out << "initial sync failed: " << r.error << Qt::endl;
        return 1;
    }
    out << "initial sync: " << r.pulled << " records in " << initialMs << " ms = "
        << qRound64(r.pulled * 1000.0 / std::max<qint64>(1, initialMs)) << " records/s, "
        << r.bytes / (1024 * 1024) << " MiB received; client peak RSS " << statusKb("VmHWM:") / 1024
        << " MiB (before " << rssBefore / 1024 << " MiB)" << Qt::endl;

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
    r = reader.engine->run();
    out << "delta sync: " << r.pulled << " changes in " << t.elapsed() << " ms (" << (r.ok ? "ok" : qPrintable(r.error))
        << ")" << Qt::endl;
    out << "portal peak RSS " << portal.peakRssKb() / 1024 << " MiB" << Qt::endl;
    return 0;
}
