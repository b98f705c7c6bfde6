#include "portalprocess.h"

#include "core/store/casefilecodec.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/store/transaction.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pass;

// SIGKILLs a sync client at random moments of a large initial sync and of a large push; after
// every kill the store must pass integrity_check, and in the end every edit is on the server
// exactly once and the sync completes.
class TestSyncCrash : public QObject
{
    Q_OBJECT
private:
    PortalProcess m_portal;
    QTemporaryDir m_dir;
    QRandomGenerator m_random{20250115};
    int m_kills = 0;
    int m_rounds = qEnvironmentVariableIntValue("PASS_CRASH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("PASS_CRASH_ROUNDS") : 12;

    static QString child() { return QStringLiteral(PASS_BINARY_DIR "/tests/sync/sync_crash_child"); }

    // Runs the child; kills it after killAfterMs (if still running). Returns true when it finished by itself with 0.
    bool runChild(const QString &store, const QString &user, int killAfterMs)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PASS_ACCESS_TOKEN"_s, m_portal.token(user));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(child(), {store, m_portal.url().toString()});
        if (!p.waitForStarted())
            return false;
        if (killAfterMs > 0 && !p.waitForFinished(killAfterMs)) {
            ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            ++m_kills;
            return false;
        }
        p.waitForFinished(300'000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
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

private slots:
    void initTestCase()
    {
        if (!QFile::exists(PortalProcess::binary()) || !QFile::exists(child()))
            QSKIP("pass-portal or sync_crash_child is not built");
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
        qint64 previous = 0;
        for (int i = 0; i < m_rounds; ++i) {
            if (runChild(store, u"carol"_s, 150 + int(m_random.bounded(900))))
                break; // finished before the kill
            qint64 cases = 0;
            QCOMPARE(integrity(store, &cases), u"ok"_s);
            QVERIFY(cases >= previous); // committed pages stay committed
            previous = cases;
        }
        QVERIFY(runChild(store, u"carol"_s, 0));
        qint64 cases = 0;
        QCOMPARE(integrity(store, &cases), u"ok"_s);
        QCOMPARE(cases, 20000 - 20000 / 50); // every case file once (the rest are requests)
        qInfo() << "initial sync: killed" << m_kills << "times";
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
        const int killsBefore = m_kills;
        for (int i = 0; i < m_rounds; ++i) {
            if (runChild(store, u"alice"_s, 100 + int(m_random.bounded(700))))
                break;
            qint64 cases = 0;
            QCOMPARE(integrity(store, &cases), u"ok"_s);
            QVERIFY(cases >= edits); // no committed edit lost
        }
        QVERIFY(runChild(store, u"alice"_s, 0));
        qint64 cases = 0, outbox = -1;
        QCOMPARE(integrity(store, &cases, &outbox), u"ok"_s);
        QCOMPARE(outbox, 0);
        // A fresh client sees each edit on the server exactly once.
        const QString fresh = m_dir.filePath(u"fresh.db"_s);
        QVERIFY(runChild(fresh, u"alice"_s, 0));
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
        qInfo() << "push: killed" << m_kills - killsBefore << "times";
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
