// Benchmark of pass-portal over loopback: streams the change feed of N seeded records (default
// 1,000,000), the snapshot, and applies mutation batches; prints records/s, mutations/s and
// each server's peak memory. With --baseline OLD_BINARY the same measurements run side by side
// (interleaved, each server on its own copy of the seeded database) against an older build, so
// a busy machine slows both alike.
//   pass_portal_bench [--records N] [--db SEEDED.db] [--baseline OLD_PASS_PORTAL]
// --db keeps the seeded database between runs (it is seeded by the oldest binary given, so
// every server can open it; newer ones migrate their copy), and each server's copy beside it.
// Besides wall-clock rates it prints rates per CPU-second of the server, steadier on a busy
// machine, and ChangeFeed::page in-process (the server's share without HTTP and client).
#include "server/caller.h"
#include "server/changefeed.h"
#include "server/gzip.h"
#include "server/portaldatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QString run(const QString &binary, const QString &db, const QStringList &args,
            const QByteArray &input = {})
{
    QProcess process;
    process.start(binary, QStringList{u"--db"_s, db} + args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// CPU seconds (user + system) a process has used: on a shared machine the wall clock measures
// the scheduler as much as the code, CPU time per record is the steadier figure.
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

qint64 peakKb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// One pass-portal serving its own copy of the seeded database.
struct Server
{
    Server(QString name, QString binary)
        : name(std::move(name))
        , binary(std::move(binary))
    {
    }

    QString name;
    QString binary;
    QString db;
    QProcess process;
    QUrl base;
    QByteArray coordToken;
    QByteArray annaToken;

    // With keep, an existing copy from an earlier run is used again (a migration of 1,000,000
    // records takes minutes on a busy machine).
    bool start(const QString &seeded, const QString &dir, bool keep)
    {
        db = dir + u'/' + QString(name).replace(u' ', u'-') + u".db"_s;
        if (!keep || !QFile::exists(db)) {
            QFile::remove(db);
            if (!QFile::copy(seeded, db))
                return false;
        }
        run(binary, db, {u"user"_s, u"add"_s, u"coord"_s, u"--role"_s, u"coordinator"_s}, "bench-password\n");
        run(binary, db, {u"user"_s, u"add"_s, u"anna"_s, u"--role"_s, u"authority"_s, u"--authority"_s, u"019035"_s},
            "bench-password\n");
        coordToken = run(binary, db, {u"token"_s, u"coord"_s, u"--ttl"_s, u"36000"_s}).toLatin1();
        annaToken = run(binary, db, {u"token"_s, u"anna"_s, u"--ttl"_s, u"36000"_s}).toLatin1();
        process.start(binary, {u"--db"_s, db, u"serve"_s, u"--port"_s, u"0"_s});
        if (!process.waitForReadyRead(60000))
            return false;
        base = QUrl(QString::fromUtf8(process.readLine()).trimmed());
        return base.isValid();
    }
    qint64 peakMiB() const { return peakKb(process.processId()) / 1024; }
    double cpu() const { return cpuSeconds(process.processId()); }
    ~Server()
    {
        process.terminate();
        process.waitForFinished();
    }
};

QNetworkReply *send(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &post)
{
    return post.isNull() ? nam.get(request) : nam.post(request, post);
}

QByteArray fetch(QNetworkAccessManager &nam, const QNetworkRequest &request, const QByteArray &post = {})
{
    QEventLoop loop;
    QNetworkReply *reply = send(nam, request, post);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qFatal("request failed: %s %s", qPrintable(reply->errorString()), body.left(300).constData());
    reply->deleteLater();
    return body;
}

// Pages through the whole feed. parse: the client parses every page as JSON (as a sync
// client would); otherwise it only finds next_cursor and has_more at the end of the page and
// counts entries, which leaves the server and the transport as the measured part.
void feed(Server &server, QNetworkAccessManager &nam, int limit, bool parse, bool gzip)
{
    static const QRegularExpression tail(uR"re("next_cursor":"([^"]*)","has_more":(true|false)\}$)re"_s);
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = server.cpu();
    qint64 received = 0;
    qint64 bytes = 0;
    QString cursor;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        QUrl url = server.base.resolved(QUrl(u"/api/v1/sync/changes"_s));
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, QString::number(limit));
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + server.coordToken);
        // Without the header QNetworkAccessManager asks for gzip itself and inflates the answer.
        if (!gzip)
            request.setRawHeader("Accept-Encoding", "identity");
        const QByteArray body = fetch(nam, request);
        bytes += body.size();
        if (parse) {
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            received += page.value(u"changes"_s).toArray().size();
            cursor = page.value(u"next_cursor"_s).toString();
            more = page.value(u"has_more"_s).toBool();
        } else {
            const auto m = tail.match(QString::fromLatin1(body.right(300)));
            if (!m.hasMatch())
                qFatal("no next_cursor in the page");
            received += body.count("{\"type\":\"");
            cursor = m.captured(1);
            more = m.captured(2) == u"true";
        }
    }
    const double seconds = timer.elapsed() / 1000.0;
    const double cpu = server.cpu() - cpuBefore;
    out << "  " << server.name << ": changes feed, limit " << limit << (gzip ? ", gzip" : ", identity")
        << (parse ? ", client parses" : ", no client parse") << ": " << received << " records in "
        << pages << " pages, " << seconds << " s = " << qint64(received / seconds)
        << " records/s (" << bytes / (1024 * 1024) << " MiB); server CPU " << cpu << " s = "
        << qint64(received / std::max(cpu, 0.01)) << " records per server CPU-second" << Qt::endl;
}

