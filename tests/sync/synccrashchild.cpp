// A sync client in its own process, for the crash test to SIGKILL at known moments.
// Usage: sync_crash_child STORE URL   (access token in PASS_ACCESS_TOKEN)
// Each progress report of the engine is a named stage (pass::reachStage): sync:push-N after
// the Nth pushed batch is committed, sync:pull-N after the Nth pulled page is applied (counted
// from this run's start). With PASS_PAUSE_AT naming one, the child pauses there to be killed.
#include "core/store/database.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/sync/syncengine.h"
#include "core/util/stage.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    pass::Database db(args[1]);
    if (!db.open()) {
        qWarning("%s", qPrintable(db.errorString()));
        return 1;
    }
    QNetworkAccessManager nam;
    pass::PortalClient client(&nam, pass::SyncClock::system());
    QString error;
    if (!client.setBaseUrl(QUrl(args[2]), &error))
        return 1;
    client.setAccessToken(qEnvironmentVariable("PASS_ACCESS_TOKEN"));
    pass::SyncEngine engine(db.connection(), &client);
    engine.addDefaultAdapters();
    engine.setPageSize(500);
    engine.setPushBatchSize(100);
    int pushes = 0;
    int pulls = 0;
    engine.setProgressCallback([&](const pass::SyncProgress &p) {
        if (p.phase == pass::SyncProgress::Phase::Push)
            pass::reachStage(QByteArray("sync:push-" + QByteArray::number(++pushes)).constData());
        else if (p.phase == pass::SyncProgress::Phase::Pull)
            pass::reachStage(QByteArray("sync:pull-" + QByteArray::number(++pulls)).constData());
    });
    const pass::SyncResult r = engine.run();
    if (!r.ok)
        qWarning("sync failed: %s", qPrintable(r.error));
    return r.ok ? 0 : 1;
}
