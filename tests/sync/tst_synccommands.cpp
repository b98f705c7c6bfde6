#include "portalprocess.h"

#include "app/passctl/synccommands.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/sync/portalproblem.h"
#include "core/sync/rejectionstore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

// passctl's sync commands as functions: scripted case edits, sync with PASS_ACCESS_TOKEN,
// status and conflicts; and the token is nowhere in the store afterwards.
class TestSyncCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    int run(Database &db, int (*command)(CommandContext &), const QStringList &args, QString *out)
    {
        QString err;
        QTextStream o(out), e(&err);
        CommandContext ctx{db, args, o, e};
        const int code = command(ctx);
        o.flush();
        e.flush();
        if (!err.isEmpty())
            qInfo().noquote() << "stderr:" << err;
        return code;
    }

private slots:
    void refusedEditsAreCountedListedAndCleared()
    {
        Database db(m_dir.filePath(u"refused.db"_s));
        QVERIFY(db.open());
        OutboxEntry entry;
        entry.mutationId = u"4f1c2d3e-0000-4000-8000-000000000001"_s;
        entry.entity = u"case_file"_s;
        entry.recordId = u"rec-1"_s;
        entry.op = u"update"_s;
        entry.fields = QJsonObject{{u"protocol_number"_s, u""_s}};
        const PortalProblem problem{422, {}, u"protocol_number must not be empty"_s, {}, u"protocol_number"_s};
        QString error;
        QVERIFY2(RejectionStore(db.connection()).record(entry, problem, &error), qPrintable(error));
        QVERIFY2(RejectionStore(db.connection()).record(entry, problem, &error), qPrintable(error)); // retried: once
        QString out;
        QCOMPARE(run(db, runStatusCommand, {u"--format"_s, u"json"_s}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(u"rejected").toInt(), 1);
        out.clear();
        QCOMPARE(run(db, runRejectionsCommand, {u"list"_s}, &out), 0);
        QVERIFY2(out.contains(u"update case_file rec-1"_s) && out.contains(u"protocol_number must not be empty"_s),
                 qPrintable(out));
        out.clear();
        QCOMPARE(run(db, runRejectionsCommand, {u"list"_s, u"--format"_s, u"json"_s}, &out), 0);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(u"status").toInt(), 422);
        QCOMPARE(list[0].toObject().value(u"field").toString(), u"protocol_number"_s);
        QCOMPARE(list[0].toObject().value(u"fields").toObject().value(u"protocol_number").toString(), u""_s);
        out.clear();
        QCOMPARE(run(db, runRejectionsCommand, {u"clear"_s}, &out), 0);
        QCOMPARE(out, u"cleared 1 refused edits\n"_s);
        out.clear();
        QCOMPARE(run(db, runRejectionsCommand, {}, &out), 0);
        QCOMPARE(out, u"no refused edits\n"_s);
        QCOMPARE(run(db, runRejectionsCommand, {u"forget"_s}, &out), 2);
    }

    // passctl status tells edits waiting for a retry (a server failure) apart from edits the
    // portal refused, each with the portal's own words.
    void statusSeparatesRetriesFromRefusals()
    {
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        Database db(m_dir.filePath(u"retry.db"_s));
        QVERIFY(db.open());
        QString out;
        QCOMPARE(run(db, runCaseCommand, {u"add"_s, u"authority_istat=019002"_s, u"procedure_code=PAUR"_s,
                                          u"protocol_number=RT-1"_s, u"start_date=2024-02-01"_s}, &out), 0);
        QCOMPARE(run(db, runCaseCommand, {u"add"_s, u"authority_istat=019003"_s, u"procedure_code=PAUR"_s,
                                          u"protocol_number=RT-2"_s, u"start_date=2024-02-01"_s}, &out), 0);
        PortalProcess portal;
        QVERIFY(portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(portal.start());
        QVERIFY(portal.failWrites(1));
        qputenv("PASS_ACCESS_TOKEN", portal.token(u"alice"_s).toUtf8());
        out.clear();
        QVERIFY(run(db, runSyncCommand, {u"--server"_s, portal.url().toString()}, &out) != 0);
        qunsetenv("PASS_ACCESS_TOKEN");
        out.clear();
        QCOMPARE(run(db, runStatusCommand, {u"--format"_s, u"json"_s}, &out), 0);
        const QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray retrying = status.value(u"retrying").toArray();
        const QJsonArray refused = status.value(u"refused").toArray();
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(status.value(u"outbox").toInt(), 1);
        QCOMPARE(status.value(u"rejected").toInt(), 1);
        QVERIFY2(retrying[0].toObject().value(u"error").toString().contains(u"send it again later"_s), qPrintable(out));
        QCOMPARE(retrying[0].toObject().value(u"attempts").toInt(), 1);
        QVERIFY2(refused[0].toObject().value(u"message").toString().contains(u"not an authority of yours"_s), qPrintable(out));
        QCOMPARE(refused[0].toObject().value(u"status").toInt(), 403);
        out.clear();
        QCOMPARE(run(db, runStatusCommand, {}, &out), 0);
        QVERIFY2(out.contains(u"waiting for a retry"_s) && out.contains(u"send it again later"_s)
                     && out.contains(u"refused by the portal"_s) && out.contains(u"not an authority of yours"_s),
                 qPrintable(out));
    }

    void caseAddUpdateSyncStatus()
    {
        Database db(m_dir.filePath(u"cli.db"_s));
        QVERIFY(db.open());
        QString out;
        QCOMPARE(run(db, runCaseCommand, {u"add"_s, u"authority_istat=019002"_s, u"procedure_code=PAUR"_s,
                                          u"protocol_number=CLI-1"_s, u"start_date=2024-02-01"_s,
                                          u"services_conference=yes"_s, u"suspended=true"_s, u"responsible=Ing. Verdi"_s},
                     &out), 0);
        const QString id = out.trimmed();
        QCOMPARE(id.size(), 36);
        out.clear();
        QCOMPARE(run(db, runCaseCommand, {u"update"_s, id, u"end_date=2024-06-30"_s, u"outcome=express"_s}, &out), 0);
        out.clear();
        QCOMPARE(run(db, runCaseCommand, {u"add"_s, u"colour=blue"_s}, &out), 2);
        QCOMPARE(run(db, runStatusCommand, {u"--format"_s, u"json"_s}, &out), 0);
        QJsonObject status = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(status.value(u"outbox").toInt(), 2);
        QCOMPARE(status.value(u"conflicts").toInt(), 0);

        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal"))
            return;
        PortalProcess portal;
        QVERIFY(portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s}));
        QVERIFY(portal.start());
        const QString token = portal.token(u"alice"_s);
        qputenv("PASS_ACCESS_TOKEN", token.toUtf8());
        out.clear();
        QCOMPARE(run(db, runSyncCommand, {u"--server"_s, portal.url().toString()}, &out), 0);
        QVERIFY2(out.contains(u"2 sent"_s), qPrintable(out));
        qunsetenv("PASS_ACCESS_TOKEN");
        out.clear();
        QCOMPARE(run(db, runStatusCommand, {u"--format"_s, u"json"_s}, &out), 0);
        status = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(status.value(u"outbox").toInt(), 0);
        QVERIFY(!status.value(u"last_sync").toString().isEmpty());
        QVERIFY(!status.value(u"cursor").toString().isEmpty());
        out.clear();
        QCOMPARE(run(db, runConflictsCommand, {u"list"_s}, &out), 0);
        QCOMPARE(out, u"no open conflicts\n"_s);
        // Without a token and without a sign-in: a clear message, no request.
        out.clear();
        QCOMPARE(run(db, runSyncCommand, {u"--server"_s, portal.url().toString()}, &out), 1);
        // The token is in no file we wrote.
        db.close();
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncCommands)
#include "tst_synccommands.moc"
