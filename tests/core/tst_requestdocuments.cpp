// Documents of support requests in the store: added offline with their bytes (content-addressed,
// each content once), refused with a message naming the file when a request cannot carry them,
// and never half-written: passctl killed at each stage of an add leaves the whole document or
// nothing (pass::reachStage).
#include "tests/common/storereads.h"
#include "core/requests/documentservice.h"
#include "core/requests/requestservice.h"
#include "core/store/database.h"
#include "core/store/outbox.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

const WorkflowActor kAnna{u"anna"_s, UserRole::Authority, {u"019035"_s}};
const WorkflowActor kBruno{u"bruno"_s, UserRole::Authority, {u"019036"_s}};

// The smallest file each check takes for a PDF: the signature and a little text.
QByteArray pdfBytes(const QByteArray &text)
{
    return "%PDF-1.4\n% " + text + "\n%%EOF\n";
}

} // namespace

class TestRequestDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_requestId;

    int scalar(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QString newRequest(QSqlDatabase db, const QString &subject)
    {
        RequestService anna(db, kAnna);
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = subject;
        if (!anna.create(&r, false))
            qFatal("cannot create a request: %s", qPrintable(anna.error()));
        return r.id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(u"store.db"_s));
        QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
        m_requestId = newRequest(m_db->connection(), u"Arretrato PdC"_s);
    }

    void attachesOfflineWithItsBytesAndAnOutboxRow()
    {
        const QByteArray content = pdfBytes("verbale");
        const QString path = writeFile(u"Verbale sopralluogo.pdf"_s, content);
        DocumentService anna(m_db->connection(), kAnna);
        RequestDocument d;
        QVERIFY2(anna.attach(m_requestId, path, &d), qPrintable(anna.error()));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(d.sha256, sha);
        QCOMPARE(d.size, content.size());
        QCOMPARE(d.mediaType, u"application/pdf"_s);
        QCOMPARE(d.fileName, u"Verbale sopralluogo.pdf"_s);

        DocumentStore store(m_db->connection());
        QCOMPARE(testutil::documents(m_db->connection(), m_requestId).size(), 1);
        QCOMPARE(testutil::documentState(m_db->connection(), testutil::documents(m_db->connection(), m_requestId).first()), DocumentStore::State::WaitingToUpload);
        QCOMPARE(testutil::documentContent(m_db->connection(), sha).value_or(QByteArray()), content);
        QVERIFY(!testutil::isUploaded(m_db->connection(), sha));
        // The metadata waits in the outbox; who added it is the portal's to say.
        OutboxEntry pending;
        for (const OutboxEntry &e : pass::testutil::outboxEntries(m_db->connection(), 100)) {
            if (e.entity == u"request_document")
                pending = e;
        }
        QCOMPARE(pending.recordId, d.id);
        QCOMPARE(pending.op, u"create"_s);
        QCOMPARE(pending.fields.value(u"sha256"_s).toString(), sha);
        QCOMPARE(pending.fields.value(u"size"_s).toInteger(), content.size());
        QCOMPARE(pending.fields.value(u"request_id"_s).toString(), m_requestId);
        QVERIFY(!pending.fields.contains(u"added_by"_s));

        // A copy comes out byte for byte, written whole.
        const QString copy = m_dir.filePath(u"copia.pdf"_s);
        QVERIFY2(anna.saveCopy(m_requestId, sha.toUpper(), copy), qPrintable(anna.error()));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void theSameContentIsKeptOnce()
    {
        const QByteArray content = pdfBytes("allegato ripetuto");
        DocumentService anna(m_db->connection(), kAnna);
        RequestDocument first, second;
        QVERIFY(anna.attachContent(m_requestId, u"a.pdf"_s, content, &first));
        QVERIFY(anna.attachContent(m_requestId, u"b.pdf"_s, content, &second));
        QVERIFY(first.id != second.id);
        QCOMPARE(first.sha256, second.sha256);
        QCOMPARE(scalar(u"SELECT count(*) FROM document_blobs WHERE sha256 = '%1'"_s.arg(first.sha256)), 1);
        QCOMPARE(scalar(u"SELECT count(*) FROM request_documents WHERE sha256 = '%1'"_s.arg(first.sha256)), 2);
    }

    void refusesWhatARequestCannotCarry_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown type") << u"installer.exe"_s << QByteArray("MZ\x90\0") << u"installer.exe: this kind of file cannot be attached"_s;
        QTest::newRow("empty") << u"vuoto.pdf"_s << QByteArray() << u"vuoto.pdf: the file is empty"_s;
        QTest::newRow("renamed") << u"foto.png"_s << pdfBytes("not a png") << u"foto.png: the content is not what its extension says"_s;
        QTest::newRow("office, not a zip") << u"tabella.xlsx"_s << QByteArray("a,b,c\n1,2,3\n") << u"tabella.xlsx: the content is not what its extension says"_s;
    }

    void refusesWhatARequestCannotCarry()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const int documents = scalar(u"SELECT count(*) FROM request_documents"_s);
        const int outbox = scalar(u"SELECT count(*) FROM outbox"_s);
        DocumentService anna(m_db->connection(), kAnna);
        QVERIFY(!anna.attach(m_requestId, writeFile(name, content)));
        QVERIFY2(anna.error().startsWith(message), qPrintable(anna.error()));
        QCOMPARE(scalar(u"SELECT count(*) FROM request_documents"_s), documents);
        QCOMPARE(scalar(u"SELECT count(*) FROM outbox"_s), outbox);
    }

    void refusesAFileOverTheLimitWithoutReadingIt()
    {
        const QString path = m_dir.filePath(u"Tavole di progetto.pdf"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pdfBytes("tavole"));
            QVERIFY(f.resize(DocumentTypes::kMaxBytes + 1)); // sparse: no 25 MB written
        }
        DocumentService anna(m_db->connection(), kAnna);
        QVERIFY(!anna.attach(m_requestId, path));
        QCOMPARE(anna.error(), u"Tavole di progetto.pdf: the file is 26,214,401 bytes, larger than the "
                               "26,214,400 bytes a document may be"_s);
        QCOMPARE(DocumentTypes::tooLargeMessage(u"film.pdf"_s, 40 * 1024 * 1024),
                 u"film.pdf: the file is 40.00 MiB, larger than the 25.00 MiB a document may be"_s);
        // Exactly at the limit is fine.
        QVERIFY(QFile::resize(path, DocumentTypes::kMaxBytes));
        RequestDocument d;
        QVERIFY2(anna.attach(m_requestId, path, &d), qPrintable(anna.error()));
        QCOMPARE(d.size, DocumentTypes::kMaxBytes);
        QCOMPARE(testutil::documentContent(m_db->connection(), d.sha256)->size(), DocumentTypes::kMaxBytes);
    }

    void someoneOutsideTheRequestsScopeCannotAttach()
    {
        DocumentService bruno(m_db->connection(), kBruno);
        QVERIFY(!bruno.attachContent(m_requestId, u"x.pdf"_s, pdfBytes("x")));
        QCOMPARE(bruno.rule(), u"comment.who"_s);
        DocumentService anna(m_db->connection(), kAnna);
        QVERIFY(!anna.attachContent(u"no-such-request"_s, u"x.pdf"_s, pdfBytes("x")));
        QCOMPARE(anna.error(), u"there is no support request no-such-request"_s);
    }

    void aCopyOfContentNotHereSaysToSync()
    {
        DocumentStore store(m_db->connection());
        RequestDocument pulled;
        pulled.id = u"7f1c1111-2222-4333-8444-555566667777"_s;
        pulled.requestId = m_requestId;
        pulled.fileName = u"Dal portale.pdf"_s;
        pulled.mediaType = u"application/pdf"_s;
        pulled.size = 10;
        pulled.sha256 = QString(64, u'b');
        pulled.version = 3;
        QSqlQuery(m_db->connection()).exec(u"BEGIN"_s);
        QString error;
        QVERIFY2(store.saveInTransaction(&pulled, EditContext{EditOrigin::Sync, u"portal"_s}, &error), qPrintable(error));
        QSqlQuery(m_db->connection()).exec(u"COMMIT"_s);
        QCOMPARE(testutil::documentState(m_db->connection(), *testutil::document(m_db->connection(), pulled.id)), DocumentStore::State::NotDownloaded);
        QCOMPARE(testutil::missingContent(m_db->connection()).size(), 1);
        DocumentService anna(m_db->connection(), kAnna);
        const QString out = m_dir.filePath(u"nope.pdf"_s);
        QVERIFY(!anna.saveCopy(m_requestId, pulled.sha256, out));
        QCOMPARE(anna.error(), u"Dal portale.pdf: its content is not on this computer yet: sync first"_s);
        QVERIFY(!QFile::exists(out));
        // Bytes that do not hash to the document's SHA-256 are not kept.
        QVERIFY(!store.storeContent(pulled.sha256, QByteArray(10, 'x'), true, &error));
        QVERIFY(!testutil::hasContent(m_db->connection(), pulled.sha256));
    }

    // The command line: attach, list, take a copy; a refusal names the file and exits non-zero.
    void passctlAttachesListsAndCopies()
    {
        const QString path = m_dir.filePath(u"ctl.db"_s);
        QString requestId;
        {
            Database db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            requestId = newRequest(db.connection(), u"Da riga di comando"_s);
        }
        const auto passctl = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(PASSCTL_PATH), QStringList{u"--db"_s, path} + args);
            p.waitForFinished(120000);
            return std::tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                              QString::fromUtf8(p.readAllStandardError()));
        };
        QCOMPARE(std::get<0>(passctl({u"whoami"_s, u"--set"_s, u"anna:authority:019035"_s})), 0);
        const QByteArray content = pdfBytes("relazione");
        const auto [code, out, err] = passctl({u"request"_s, u"attach"_s, requestId, writeFile(u"Relazione.pdf"_s, content)});
        QVERIFY2(code == 0, qPrintable(err));
        const QString sha = out.trimmed().section(u' ', 1);
        QCOMPARE(sha, DocumentStore::sha256Of(content));
        const auto [listed, list, listErr] = passctl({u"request"_s, u"documents"_s, requestId});
        QCOMPARE(listed, 0);
        QVERIFY2(list.startsWith(sha) && list.contains(u"waiting-to-upload"_s) && list.contains(u"Relazione.pdf"_s),
                 qPrintable(list));
        const QString copy = m_dir.filePath(u"copia-ctl.pdf"_s);
        QCOMPARE(std::get<0>(passctl({u"request"_s, u"fetch-document"_s, requestId, sha, u"--out"_s, copy})), 0);
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        const auto [refused, refusedOut, why] = passctl({u"request"_s, u"attach"_s, requestId, writeFile(u"virus.exe"_s, "MZ")});
        QCOMPARE(refused, 1);
        QVERIFY2(why.startsWith(u"passctl request attach: virus.exe: this kind of file cannot be attached"_s), qPrintable(why));
        const auto [help, helpOut, helpErr] = passctl({u"request"_s, u"--help"_s});
        QVERIFY(helpOut.contains(u"attach ID FILE"_s) && helpOut.contains(u"fetch-document ID SHA256 --out FILE"_s));
    }

    // passctl request attach, killed at each stage of the add: before the commit nothing of the
    // document is in the store (no row, no bytes, no outbox row); after it, all of it.
    void killedMidAddLeavesTheWholeDocumentOrNothing_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("kept");
        QTest::newRow("bytes written") << u"document:content-written"_s << false;
        QTest::newRow("row written") << u"document:row-written"_s << false;
        QTest::newRow("committed") << u"document:committed"_s << true;
    }

    void killedMidAddLeavesTheWholeDocumentOrNothing()
    {
        QFETCH(QString, stage);
        QFETCH(bool, kept);
        const QString path = m_dir.filePath(u"kill-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
        QString requestId;
        {
            Database db(path);
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            requestId = newRequest(db.connection(), u"Kill test"_s);
        }
        // A few megabytes, so the bytes really are written in the killed transaction.
        const QByteArray content = pdfBytes(QByteArray(3 * 1024 * 1024, 'k'));
        const QString file = writeFile(u"Grande.pdf"_s, content);
        QProcess ctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PASS_PAUSE_AT"_s, stage);
        ctl.setProcessEnvironment(env);
        QProcess whoami;
        whoami.start(QStringLiteral(PASSCTL_PATH), {u"--db"_s, path, u"whoami"_s, u"--set"_s, u"anna:authority:019035"_s});
        QVERIFY(whoami.waitForFinished(120000) && whoami.exitCode() == 0);
        ctl.start(QStringLiteral(PASSCTL_PATH), {u"--db"_s, path, u"request"_s, u"attach"_s, requestId, file});
        QVERIFY(ctl.waitForStarted());
        QByteArray err;
        const QByteArray paused = "paused at " + stage.toUtf8() + '\n';
        // Waits for the line itself; the 1 s is only how often the loop looks at the process.
        while (!err.contains(paused) && ctl.state() == QProcess::Running) {
            ctl.waitForReadyRead(1000);
            err += ctl.readAllStandardError();
        }
        QVERIFY2(err.contains(paused), err.constData());
        ::kill(pid_t(ctl.processId()), SIGKILL);
        QVERIFY(ctl.waitForFinished(60000));

        Database db(path);
        QVERIFY2(db.open(), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        const auto count = [&](const QString &sql) {
            QSqlQuery c(db.connection());
            return c.exec(sql) && c.next() ? c.value(0).toInt() : -1;
        };
        const int expected = kept ? 1 : 0;
        QCOMPARE(count(u"SELECT count(*) FROM request_documents"_s), expected);
        QCOMPARE(count(u"SELECT count(*) FROM document_blobs"_s), expected);
        QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE entity = 'request_document'"_s), expected);
        if (kept) {
            const RequestDocument d = testutil::documents(db.connection(), requestId).value(0);
            QCOMPARE(d.size, content.size());
            QCOMPARE(testutil::documentContent(db.connection(), d.sha256).value_or(QByteArray()), content);
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestDocuments)
#include "tst_requestdocuments.moc"