// The snapshot, gzip, read as it streams; entries counted, never held whole.
void snapshot(Server &server, QNetworkAccessManager &nam)
{
    QElapsedTimer timer;
    timer.start();
    QNetworkRequest request(server.base.resolved(QUrl(u"/api/v1/sync/snapshot"_s)));
    request.setRawHeader("Authorization", "Bearer " + server.coordToken);
    QEventLoop loop;
    QNetworkReply *reply = nam.get(request);
    qint64 records = 0;
    qint64 bytes = 0;
    QByteArray carry;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const QByteArray chunk = carry + reply->readAll();
        bytes += chunk.size() - carry.size();
        records += chunk.count("{\"type\":\"");
        carry = chunk.right(8); // a marker split between two reads is counted once
        records -= carry.count("{\"type\":\"");
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    records += carry.count("{\"type\":\"");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200) {
        out << "  " << server.name << ": snapshot: HTTP " << status << " (not available)" << Qt::endl;
        return;
    }
    const double seconds = timer.elapsed() / 1000.0;
    out << "  " << server.name << ": snapshot (gzip, streamed): " << records << " records in "
        << seconds << " s = " << qint64(records / seconds) << " records/s (" << bytes / (1024 * 1024)
        << " MiB JSON after decompression); server peak RSS so far " << server.peakMiB() << " MiB"
        << Qt::endl;
}

