// Issue 13's done-when, on the command line: three stores — an authority user (anna), the
// coordinator (coord) and an expert (marco) — each driven by the real passctl, against the real
// pass-portal on loopback. A request goes from draft to completed with a visit; each client works
// offline between syncs and every step arrives on the other side. The portal refuses a move the
// client was tricked into allowing, and names the rule.
#include "portalprocess.h"

#include "core/requests/requestlistquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestLife : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // passctl on the user's own store, with the user's token for sync.
    Run passctl(const QString &user, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PASS_ACCESS_TOKEN"_s, m_tokens.value(user));
        env.insert(u"LANG"_s, u"C"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(PASSCTL_BINARY), QStringList{u"--db"_s, m_dir.filePath(user + u".db"_s)} + args);
        if (!p.waitForFinished(120000))
            return {};
        Run r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        if (r.code != 0)
            qInfo().noquote() << user << args.join(u' ') << "→" << r.code << r.err;
        return r;
    }

    bool sync(const QString &user)
    {
        const Run r = passctl(user, {u"sync"_s, u"--server"_s, m_portal.url().toString()});
        return r.code == 0 && !r.err.contains(u"could not learn"_s);
    }

    QJsonObject show(const QString &user, const QString &id)
    {
        return QJsonDocument::fromJson(passctl(user, {u"request"_s, u"show"_s, id, u"--format"_s, u"json"_s}).out.toUtf8())
            .object();
    }

    // "Assigned to me" in the user's own store, as the application's list counts it.
    int assignedCount(const QString &user)
    {
        int count = -1;
        {
            QSqlDatabase store = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            store.setDatabaseName(m_dir.filePath(user + u".db"_s));
            if (store.open()) {
                pass::RequestFilter mine;
                mine.assignedTo = user;
                count = pass::RequestListQuery(store).count(mine);
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return count;
    }

    QTemporaryDir m_dir;
    PortalProcess m_portal;
    QHash<QString, QString> m_tokens;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_portal.addUser(u"anna"_s, u"authority"_s, {u"019035"_s}));
        QVERIFY(m_portal.addUser(u"marco"_s, u"expert"_s, {u"019035"_s}));
        QVERIFY(m_portal.addUser(u"coord"_s, u"coordinator"_s));
        QVERIFY(m_portal.start());
        for (const QString &user : {u"anna"_s, u"marco"_s, u"coord"_s}) {
            m_tokens.insert(user, m_portal.token(user));
            QVERIFY(!m_tokens.value(user).isEmpty());
            QCOMPARE(passctl(user, {u"init"_s}).code, 0);
            QVERIFY2(sync(user), qPrintable(user)); // learns who the account is
        }
        QCOMPARE(passctl(u"marco"_s, {u"whoami"_s}).out, u"marco expert 019035\n"_s);
    }

    void draftToCompletedAcrossThreeClients()
    {
        // anna, offline: a draft, then submitted.
        const Run created = passctl(u"anna"_s, {u"request"_s, u"create"_s, u"--task-force"_s, u"EDILIZIA_URBANISTICA"_s,
                                               u"--procedure"_s, u"PDC"_s, u"--kind"_s, u"coaching"_s, u"--subject"_s,
                                               u"Arretrato permessi di costruire"_s, u"--priority"_s, u"high"_s});
        QCOMPARE(created.code, 0);
        const QString id = created.out.trimmed();
        QCOMPARE(show(u"anna"_s, id).value(u"status"_s).toString(), u"draft"_s);
        // The client's own table refuses what is not anna's move, with the rule's words.
        const Run selfAccept = passctl(u"anna"_s, {u"request"_s, u"accept"_s, id});
        QCOMPARE(selfAccept.code, 3);
        QVERIFY2(selfAccept.err.contains(u"only the technical secretariat can accept a request [accept.who]"_s),
                 qPrintable(selfAccept.err));
        QCOMPARE(passctl(u"anna"_s, {u"request"_s, u"submit"_s, id}).code, 0);
        QVERIFY(sync(u"anna"_s));

        // The coordinator accepts and assigns marco, offline, then syncs.
        QVERIFY(sync(u"coord"_s));
        QCOMPARE(show(u"coord"_s, id).value(u"status"_s).toString(), u"submitted"_s);
        QCOMPARE(passctl(u"coord"_s, {u"request"_s, u"accept"_s, id}).code, 0);
        QCOMPARE(passctl(u"coord"_s, {u"request"_s, u"assign"_s, id, u"--expert"_s, u"marco"_s}).code, 0);
        QVERIFY(sync(u"coord"_s));

        // marco receives it, starts, logs a visit offline; then syncs.
        QVERIFY(sync(u"marco"_s));
        QJsonObject atMarco = show(u"marco"_s, id);
        QCOMPARE(atMarco.value(u"status"_s).toString(), u"assigned"_s);
        QCOMPARE(atMarco.value(u"assigned_experts"_s).toArray(), QJsonArray{u"marco"_s});
        // The pulled request is in marco's "assigned to me": the side table followed the pull.
        QCOMPARE(assignedCount(u"marco"_s), 1);
        QCOMPARE(passctl(u"marco"_s, {u"request"_s, u"start"_s, id}).code, 0);
        const Run visit = passctl(u"marco"_s, {u"visit"_s, u"add"_s, u"--request"_s, id, u"--date"_s, u"2026-11-12"_s,
                                              u"--start"_s, u"09:00"_s, u"--end"_s, u"12:30"_s, u"--mode"_s, u"onsite"_s,
                                              u"--participants"_s, u"RUP, tecnico istruttore"_s, u"--activities"_s,
                                              u"Analisi delle 40 pratiche in arretrato"_s, u"--follow-up"_s,
                                              u"Inviare la check-list@2026-11-20"_s, u"--procedure"_s, u"PDC"_s});
        QCOMPARE(visit.code, 0);
        const QString visitId = visit.out.trimmed();
        QVERIFY(sync(u"marco"_s));

        // anna sees the start and the visit, confirms the visit offline, syncs.
        QVERIFY(sync(u"anna"_s));
        QJsonObject atAnna = show(u"anna"_s, id);
        QCOMPARE(atAnna.value(u"status"_s).toString(), u"in_progress"_s);
        QCOMPARE(atAnna.value(u"visits"_s).toArray().size(), 1);
        const QJsonObject v = atAnna.value(u"visits"_s).toArray().at(0).toObject();
        QCOMPARE(v.value(u"hours"_s).toDouble(), 3.5);
        QCOMPARE(v.value(u"follow_up_items"_s).toArray().at(0)[u"due"_s].toString(), u"2026-11-20"_s);
        QCOMPARE(passctl(u"anna"_s, {u"visit"_s, u"confirm"_s, visitId}).code, 0);
        QCOMPARE(passctl(u"anna"_s, {u"request"_s, u"comment"_s, id, u"--text"_s, u"Grazie, ottimo lavoro"_s}).code, 0);
        QVERIFY(sync(u"anna"_s));

        // marco sees the countersignature, completes with a summary.
        QVERIFY(sync(u"marco"_s));
        const Run list = passctl(u"marco"_s, {u"visit"_s, u"list"_s, u"--expert"_s, u"marco"_s});
        QVERIFY2(list.out.contains(u"confirmed"_s), qPrintable(list.out));
        const Run noSummary = passctl(u"marco"_s, {u"request"_s, u"complete"_s, id});
        QCOMPARE(noSummary.code, 3);
        QVERIFY(noSummary.err.contains(u"[complete.summary]"_s));
        QCOMPARE(passctl(u"marco"_s, {u"request"_s, u"complete"_s, id, u"--summary"_s,
                                      u"Arretrato ridotto da 40 a 12 pratiche"_s}).code, 0);
        QVERIFY(sync(u"marco"_s));

        // Everyone ends with the same request and the same history.
        QVERIFY(sync(u"anna"_s));
        QVERIFY(sync(u"coord"_s));
        for (const QString &user : {u"anna"_s, u"coord"_s, u"marco"_s}) {
            const QJsonObject r = show(user, id);
            QCOMPARE(r.value(u"status"_s).toString(), u"completed"_s);
            QCOMPARE(r.value(u"closing_summary"_s).toString(), u"Arretrato ridotto da 40 a 12 pratiche"_s);
            QStringList steps;
            for (const QJsonValue &h : r.value(u"status_history"_s).toArray())
                steps << h[u"status"_s].toString() + u':' + h[u"by"_s].toString();
            QCOMPARE(steps, (QStringList{u"draft:anna"_s, u"submitted:anna"_s, u"accepted:coord"_s,
                                         u"assigned:coord"_s, u"in_progress:marco"_s, u"completed:marco"_s}));
            QCOMPARE(r.value(u"messages"_s).toArray().size(), 1);
            QCOMPARE(r.value(u"visits"_s).toArray().at(0)[u"confirmation"_s].toString(), u"confirmed"_s);
        }
    }

    void timesheetAsXlsxAndPdf()
    {
        // marco's November: the one confirmed visit of 3.5 hours.
        const QString xlsx = m_dir.filePath(u"marco-2026-11.xlsx"_s);
        const Run x = passctl(u"marco"_s, {u"timesheet"_s, u"--expert"_s, u"marco"_s, u"--month"_s, u"2026-11"_s,
                                          u"--out"_s, xlsx});
        QCOMPARE(x.code, 0);
        QVERIFY2(x.out.startsWith(u"1 visits, 3.50 hours (3.50 confirmed)"_s), qPrintable(x.out));
        QFile file(xlsx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK"));
        const QString pdf = m_dir.filePath(u"marco-2026-11.pdf"_s);
        const Run p = passctl(u"marco"_s, {u"timesheet"_s, u"--expert"_s, u"marco"_s, u"--month"_s, u"2026-11"_s,
                                          u"--out"_s, pdf});
        QCOMPARE(p.code, 0);
        QProcess text;
        text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        if (!text.waitForStarted())
            QSKIP("pdftotext is not installed");
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(u"marco"_s) && content.contains(u"12/11/2026"_s) && content.contains(u"3.50"_s),
                 qPrintable(content));
        QVERIFY(!QFile::exists(pdf + u".part"_s));
    }

    void thePortalRefusesWhatAFakedClientAllows()
    {
        const Run created = passctl(u"anna"_s, {u"request"_s, u"create"_s, u"--task-force"_s, u"EDILIZIA_URBANISTICA"_s,
                                               u"--kind"_s, u"legal"_s, u"--subject"_s, u"Parere SCIA"_s, u"--submit"_s});
        QCOMPARE(created.code, 0);
        const QString id = created.out.trimmed();
        QVERIFY(sync(u"anna"_s));
        // anna's store is told she is the coordinator: the client lets her accept, the portal does not.
        QCOMPARE(passctl(u"anna"_s, {u"whoami"_s, u"--set"_s, u"anna:coordinator"_s}).code, 0);
        QCOMPARE(passctl(u"anna"_s, {u"request"_s, u"accept"_s, id}).code, 0);
        const Run s = passctl(u"anna"_s, {u"sync"_s, u"--server"_s, m_portal.url().toString()});
        QVERIFY2(s.out.contains(u"1 refused"_s), qPrintable(s.out));
        const Run refused = passctl(u"anna"_s, {u"rejections"_s, u"list"_s});
        QVERIFY2(refused.out.contains(u"only the technical secretariat can accept a request"_s), qPrintable(refused.out));
        // The sync put the real identity back.
        QCOMPARE(passctl(u"anna"_s, {u"whoami"_s}).out, u"anna authority 019035\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestRequestLife)
#include "tst_requestlife.moc"
