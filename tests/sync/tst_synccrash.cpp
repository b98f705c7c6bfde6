#include "portalprocess.h"

#include "core/store/casefilecodec.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/outbox.h"
#include "core/store/transaction.h"
#include "core/sync/pagewriter.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pass;

// SIGKILLs a sync client at known moments of a large initial sync and of a large push: the
// child pauses at the named stage it is given (after the Nth page applied, after the Nth batch
// pushed; see synccrashchild.cpp) and is killed there, so every kill lands mid-sync on any
// machine. After every kill the store must pass integrity_check and keep what was committed; in
// the end every edit is on the server exactly once and the sync completes.
class TestSyncCrash : public QObject
{
    Q_OBJECT
private:
    PortalProcess m_portal;
    QTemporaryDir m_dir;
    int m_rounds = qEnvironmentVariableIntValue("PASS_CRASH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("PASS_CRASH_ROUNDS") : 12;

    static QString child() { return QStringLiteral(PASS_BINARY_DIR "/tests/sync/sync_crash_child"); }

    enum class Outcome { Synced, Failed, KilledAtStage, EndedBeforeStage };

    // Runs the child to its end (no stage), or until it pauses at stage and is killed there.
    Outcome runChild(const QString &store, const QString &user, const QByteArray &stage = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PASS_ACCESS_TOKEN"_s, m_portal.token(user));
        if (!stage.isEmpty())
            env.insert(u"PASS_PAUSE_AT"_s, QString::fromLatin1(stage));
        p.setProcessEnvironment(env);
        p.start(child(), {store, m_portal.url().toString()});
        if (!p.waitForStarted())
            return Outcome::Failed;
        const QByteArray paused = "paused at " + stage + '\n';
        QByteArray err;
        // Waits for the child's own line; the 1 s is only how often the loop looks at its state.
        while (!stage.isEmpty() && !err.contains(paused) && p.state() == QProcess::Running) {
            p.waitForReadyRead(1000);
            err += p.readAllStandardError();
        }
        if (!stage.isEmpty() && err.contains(paused) && p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished(-1);
            return Outcome::KilledAtStage;
        }
        p.closeWriteChannel(); // a stage never named pauses nobody; nothing to wait for here
        p.waitForFinished(-1); // ctest's timeout bounds a hung child
        err += p.readAllStandardError();
        if (!err.isEmpty())
            qInfo().noquote() << "sync_crash_child:" << err.trimmed();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return Outcome::Failed;
        return stage.isEmpty() ? Outcome::Synced : Outcome::EndedBeforeStage;
    }

    static QString integrity(const QString &path, qint64 *cases = nullptr, qint64 *outbox = nullptr)
    {
        const QString name = u"check-%1"_s.arg(QRandomGenerator::global()->generate());
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            q.exec(u"PRAGMA integrity_check"_s);
            result = q.next() ? q.value(0).toString() : u"no answer"_s;
            if (cases) {
                q.exec(u"SELECT count(*) FROM case_files"_s);
                *cases = q.next() ? q.value(0).toLongLong() : -1;
            }
            if (outbox) {
                q.exec(u"SELECT count(*) FROM outbox"_s);
                *outbox = q.next() ? q.value(0).toLongLong() : -1;
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    // One number read from the store at path (-1 when it cannot be read).
    static qint64 scalar(const QString &path, const QString &sql)
    {
        const QString name = u"scalar-%1"_s.arg(QRandomGenerator::global()->generate());
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }
    static qint64 caseFileIndexes(const QString &path)
    {
        return scalar(path, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('%1')"_s
                                .arg(caseFileIndexNames().join(u"', '"_s)));
    }
    static qint64 deferMarkers(const QString &path)
    {
        return scalar(path, u"SELECT count(*) FROM sync_state WHERE key = 'deferred_case_indexes'"_s);
    }
    static qint64 casesCounted(const QString &path)
    {
        return scalar(path, u"SELECT sum(started) FROM case_stats WHERE authority_istat = '*'"_s);
    }

private slots:
    void initTestCase()
    {
        if (!PortalProcess::requireBuilt(PortalProcess::binary(), "pass-portal")
            || !PortalProcess::requireBuilt(child(), "sync_crash_child"))
            return;
        QVERIFY(m_portal.addUser(u"carol"_s, u"coordinator"_s));
        QVERIFY(m_portal.addUser(u"alice"_s, u"authority"_s, {u"019002"_s}));
        int code = -1;
        m_portal.admin({u"seed"_s, u"--records"_s, u"20000"_s, u"--seed"_s, u"7"_s}, {}, &code);
        QCOMPARE(code, 0);
        QVERIFY(m_portal.start({}));
    }

    void killedDuringInitialSync()
    {
        const QString store = m_dir.filePath(u"initial.db"_s);
        const qint64 total = 20000 - 20000 / 50; // every case file once (the rest are requests)
        // By turns: after this run's first page is applied (perhaps not committed yet: pages
        // share a transaction while the next one is already here), and right after its first
        // group of pages is committed (that kill must find more cases than the one before).
        const QByteArray stages[] = {"sync:pull-1", "sync:page-group-committed"};
        qint64 previous = 0;
        QHash<QByteArray, int> landed;
        int round = 0;
        for (; round < m_rounds; ++round) {
            const QByteArray stage = stages[round % 2];
            const Outcome outcome = runChild(store, u"carol"_s, stage);
            if (outcome == Outcome::EndedBeforeStage)
                break; // the rest of the sync fitted before the stage: it completed
            QVERIFY2(outcome == Outcome::KilledAtStage, stage.constData());
            qint64 cases = 0;
            QCOMPARE(integrity(store, &cases), u"ok"_s);
            QVERIFY(cases >= previous); // committed pages stay committed
            if (stage == stages[1]) {
                QVERIFY2(cases > previous || cases == total,
                         qPrintable(u"round %1: %2 cases before and after a commit"_s.arg(round).arg(cases)));
            }
            previous = cases;
            ++landed[stage];
            if (cases == total)
                break; // every page is committed: the next kill would interrupt nothing of the pull
        }
        QVERIFY2(landed.value(stages[0]) > 0 && landed.value(stages[1]) > 0, "kills did not land at both stages");
        QCOMPARE(runChild(store, u"carol"_s), Outcome::Synced);
        qint64 cases = 0;
        QCOMPARE(integrity(store, &cases), u"ok"_s);
        QCOMPARE(cases, total);
        qInfo("initial sync: %d rounds, killed %d times after a page, %d times after a commit", round,
              landed.value(stages[0]), landed.value(stages[1]));
    }

    // Killed at the very end of an initial sync: every page committed, the case file indexes
    // (the unique protocol one too) built but not committed. The records stay; the indexes and
    // the statistics come back whether the store is next opened offline or synced.
    void killedWhileBuildingTheIndexes()
    {
        const qint64 total = 20000 - 20000 / 50;
        for (const bool openedOffline : {false, true}) {
            const QString store = m_dir.filePath(u"indexes-%1.db"_s.arg(openedOffline));
            QCOMPARE(runChild(store, u"carol"_s, "sync:indexes-built"), Outcome::KilledAtStage);
            qint64 cases = 0;
            QCOMPARE(integrity(store, &cases), u"ok"_s);
            QCOMPARE(cases, total);
            QCOMPARE(caseFileIndexes(store), 0); // the build was rolled back with the process
            QCOMPARE(deferMarkers(store), 1);
            if (openedOffline) {
                Database db(store);
                QVERIFY(db.open());
                bool repaired = false;
                QString error;
                QVERIFY2(PageWriter::repairInterruptedInitialSync(db.connection(), &repaired, &error), qPrintable(error));
                QVERIFY(repaired);
                db.close();
                QCOMPARE(caseFileIndexes(store), caseFileIndexNames().size());
                QCOMPARE(casesCounted(store), total);
            }
            QCOMPARE(runChild(store, u"carol"_s), Outcome::Synced);
            QCOMPARE(integrity(store, &cases), u"ok"_s);
            QCOMPARE(cases, total);
            QCOMPARE(caseFileIndexes(store), caseFileIndexNames().size());
            QCOMPARE(deferMarkers(store), 0);
            QCOMPARE(casesCounted(store), total);
        }
    }

    void killedDuringPush()
    {
        const QString store = m_dir.filePath(u"push.db"_s);
        const int edits = 3000;
        {
            Database db(store);
            QVERIFY(db.open());
            {
                CaseFileStore cases(db.connection());
                Transaction tx(db.connection());
                QString error;
                QVERIFY(tx.begin(&error));
                for (int i = 0; i < edits; ++i) {
                    CaseFile c;
                    c.authorityIstat = u"019002"_s;
                    c.procedureCode = u"PAUR"_s;
                    c.protocolNumber = u"CR-%1"_s.arg(i);
                    c.startDate = QDate(2024, 1, 1).addDays(i % 300);
                    QVERIFY2(cases.insertInTransaction(&c, EditContext::local(), &error), qPrintable(error));
                }
                QVERIFY(tx.commit(&error));
            }
            db.close();
        }
        qint64 previousOutbox = edits;
        QStringList landed;
        for (int i = 0; i < m_rounds; ++i) {
            // After the 1st or 2nd committed batch of 100 (30 in all): each kill lands mid-push.
            const int batches = 1 + i % 2;
            const QByteArray stage = "sync:push-" + QByteArray::number(batches);
            QVERIFY2(runChild(store, u"alice"_s, stage) == Outcome::KilledAtStage, stage.constData());
            qint64 cases = 0, outbox = -1;
            QCOMPARE(integrity(store, &cases, &outbox), u"ok"_s);
            QVERIFY(cases >= edits); // no committed edit lost
            // Exactly the batches acknowledged before the kill left the outbox.
            QCOMPARE(outbox, previousOutbox - 100 * batches);
            previousOutbox = outbox;
            landed << QString::fromLatin1(stage);
        }
        QCOMPARE(landed.size(), m_rounds);
        QCOMPARE(runChild(store, u"alice"_s), Outcome::Synced);
        qint64 cases = 0, outbox = -1;
        QCOMPARE(integrity(store, &cases, &outbox), u"ok"_s);
        QCOMPARE(outbox, 0);
        // A fresh client sees each edit on the server exactly once.
        const QString fresh = m_dir.filePath(u"fresh.db"_s);
        QCOMPARE(runChild(fresh, u"alice"_s), Outcome::Synced);
        const QString name = u"fresh-check"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(fresh);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.exec(u"SELECT count(*), count(DISTINCT protocol_number) FROM case_files WHERE protocol_number LIKE 'CR-%'"_s);
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), edits);
            QCOMPARE(q.value(1).toInt(), edits);
        }
        QSqlDatabase::removeDatabase(name);
        qInfo().noquote() << "push: killed" << landed.size() << "times, at" << landed.join(u", "_s);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