// The feed without HTTP and client: ChangeFeed::page in this process on the server's database,
// every page at limit 5000 for a coordinator, then the same with gzip level 1 as the server
// compresses answers.
void inProcessFeed(const QString &db)
{
    using namespace pass::portal;
    PortalDatabase database(db, u"bench-in-process"_s);
    if (!database.open())
        qFatal("cannot open %s", qPrintable(database.errorString()));
    ChangeFeed feed(&database);
    Caller coordinator{u"coord"_s, Role::Coordinator, {}};
    for (const bool gzip : {false, true}) {
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(QCoreApplication::applicationPid());
        qint64 records = 0;
        QString cursor;
        static const QRegularExpression tail(uR"re("next_cursor":"([^"]*)","has_more":(true|false)\}$)re"_s);
        for (bool more = true; more;) {
            Problem problem;
            const QByteArray page = feed.page(coordinator, cursor, ChangeFeed::MaxLimit, &problem);
            if (gzip && gzipCompress(page, 1).isEmpty())
                qFatal("gzip failed");
            records += page.count("{\"type\":\"");
            const auto m = tail.match(QString::fromLatin1(page.right(300)));
            cursor = m.captured(1);
            more = m.captured(2) == u"true";
        }
        const double seconds = timer.elapsed() / 1000.0;
        const double cpu = cpuSeconds(QCoreApplication::applicationPid()) - cpuBefore;
        out << "  in-process ChangeFeed::page, limit 5000" << (gzip ? " + gzip level 1" : "") << ": "
            << records << " records in " << seconds << " s = " << qint64(records / seconds)
            << " records/s; CPU " << cpu << " s = " << qint64(records / std::max(cpu, 0.01))
            << " records per CPU-second" << Qt::endl;
    }
}

void mutations(Server &server, QNetworkAccessManager &nam)
{
    const int batches = 40;
    const int batchSize = 500;
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8); // unique per run
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = server.cpu();
    for (int b = 0; b < batches; ++b) {
        QJsonArray list;
        for (int i = 0; i < batchSize; ++i) {
            list.append(QJsonObject{
                {u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"entity"_s, u"case_file"_s},
                {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"op"_s, u"create"_s},
                {u"fields"_s, QJsonObject{{u"authority_istat"_s, u"019035"_s},
                                          {u"procedure_code"_s, u"PDC"_s},
                                          {u"protocol_number"_s, u"B-%1-%2-%3"_s.arg(run).arg(b).arg(i)},
                                          {u"start_date"_s, u"2024-03-01"_s}}}});
        }
        QNetworkRequest request(server.base.resolved(QUrl(u"/api/v1/sync/mutations"_s)));
        request.setRawHeader("Authorization", "Bearer " + server.annaToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        fetch(nam, request, QJsonDocument(QJsonObject{{u"mutations"_s, list}}).toJson(QJsonDocument::Compact));
    }
    const double seconds = timer.elapsed() / 1000.0;
    const double cpu = server.cpu() - cpuBefore;
    out << "  " << server.name << ": mutations: " << batches * batchSize << " creates in batches of "
        << batchSize << ", " << seconds << " s = " << qint64(batches * batchSize / seconds)
        << " mutations/s; server CPU " << cpu << " s = "
        << qint64(batches * batchSize / std::max(cpu, 0.01)) << " per server CPU-second" << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name) -> QString {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    const qint64 records = option(u"--records"_s).isEmpty() ? 1000000 : option(u"--records"_s).toLongLong();
    const QString baseline = option(u"--baseline"_s);
    QTemporaryDir dir;
    QString seeded = option(u"--db"_s);
    const bool keep = !seeded.isEmpty();
    if (seeded.isEmpty())
        seeded = dir.filePath(u"seeded.db"_s);
    const QString copies = keep ? QFileInfo(seeded).absolutePath() : dir.path();

    std::vector<std::unique_ptr<Server>> servers;
    if (!baseline.isEmpty())
        servers.push_back(std::make_unique<Server>(u"baseline"_s, baseline));
    servers.push_back(std::make_unique<Server>(u"this build"_s, QStringLiteral(PASS_PORTAL_BINARY)));

    QElapsedTimer timer;
    timer.start();
    if (!QFile::exists(seeded)) {
        run(servers.front()->binary, seeded,
            {u"seed"_s, u"--records"_s, QString::number(records), u"--seed"_s, u"7"_s});
        out << "seed: " << records << " records in " << timer.elapsed() << " ms" << Qt::endl;
    }
    for (auto &server : servers) {
        if (!server->start(seeded, copies, keep))
            qFatal("cannot start %s", qPrintable(server->binary));
        out << server->name << ": " << server->binary << " at " << server->base.toString()
            << ", idle peak RSS " << server->peakMiB() << " MiB" << Qt::endl;
    }

    QNetworkAccessManager nam;
    for (const auto &[limit, parse, gzip] : {std::tuple{1000, true, true}, std::tuple{5000, true, true},
                                             std::tuple{5000, false, false}}) {
        for (auto &server : servers)
            feed(*server, nam, limit, parse, gzip);
    }
    for (auto &server : servers)
        out << "  " << server->name << ": server peak RSS after the feeds: " << server->peakMiB() << " MiB" << Qt::endl;
    inProcessFeed(servers.back()->db);
    for (auto &server : servers)
        snapshot(*server, nam);
    for (auto &server : servers)
        mutations(*server, nam);
    for (auto &server : servers)
        out << "  " << server->name << ": server peak RSS at the end: " << server->peakMiB() << " MiB" << Qt::endl;
    return 0;
}
