// Issue 13's done-when, on the command line: three stores — an authority user (anna), the
// coordinator (coord) and an expert (marco) — each driven by the real passctl, against the real
// pass-portal on loopback. A request goes from draft to completed with a visit and documents;
// each client works offline between syncs and every step arrives on the other side, the
// documents' bytes too (checked against their SHA-256). A user of another authority (bruno)
// cannot fetch them; content damaged on the portal is refused and nothing of it is stored. The
// portal refuses a move the client was tricked into allowing, and names the rule.
#include "portalprocess.h"
#include "tests/common/storereads.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

    // A file with a PDF's signature and some text: what `request attach` takes.
    QString pdfFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write("%PDF-1.4\n% " + text + "\n%%EOF\n");
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString sha256(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    // What the portal answers a GET of a document's content with the user's token.
    int fetchStatus(const QString &user, const QString &requestId, const QString &hash)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_portal.url().resolved(
            QUrl(u"/api/v1/support-requests/%1/documents/%2"_s.arg(requestId, hash))));
        request.setRawHeader("Authorization", "Bearer " + m_tokens.value(user).toLatin1());
        QNetworkReply *reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    // The content files the portal keeps under its state folder.
    QStringList portalBlobs() const
    {
        QStringList files;
        QDirIterator it(QFileInfo(m_portal.dbPath()).absolutePath() + u"/blobs"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
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
                count = pass::testutil::requestCount(store, mine);
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
        QVERIFY(m_portal.addUser(u"bruno"_s, u"authority"_s, {u"019036"_s}));
        QVERIFY(m_portal.start());
        for (const QString &user : {u"anna"_s, u"marco"_s, u"coord"_s, u"bruno"_s}) {
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
        // anna attaches the backlog's list to the draft, offline: it waits with its bytes.
        const QString listFile = pdfFile(u"Elenco pratiche arretrate.pdf"_s, "40 pratiche PdC in arretrato");
        const QByteArray listBytes = readAll(listFile);
        const Run attached = passctl(u"anna"_s, {u"request"_s, u"attach"_s, id, listFile});
        QCOMPARE(attached.code, 0);
        QCOMPARE(attached.out.trimmed().section(u' ', 1), sha256(listBytes));
        QCOMPARE(show(u"anna"_s, id).value(u"documents"_s).toArray().at(0)[u"state"_s].toString(), u"waiting-to-upload"_s);
        QCOMPARE(passctl(u"anna"_s, {u"request"_s, u"submit"_s, id}).code, 0);
        QVERIFY(sync(u"anna"_s));
        QCOMPARE(show(u"anna"_s, id).value(u"documents"_s).toArray().at(0)[u"state"_s].toString(), u"on-the-portal"_s);
        QCOMPARE(portalBlobs().size(), 1);

        // The coordinator accepts and assigns marco, offline, then syncs.
        QVERIFY(sync(u"coord"_s));
        QCOMPARE(show(u"coord"_s, id).value(u"status"_s).toString(), u"submitted"_s);
        // The document came with the request, its bytes checked against the hash.
        const QJsonObject atCoord = show(u"coord"_s, id).value(u"documents"_s).toArray().at(0).toObject();
        QCOMPARE(atCoord.value(u"file_name"_s).toString(), u"Elenco pratiche arretrate.pdf"_s);
        QCOMPARE(atCoord.value(u"added_by"_s).toString(), u"anna"_s);
        QCOMPARE(atCoord.value(u"state"_s).toString(), u"on-the-portal"_s);
        const QString coordCopy = m_dir.filePath(u"coord-copy.pdf"_s);
        QCOMPARE(passctl(u"coord"_s, {u"request"_s, u"fetch-document"_s, id, sha256(listBytes), u"--out"_s, coordCopy}).code, 0);
        QCOMPARE(readAll(coordCopy), listBytes);
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
        // His report of the visit, and the backlog's list again under another name: the same
        // content is stored once on the portal.
        const QString reportFile = pdfFile(u"Relazione visita 12-11.pdf"_s, "Analisi delle 40 pratiche");
        QCOMPARE(passctl(u"marco"_s, {u"request"_s, u"attach"_s, id, reportFile}).code, 0);
        const QString again = m_dir.filePath(u"elenco (copia).pdf"_s);
        QVERIFY(QFile::copy(listFile, again));
        QCOMPARE(passctl(u"marco"_s, {u"request"_s, u"attach"_s, id, again}).code, 0);
        QVERIFY(sync(u"marco"_s));
        QCOMPARE(portalBlobs().size(), 2);

        // anna sees the start and the visit, confirms the visit offline, syncs.
        QVERIFY(sync(u"anna"_s));
        QJsonObject atAnna = show(u"anna"_s, id);
        QCOMPARE(atAnna.value(u"status"_s).toString(), u"in_progress"_s);
        QCOMPARE(atAnna.value(u"visits"_s).toArray().size(), 1);
        const QJsonObject v = atAnna.value(u"visits"_s).toArray().at(0).toObject();
        QCOMPARE(v.value(u"hours"_s).toDouble(), 3.5);
        QCOMPARE(v.value(u"follow_up_items"_s).toArray().at(0)[u"due"_s].toString(), u"2026-11-20"_s);
        const QString annaCopy = m_dir.filePath(u"anna-report.pdf"_s);
        QCOMPARE(passctl(u"anna"_s, {u"request"_s, u"fetch-document"_s, id, sha256(readAll(reportFile)), u"--out"_s,
                                     annaCopy}).code, 0);
        QCOMPARE(readAll(annaCopy), readAll(reportFile));
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
            QStringList documents;
            for (const QJsonValue &d : r.value(u"documents"_s).toArray()) {
                documents << d[u"file_name"_s].toString() + u':' + d[u"added_by"_s].toString();
                QCOMPARE(d[u"state"_s].toString(), u"on-the-portal"_s);
            }
            documents.sort();
            QCOMPARE(documents, (QStringList{u"Elenco pratiche arretrate.pdf:anna"_s, u"Relazione visita 12-11.pdf:marco"_s,
                                             u"elenco (copia).pdf:marco"_s}));
        }
        // Scoped like the request: bruno, of another authority, neither receives nor fetches it.
        QVERIFY(sync(u"bruno"_s));
        QCOMPARE(passctl(u"bruno"_s, {u"request"_s, u"documents"_s, id}).code, 1);
        QCOMPARE(fetchStatus(u"bruno"_s, id, sha256(listBytes)), 404);
        QCOMPARE(fetchStatus(u"marco"_s, id, sha256(listBytes)), 200);
    }

    // Content damaged on the portal's disk after the upload: the client that downloads it finds
    // the hash wrong, says which document, and keeps nothing of it; the next sync tries again.
    void aDownloadThatDoesNotMatchItsHashIsRefused()
    {
        const Run created = passctl(u"anna"_s, {u"request"_s, u"create"_s, u"--task-force"_s, u"EDILIZIA_URBANISTICA"_s,
                                               u"--kind"_s, u"technical"_s, u"--subject"_s, u"Planimetrie"_s, u"--submit"_s});
        QCOMPARE(created.code, 0);
        const QString id = created.out.trimmed();
        const QString file = pdfFile(u"Planimetria.pdf"_s, "piano terra");
        const QString hash = sha256(readAll(file));
        QCOMPARE(passctl(u"anna"_s, {u"request"_s, u"attach"_s, id, file}).code, 0);
        QVERIFY(sync(u"anna"_s));
        QString stored;
        for (const QString &path : portalBlobs()) {
            if (path.endsWith(hash))
                stored = path;
        }
        QVERIFY(!stored.isEmpty());
        QFile damaged(stored);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(5);
        damaged.write("X");
        damaged.close();
        const Run s = passctl(u"coord"_s, {u"sync"_s, u"--server"_s, m_portal.url().toString()});
        QVERIFY(s.code != 0);
        QVERIFY2(s.err.contains(u"Planimetria.pdf: the portal sent content that does not match the document"_s)
                     && s.err.contains(u"nothing was stored"_s),
                 qPrintable(s.err));
        const QJsonArray documents = show(u"coord"_s, id).value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), 1);
        QCOMPARE(documents.at(0)[u"state"_s].toString(), u"not-downloaded"_s);
        QCOMPARE(passctl(u"coord"_s, {u"request"_s, u"fetch-document"_s, id, hash, u"--out"_s,
                                      m_dir.filePath(u"never.pdf"_s)}).code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.pdf"_s)));
        // Mended on the portal (the same bytes uploaded again), the next sync brings it.
        QVERIFY(QFile::remove(stored));
        QVERIFY(QFile::copy(file, stored));
        QVERIFY(sync(u"coord"_s));
        QCOMPARE(show(u"coord"_s, id).value(u"documents"_s).toArray().at(0)[u"state"_s].toString(), u"on-the-portal"_s);
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
        QVERIFY2(text.waitForStarted(), "pdftotext is not installed: scripts/setup.sh installs it (poppler-utils)");
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        // Italian unless asked otherwise: the header and "pag. X di Y" on the page.
        QVERIFY2(content.contains(u"Foglio delle attività di marco"_s) && content.contains(u"12/11/2026"_s)
                     && content.contains(u"3,50"_s) && content.contains(u"pag. 1 di 1"_s),
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
