// passctl end to end, as IT staff and scripts use it: a real binary over a real store file.
#include "core/store/casefilestore.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QFileInfo>
#include <QSqlError>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <signal.h>

using namespace Qt::StringLiterals;

class TestPassctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void initDemoExportIndicators();
    void demoBuildsANewStoreAside();
    void demoKilledWhileBuildingLeavesNoStore_data();
    void demoKilledWhileBuildingLeavesNoStore();
    void usageErrorsExitNonZero_data();
    void usageErrorsExitNonZero();
    void newerStoreIsRefused();
    void targetsAreConfiguration();
    void sharesTheStoreWithARunningApplication();
    void importKilledMidwayLeavesTheStoreAsItWas();
    void importCancelledBySignalRollsBack_data();
    void importCancelledBySignalRollsBack();
    void exportedCasesImportIntoAnotherStore();
    void backupAndRestore();

private:
    struct Result
    {
        int code;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args);
    // Starts passctl with PASS_PAUSE_AT=stage and waits until it says it is paused there (see
    // pass::reachStage); false, with what it printed, when it ended without reaching the stage.
    static bool startPausedAt(QProcess &ctl, const QStringList &args, const QString &stage, QByteArray *err);

    QTemporaryDir m_dir;
    QString m_db;
};

TestPassctl::Result TestPassctl::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(PASSCTL_PATH), args);
    if (!p.waitForFinished(600000)) // only a bound for a hung process: a loaded machine is slow
        qFatal("passctl did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool TestPassctl::startPausedAt(QProcess &ctl, const QStringList &args, const QString &stage, QByteArray *err)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PASS_PAUSE_AT"_s, stage);
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(PASSCTL_PATH), args);
    if (!ctl.waitForStarted())
        return false;
    const QByteArray paused = "paused at " + stage.toUtf8() + '\n';
    // Waits for the line itself; the 1 s is only how often the loop looks at the process state.
    while (!err->contains(paused) && ctl.state() == QProcess::Running) {
        ctl.waitForReadyRead(1000);
        *err += ctl.readAllStandardError();
    }
    *err += ctl.readAllStandardError();
    return err->contains(paused) && ctl.state() == QProcess::Running;
}

void TestPassctl::initTestCase()
{
    m_db = m_dir.filePath(u"ctl.db"_s);
}

