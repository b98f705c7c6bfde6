// Streams the change feed of a portal seeded with N records (default 1,000,000) over loopback
// and applies mutation batches; prints records/s, mutations/s and the server's peak memory.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

QString run(const QString &db, const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(PASS_PORTAL_BINARY), QStringList{u"--db"_s, db} + args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
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

QByteArray fetch(QNetworkAccessManager &nam, QNetworkRequest request, const QByteArray &post = {})
{
    QEventLoop loop;
    QNetworkReply *reply = post.isNull() ? nam.get(request) : nam.post(request, post);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError)
        qFatal("request failed: %s %s", qPrintable(reply->errorString()), body.constData());
    reply->deleteLater();
    return body;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 records = 1000000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--records"_s); i > 0 && i + 1 < args.size())
        records = args.at(i + 1).toLongLong();
    QTemporaryDir dir;
    const QString db = dir.filePath(u"bench.db"_s);

    QElapsedTimer timer;
    timer.start();
    run(db, {u"seed"_s, u"--records"_s, QString::number(records), u"--seed"_s, u"7"_s});
    out << "seed: " << records << " records in " << timer.elapsed() << " ms" << Qt::endl;
    run(db, {u"user"_s, u"add"_s, u"coord"_s, u"--role"_s, u"coordinator"_s}, "bench-password\n");
    run(db, {u"user"_s, u"add"_s, u"anna"_s, u"--role"_s, u"authority"_s, u"--authority"_s, u"019035"_s},
        "bench-password\n");
    const QString coordToken = run(db, {u"token"_s, u"coord"_s, u"--ttl"_s, u"36000"_s});
    const QString annaToken = run(db, {u"token"_s, u"anna"_s, u"--ttl"_s, u"36000"_s});

    QProcess server;
    server.start(QStringLiteral(PASS_PORTAL_BINARY), {u"--db"_s, db, u"serve"_s, u"--port"_s, u"0"_s});
    server.waitForReadyRead(10000);
    const QUrl base(QString::fromUtf8(server.readLine()).trimmed());
    const qint64 pid = server.processId();
    const qint64 idleKb = peakKb(pid);

    QNetworkAccessManager nam;
    for (const int limit : {1000, 5000}) {
        timer.restart();
        qint64 received = 0;
        qint64 bytes = 0;
        QString cursor;
        int pages = 0;
        for (;;) {
            QUrl url = base.resolved(QUrl(u"/api/v1/sync/changes"_s));
            QUrlQuery query;
            query.addQueryItem(u"limit"_s, QString::number(limit));
            if (!cursor.isEmpty())
                query.addQueryItem(u"cursor"_s, cursor);
            url.setQuery(query);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + coordToken.toLatin1());
            const QByteArray body = fetch(nam, request);
            bytes += body.size();
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            received += page.value(u"changes"_s).toArray().size();
            cursor = page.value(u"next_cursor"_s).toString();
            ++pages;
            if (!page.value(u"has_more"_s).toBool())
                break;
        }
        const double seconds = timer.elapsed() / 1000.0;
        out << "changes feed, limit " << limit << ": " << received << " records in " << pages
            << " pages, " << seconds << " s = " << qint64(received / seconds) << " records/s ("
            << bytes / (1024 * 1024) << " MiB JSON, client parses every page)" << Qt::endl;
    }
    out << "server peak RSS: " << peakKb(pid) / 1024 << " MiB (idle after start: " << idleKb / 1024
        << " MiB)" << Qt::endl;

    const int batches = 40;
    const int batchSize = 500;
    timer.restart();
    for (int b = 0; b < batches; ++b) {
        QJsonArray mutations;
        for (int i = 0; i < batchSize; ++i) {
            mutations.append(QJsonObject{
                {u"mutation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"entity"_s, u"case_file"_s},
                {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"op"_s, u"create"_s},
                {u"fields"_s, QJsonObject{{u"authority_istat"_s, u"019035"_s},
                                          {u"procedure_code"_s, u"PDC"_s},
                                          {u"protocol_number"_s, u"B-%1-%2"_s.arg(b).arg(i)},
                                          {u"start_date"_s, u"2024-03-01"_s}}}});
        }
        QNetworkRequest request(base.resolved(QUrl(u"/api/v1/sync/mutations"_s)));
        request.setRawHeader("Authorization", "Bearer " + annaToken.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        fetch(nam, request, QJsonDocument(QJsonObject{{u"mutations"_s, mutations}}).toJson(QJsonDocument::Compact));
    }
    const double seconds = timer.elapsed() / 1000.0;
    out << "mutations: " << batches * batchSize << " creates in batches of " << batchSize << ", "
        << seconds << " s = " << qint64(batches * batchSize / seconds) << " mutations/s" << Qt::endl;
    out << "server peak RSS after mutations: " << peakKb(pid) / 1024 << " MiB" << Qt::endl;
    server.terminate();
    server.waitForFinished();
    return 0;
}