void TestPassctl::helpOnEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *c : {"init", "demo", "export", "indicators", "reindex", "targets", "report", "backup", "restore"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TestPassctl::helpOnEveryCommand()
{
    QFETCH(QString, command);
    const Result r = run({command, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QByteArray(QByteArray("passctl ") + command.toUtf8())), r.out.constData());
}

void TestPassctl::initDemoExportIndicators()
{
    Result r = run({u"--db"_s, m_db, u"init"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({u"--db"_s, m_db, u"demo"_s, u"--cases"_s, u"800"_s, u"--seed"_s, u"3"_s, u"--as-of"_s, u"2025-12-01"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("800 case files"));

    const QString csv = m_dir.filePath(u"cases.csv"_s);
    r = run({u"--db"_s, m_db, u"export"_s, u"cases"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.first().startsWith(
        "id,authority_istat,procedure_code,protocol_number,start_date,end_date,outcome,services_conference,suspended,responsible"));
    QCOMPARE(lines.size(), 802); // header + 800 rows + final newline
    QVERIFY(lines.at(1).contains(",true,") || lines.at(1).contains(",false,"));

    r = run({u"--db"_s, m_db, u"indicators"_s, u"--by"_s, u"taskforce"_s, u"--from"_s, u"2022-S1"_s,
             u"--to"_s, u"2025-S2"_s, u"--format"_s, u"csv"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.first(), QByteArray("semester,task_force,procedure_code,authority_istat,started,concluded,"
                                      "concluded_tacit,concluded_express,express_with_conference,"
                                      "express_with_suspension,avg_duration_days,legal_term_days,backlog,concluded_late,"
                                      "backlog_net,as_of"));
    QCOMPARE(rows.size(), 1 + 8 * 8); // 8 task forces x 8 semesters
    QVERIFY(rows.at(1).startsWith("2022-S1,VALUTAZIONI_AMBIENTALI,*,*,"));

    r = run({u"--db"_s, m_db, u"indicators"_s, u"--authority"_s, u"019035"_s, u"--from"_s, u"2024-S1"_s,
             u"--to"_s, u"2024-S1"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.trimmed().startsWith('['));
    QVERIFY(r.out.contains("\"authority_istat\": \"019035\""));

    // The running semester is marked with the day it is counted as of.
    r = run({u"--db"_s, m_db, u"indicators"_s, u"--by"_s, u"taskforce"_s, u"--from"_s, u"2025-S1"_s, u"--to"_s,
             u"2025-S1"_s, u"--as-of"_s, u"2025-03-31"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.trimmed().split('\n').at(1).endsWith(",2025-03-31"), r.out.constData());
}

void TestPassctl::usageErrorsExitNonZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << QByteArray("unknown command");
    QTest::newRow("bad semester") << QStringList{u"indicators"_s, u"--from"_s, u"2024-S3"_s} << QByteArray("2024-S3");
    QTest::newRow("bad as-of") << QStringList{u"indicators"_s, u"--as-of"_s, u"yesterday"_s} << QByteArray("--as-of");
    QTest::newRow("bad grouping") << QStringList{u"indicators"_s, u"--by"_s, u"region"_s} << QByteArray("--by");
    QTest::newRow("bad cases") << QStringList{u"demo"_s, u"--cases"_s, u"many"_s} << QByteArray("--cases");
    QTest::newRow("export what") << QStringList{u"export"_s} << QByteArray("export cases");
}

void TestPassctl::usageErrorsExitNonZero()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Result r = run(QStringList{u"--db"_s, m_db} + args);
    QVERIFY(r.code != 0);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

// passctl backup --out FILE and passctl restore FILE: the store comes back as it was at the
// backup, and what it held just before the restore is kept beside it.
void TestPassctl::backupAndRestore()
{
    const QString path = m_dir.filePath(u"backed.db"_s);
    const QString copy = m_dir.filePath(u"backed-copy.db"_s);
    Result r = run({u"--db"_s, path, u"targets"_s, u"set"_s, u"--backlog-reduction"_s, u"30"_s, u"--duration-reduction"_s, u"10"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({u"--db"_s, path, u"backup"_s});
    QCOMPARE(r.code, 2);
    r = run({u"--db"_s, path, u"backup"_s, u"--out"_s, copy});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({u"--db"_s, path, u"targets"_s, u"set"_s, u"--backlog-reduction"_s, u"50"_s, u"--duration-reduction"_s, u"10"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({u"--db"_s, path, u"restore"_s, copy});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains(".before-restore.bak"), r.out.constData());
    r = run({u"--db"_s, path, u"targets"_s});
    QVERIFY2(r.out.contains(",30,10,") && !r.out.contains(",50,10,"), r.out.constData());
    r = run({u"--db"_s, path, u"restore"_s, m_dir.filePath(u"missing.db"_s)});
    QCOMPARE(r.code, 1);
}

void TestPassctl::newerStoreIsRefused()
{
    const QString path = m_dir.filePath(u"future.db"_s);
    QVERIFY(run({u"--db"_s, path, u"init"_s}).code == 0);
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {path, u"PRAGMA user_version = 99;"_s});
    // scripts/setup.sh installs the sqlite3 shell; without it this check would silently not run.
    QVERIFY2(sqlite.waitForFinished() && sqlite.exitCode() == 0,
             qPrintable(u"the sqlite3 shell (scripts/setup.sh installs it) could not forge a newer store: %1 %2"_s
                            .arg(sqlite.errorString(), QString::fromLocal8Bit(sqlite.readAllStandardError()))));
    const Result r = run({u"--db"_s, path, u"indicators"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("newer version"), r.err.constData());
}

void TestPassctl::targetsAreConfiguration()
{
    const QString path = m_dir.filePath(u"targets.db"_s);
    Result r = run({u"--db"_s, path, u"targets"_s, u"set"_s, u"--procedure"_s, u"PDC-LOM"_s, u"--backlog-reduction"_s,
                    u"35"_s, u"--duration-reduction"_s, u"15"_s, u"--baseline"_s, u"2022-S1"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({u"--db"_s, path, u"targets"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("LOM,PDC-LOM,2022-S1,35,15,2025-06-30"), r.out.constData());
    r = run({u"--db"_s, path, u"targets"_s, u"set"_s, u"--backlog-reduction"_s, u"140"_s, u"--duration-reduction"_s, u"1"_s});
    QCOMPARE(r.code, 2);
    // Intermediate milestones, in date order between the baseline and the due date.
    r = run({u"--db"_s, path, u"targets"_s, u"set"_s, u"--backlog-reduction"_s, u"40"_s, u"--duration-reduction"_s, u"20"_s,
             u"--milestone"_s, u"2023-12-31:20:10"_s, u"--milestone"_s, u"2025-01-31:30"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = run({u"--db"_s, path, u"targets"_s});
    QVERIFY2(r.out.contains("LOM,*,2021-S2,40,20,2025-06-30,2023-12-31:20:10 2025-01-31:30:0"), r.out.constData());
    r = run({u"--db"_s, path, u"targets"_s, u"set"_s, u"--backlog-reduction"_s, u"40"_s, u"--duration-reduction"_s, u"20"_s,
             u"--milestone"_s, u"2026-01-31:30"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("2026-01-31"), r.err.constData());
    r = run({u"--db"_s, path, u"targets"_s, u"set"_s, u"--backlog-reduction"_s, u"40"_s, u"--duration-reduction"_s, u"20"_s,
             u"--milestone"_s, u"soon:30"_s});
    QCOMPARE(r.code, 2);
}

// A scheduled passctl run while the window is open: both write, neither fails with "database is
// locked", and the store stays consistent.
// `passctl demo` on a path with no store builds it aside (FreshStoreBuild) and moves it into
// place: the same data as through an opened store, a normal WAL store, nothing left behind.
void TestPassctl::demoBuildsANewStoreAside()
{
    const QStringList demo{u"demo"_s, u"--cases"_s, u"800"_s, u"--seed"_s, u"3"_s, u"--as-of"_s, u"2025-12-01"_s};
    const QString existing = m_dir.filePath(u"existing.db"_s);
    const QString fresh = m_dir.filePath(u"fresh/new.db"_s);
    QVERIFY(run({u"--db"_s, existing, u"init"_s}).code == 0);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"fresh"_s)));
    {
        // What a build killed halfway leaves behind is replaced, not trusted.
        QFile stale(fresh + u".building"_s);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("half a store");
    }
    for (const QString &path : {existing, fresh}) {
        const Result r = run(QStringList{u"--db"_s, path} + demo);
        QVERIFY2(r.code == 0, r.err.constData());
    }
    QVERIFY(!QFile::exists(fresh + u".building"_s));
    QCOMPARE(QFile::permissions(fresh) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    QByteArray exports[2];
    for (int i = 0; i < 2; ++i) {
        const QString csv = m_dir.filePath(u"export-%1.csv"_s.arg(i));
        const Result r = run({u"--db"_s, i == 0 ? existing : fresh, u"export"_s, u"cases"_s, u"--format"_s, u"csv"_s,
                              u"--out"_s, csv});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        exports[i] = f.readAll();
    }
    QCOMPARE(exports[1].count('\n'), 801);
    QCOMPARE(exports[1], exports[0]);

    pass::Database db(fresh);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
    QVERIFY(!q.next());
    // Written in start-date order, so that SQLite appended to its indexes.
    QVERIFY(q.exec(u"SELECT count(*) FROM case_files a JOIN case_files b ON b.rowid = a.rowid + 1 "
                   "WHERE b.start_date < a.start_date"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"SELECT count(*) FROM case_stats"_s) && q.next());
    QVERIFY(q.value(0).toInt() > 0);
}

// SIGKILL at each named stage of a new store's build (pass::reachStage): the process
// pauses there by itself, says so, and is killed while it waits, so the stage every kill hit is
// known on a fast machine and a slow one alike. Before the move the real path has no store, only
// the unfinished build beside it; after the move the store is complete. Never half written. The
// next run replaces what the killed one left behind.
void TestPassctl::demoKilledWhileBuildingLeavesNoStore_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("storeInPlace"); // where the kill should find the store
    for (const char *stage : {"fresh-store:opened", "demo:half-the-cases", "demo:data-written",
                              "fresh-store:switched-to-wal", "fresh-store:flushed"})
        QTest::newRow(stage) << QString::fromLatin1(stage) << false;
    QTest::newRow("fresh-store:moved") << u"fresh-store:moved"_s << true;
}

void TestPassctl::demoKilledWhileBuildingLeavesNoStore()
{
    QFETCH(QString, stage);
    QFETCH(bool, storeInPlace);
    constexpr int kCases = 20000;
    const QString path = m_dir.filePath(u"killed-%1/demo.db"_s.arg(QString(stage).replace(u':', u'-')));
    const QStringList args{u"--db"_s, path, u"demo"_s, u"--cases"_s, QString::number(kCases), u"--no-requests"_s};
    const QString building = path + u".building"_s;

    QProcess ctl;
    QByteArray err;
    QVERIFY2(startPausedAt(ctl, args, stage, &err), err.constData());
    ctl.kill();
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitStatus(), QProcess::CrashExit);

    QCOMPARE(QFile::exists(path), storeInPlace);
    QCOMPARE(QFile::exists(building), !storeInPlace);
    if (storeInPlace) {
        pass::Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM case_files"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), kCases);
        return;
    }
    // What the killed build left is replaced by the next one, which completes.
    const Result r = run(args);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!QFile::exists(building));
    QVERIFY(!QFile::exists(building + u"-wal"_s));
    pass::Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"SELECT count(*) FROM case_files"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), kCases);
}

void TestPassctl::sharesTheStoreWithARunningApplication()
{
    const QString path = m_dir.filePath(u"shared.db"_s);
    pass::Database app(path);
    QVERIFY2(app.open(), qPrintable(app.errorString()));
    // passctl paused half way through its write transaction (pass::reachStage): the application
    // reads the store as it was, none of the uncommitted rows.
    QProcess ctl;
    QByteArray err;
    QVERIFY2(startPausedAt(ctl, {u"--db"_s, path, u"demo"_s, u"--cases"_s, u"30000"_s, u"--no-requests"_s},
                           u"demo:half-the-cases"_s, &err),
             err.constData());
    QSqlQuery read(app.connection());
    QVERIFY(read.exec(u"SELECT count(*) FROM case_files"_s) && read.next());
    QCOMPARE(read.value(0).toInt(), 0);
    read.finish();
    // passctl goes on and the application writes at once: its first writes wait for passctl's
    // commit (the busy timeout), none fails.
    ctl.write("\n");
    QVERIFY(ctl.waitForBytesWritten()); // QProcess writes from its event loop otherwise
    pass::CaseFileStore store(app.connection());
    int written = 0;
    for (int i = 0; i < 200; ++i) {
        pass::CaseFile c;
        c.authorityIstat = u"015146"_s; // Milano: outside the demo area, so no protocol clash
        c.procedureCode = u"PDC-LOM-100K"_s;
        c.protocolNumber = u"APP/%1"_s.arg(i);
        c.startDate = QDate(2025, 1, 1).addDays(i);
        QString error;
        QVERIFY2(store.insert(&c, pass::EditContext::local(), &error), qPrintable(error));
        ++written;
    }
    QVERIFY(ctl.waitForFinished(600000));
    QVERIFY2(ctl.exitCode() == 0, ctl.readAllStandardError().constData());
    QSqlQuery q(app.connection());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    QVERIFY(q.exec(u"SELECT count(*) FROM case_files"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 30000 + written);
    // The first write waited for passctl's commit: every application row comes after its rows.
    QVERIFY(q.exec(u"SELECT count(*) FROM case_files WHERE authority_istat = '015146' AND rowid < "
                   "(SELECT max(rowid) FROM case_files WHERE authority_istat <> '015146')"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// SIGKILL while `passctl import` writes a large file into a new store: the next opening finds
// the store exactly as before the import (the uncommitted writes in the WAL are ignored, the
// dropped indexes are back) or, killed after its commit, complete; never in between. The same
// import then goes through.
void TestPassctl::importKilledMidwayLeavesTheStoreAsItWas()
{
    const QString path = m_dir.filePath(u"killed-import/store.db"_s);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    Result r = run({u"--db"_s, path, u"init"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString csv = m_dir.filePath(u"killed-import/big.csv"_s);
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ente;protocollo;procedimento;data avvio;data conclusione;esito\n");
        for (int i = 0; i < 300000; ++i) {
            f.write("019035;K" + QByteArray::number(i) + ";PDC-LOM;" + QByteArray::number(1 + i % 28) + "/03/2023;"
                    + (i % 3 ? "" : "10/06/2023;Rilasciato") + "\n");
        }
    }
    const auto snapshotOf = [](const QString &store) {
        pass::Database db(store);
        if (!db.open())
            return QStringList{db.errorString()};
        QSqlQuery q(db.connection());
        QStringList facts;
        for (const char *sql : {"PRAGMA integrity_check", "SELECT count(*) FROM case_files",
                                "SELECT count(*) FROM outbox", "SELECT count(*) FROM import_runs",
                                "SELECT count(*) FROM case_stats",
                                "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                "WHERE type = 'index' AND tbl_name = 'case_files' ORDER BY name)"}) {
            facts << (q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toString() : q.lastError().text());
        }
        return facts;
    };
    const auto snapshot = [&] { return snapshotOf(path); };
    const QStringList before = snapshot();
    QCOMPARE(before.first(), u"ok"_s);
    QVERIFY(before.last().contains(u"case_files_protocol"_s));

    // Each attempt starts from the store as it was and is killed while paused at a named stage
    // of the import (pass::reachStage); the complete result is measured on a copy.
    const QString pristine = m_dir.filePath(u"killed-import/pristine.db"_s);
    QVERIFY(QFile::copy(path, pristine));
    const auto restore = [&] {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return QFile::copy(pristine, path);
    };
    const QString scratch = m_dir.filePath(u"killed-import/scratch.db"_s);
    QVERIFY(QFile::copy(pristine, scratch));
    r = run({u"--db"_s, scratch, u"import"_s, csv});
    QVERIFY2(r.code == 0, r.err.constData());
    const QStringList complete = snapshotOf(scratch);
    QCOMPARE(complete.at(1), u"300000"_s);
    // Killed after its commit the import is complete; at every stage before, nothing of it is
    // left. The last kill leaves the store as before, for the retry below.
    const std::pair<const char *, bool> stages[] = {{"import:committed", true},
                                                    {"import:half-the-rows", false},
                                                    {"import:rows-written", false},
                                                    {"import:indexed", false}};
    QStringList landed;
    for (const auto &[stage, committed] : stages) {
        QVERIFY(restore());
        QProcess ctl;
        QByteArray err;
        QVERIFY2(startPausedAt(ctl, {u"--db"_s, path, u"import"_s, csv}, QString::fromLatin1(stage), &err),
                 err.constData());
        ctl.kill();
        QVERIFY(ctl.waitForFinished(30000));
        QCOMPARE(ctl.exitStatus(), QProcess::CrashExit);
        const QStringList after = snapshot();
        QVERIFY2(after == (committed ? complete : before), qPrintable(QString::fromLatin1(stage) + u": "_s + after.join(u", "_s)));
        landed << QString::fromLatin1(stage);
    }
    QCOMPARE(landed.size(), 4);
    qInfo("import killed at: %s", qPrintable(landed.join(u", "_s)));
    // After a kill, the same import goes through.
    r = run({u"--db"_s, path, u"import"_s, csv});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    const QStringList after = snapshot();
    QCOMPARE(after.at(0), u"ok"_s);
    QCOMPARE(after.at(1), u"300000"_s);
    QCOMPARE(after.last(), before.last());
}

void TestPassctl::importCancelledBySignalRollsBack_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

// Ctrl+C or SIGTERM while `passctl import --valid-rows --rejects` runs: the import is cancelled
// rather than killed, the store keeps nothing of it, the partial rejects file is removed, and
// the exit code and message say so.
void TestPassctl::importCancelledBySignalRollsBack()
{
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    const QString dir = m_dir.filePath(u"cancelled-import-%1"_s.arg(signal));
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/store.db"_s;
    Result r = run({u"--db"_s, path, u"import"_s, QFINDTESTDATA("../import/fixtures/canonical.csv")});
    QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData()); // a store with something in it
    const QString csv = dir + u"/big.csv"_s;
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ente;protocollo;procedimento;data avvio\n");
        // Every tenth row rejected, so the rejects file grows from the start.
        for (int i = 0; i < 400000; ++i)
            f.write("019035;S" + QByteArray::number(i) + ";PDC-LOM;" + (i % 10 ? "10/01/2023" : "nodate") + "\n");
    }
    const auto counts = [&] {
        pass::Database db(path);
        if (!db.open())
            return QStringList{db.errorString()};
        QSqlQuery q(db.connection());
        QStringList facts;
        for (const char *sql : {"PRAGMA integrity_check", "SELECT count(*) FROM case_files",
                                "SELECT count(*) FROM import_runs", "SELECT count(*) FROM outbox"})
            facts << (q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toString() : q.lastError().text());
        return facts;
    };
    const QStringList before = counts();
    QCOMPARE(before.first(), u"ok"_s);
    QVERIFY(before.at(1).toInt() > 0);

    const QString rejects = dir + u"/rejects.csv"_s;
    // Paused half way (pass::reachStage), signalled there, then let go: the signal lands while
    // the import is writing, on any machine.
    QProcess ctl;
    QByteArray paused;
    QVERIFY2(startPausedAt(ctl, {u"--db"_s, path, u"import"_s, csv, u"--valid-rows"_s, u"--rejects"_s, rejects},
                           u"import:half-the-rows"_s, &paused),
             paused.constData());
    QVERIFY(QFileInfo(rejects).size() > 0); // the run is writing its rejects
    QCOMPARE(::kill(pid_t(ctl.processId()), signal), 0);
    ctl.write("\n"); // goes on from the stage, with the signal already received
    QVERIFY(ctl.waitForBytesWritten());
    QVERIFY(ctl.waitForFinished(600000));
    const QByteArray err = paused + ctl.readAllStandardError();
    QCOMPARE(ctl.exitStatus(), QProcess::NormalExit); // ended by itself, not by the signal
    QVERIFY2(ctl.exitCode() == exitCode, err.right(2000).constData());
    QVERIFY2(err.contains("passctl import: import cancelled: nothing was changed\n"), err.right(2000).constData());
    QVERIFY(!err.contains("Rejected rows written to"));
    QVERIFY2(!QFileInfo::exists(rejects), "a partial rejects file was left behind");
    QCOMPARE(counts(), before);
}

void TestPassctl::exportedCasesImportIntoAnotherStore()
{
    // The canonical export is also an import format: a store's cases, exported as CSV or XLSX
    // by the real binary and imported by it into an empty store, export again byte for byte.
    const QString source = m_dir.filePath(u"roundtrip-a.db"_s);
    Result r = run({u"--db"_s, source, u"demo"_s, u"--cases"_s, u"600"_s, u"--seed"_s, u"11"_s, u"--as-of"_s,
                    u"2025-12-01"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QString csv = m_dir.filePath(u"roundtrip-a.csv"_s);
    const QString xlsx = m_dir.filePath(u"roundtrip-a.xlsx"_s);
    QCOMPARE(run({u"--db"_s, source, u"export"_s, u"cases"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv}).code, 0);
    QCOMPARE(run({u"--db"_s, source, u"export"_s, u"cases"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, xlsx}).code, 0);
    QFile original(csv);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray expected = original.readAll();
    QCOMPARE(expected.count('\n'), 601);

    for (const QString &file : {csv, xlsx}) {
        const QString target = m_dir.filePath(u"roundtrip-%1.db"_s.arg(QFileInfo(file).suffix()));
        QCOMPARE(run({u"--db"_s, target, u"init"_s}).code, 0);
        r = run({u"--db"_s, target, u"import"_s, file});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("600 new") && r.out.contains("0 rejected"), r.out.constData());
        const QString back = target + u".csv"_s;
        QCOMPARE(run({u"--db"_s, target, u"export"_s, u"cases"_s, u"--format"_s, u"csv"_s, u"--out"_s, back}).code, 0);
        QFile exported(back);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), expected);
        // And the same file again changes nothing.
        r = run({u"--db"_s, target, u"import"_s, file});
        QVERIFY2(r.code == 0 && r.out.contains("600 unchanged"), r.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestPassctl)
#include "tst_passctl.moc"
