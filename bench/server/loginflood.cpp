// Login flood against pass-portal over loopback: 8 clients post sign-ins with wrong passwords as
// fast as they are answered, each from its own loopback address (127.0.0.2 … 127.0.0.9) and with
// user names of its own, while one client asks GET /api/v1/me every 20 ms. Prints the /me
// latencies (p50, p99, max) and how the logins were answered (200: the password was checked;
// 429: the failed-login limit answered without checking it).
//   pass_login_flood_bench [--seconds S] [--clients N]
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// One request, one answer, on a connection kept open; returns the status (0 on failure).
int exchange(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(30'000))
            return 0;
        head += socket.readAll();
    }
    const qsizetype end = head.indexOf("\r\n\r\n") + 4;
    qint64 length = 0;
    for (const QByteArray &line : head.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    QByteArray body = head.mid(end);
    while (body.size() < length) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(30'000))
            return 0;
        body += socket.readAll();
    }
    return head.mid(9, 3).toInt();
}

QByteArray loginRequest(const QString &user)
{
    const QByteArray challenge = QCryptographicHash::hash(QByteArray(43, 'v'), QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrlQuery form;
    form.addQueryItem(u"response_type"_s, u"code"_s);
    form.addQueryItem(u"client_id"_s, u"pass-desktop"_s);
    form.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:45678/cb"_s);
    form.addQueryItem(u"code_challenge"_s, QString::fromLatin1(challenge));
    form.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    form.addQueryItem(u"username"_s, user);
    form.addQueryItem(u"password"_s, u"wrong-password"_s);
    const QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    return "POST /oauth/authorize HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int seconds = 10;
    int clients = 8;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--seconds")
            seconds = args.at(i + 1).toInt();
        if (args.at(i) == u"--clients")
            clients = args.at(i + 1).toInt();
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(u"portal.db"_s);
    // PASS_PORTAL_BINARY in the environment measures another build (an older one, side by side).
    const QString binary = qEnvironmentVariable("PASS_PORTAL_BINARY", QStringLiteral(PASS_PORTAL_BINARY));
    QProcess admin;
    admin.start(binary, {u"--db"_s, db, u"user"_s, u"add"_s, u"alice"_s, u"--role"_s, u"authority"_s, u"--authority"_s, u"019002"_s});
    admin.write("password-alice\n");
    admin.closeWriteChannel();
    admin.waitForFinished(-1);
    admin.start(binary, {u"--db"_s, db, u"token"_s, u"alice"_s});
    admin.waitForFinished(-1);
    const QByteArray token = admin.readAllStandardOutput().trimmed();

    QProcess server;
    server.start(binary, {u"--db"_s, db, u"serve"_s, u"--port"_s, u"0"_s});
    if (!server.waitForReadyRead(30'000)) {
        out << "pass-portal did not start\n";
        return 1;
    }
    const QUrl url(QString::fromUtf8(server.readLine()).trimmed());

    std::atomic_bool stop = false;
    std::mutex statusLock;
    std::map<int, int> statuses;
    QList<QThread *> attackers;
    for (int c = 0; c < clients; ++c) {
        attackers << QThread::create([&, c] {
            QTcpSocket socket;
            socket.bind(QHostAddress(u"127.0.0.%1"_s.arg(2 + c)));
            socket.connectToHost(url.host(), quint16(url.port()));
            if (!socket.waitForConnected(10'000))
                return;
            for (int n = 0; !stop; ++n) {
                const int status = exchange(socket, loginRequest(u"user-%1-%2"_s.arg(c).arg(n % 50)));
                std::lock_guard lock(statusLock);
                ++statuses[status];
                if (status == 0)
                    return;
            }
        });
        attackers.last()->start();
    }
    QTcpSocket me;
    me.connectToHost(url.host(), quint16(url.port()));
    me.waitForConnected(10'000);
    const QByteArray meRequest = "GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token + "\r\n\r\n";
    QList<double> latencies;
    QElapsedTimer total;
    total.start();
    while (total.elapsed() < seconds * 1000) {
        QElapsedTimer t;
        t.start();
        if (exchange(me, meRequest) != 200) {
            out << "/me failed\n";
            break;
        }
        latencies << t.nsecsElapsed() / 1e6;
        QThread::msleep(20);
    }
    stop = true;
    for (QThread *t : std::as_const(attackers)) {
        t->wait();
        delete t;
    }
    server.terminate();
    server.waitForFinished(5000);
    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double q) { return latencies.isEmpty() ? 0.0 : latencies.at(qMin(latencies.size() - 1, qsizetype(q * latencies.size()))); };
    out << "GET /api/v1/me during a login flood (" << clients << " clients, " << seconds << " s): "
        << latencies.size() << " requests, p50 " << at(0.5) << " ms, p99 " << at(0.99) << " ms, max "
        << (latencies.isEmpty() ? 0.0 : latencies.last()) << " ms\n";
    out << "login answers:";
    for (const auto &[status, count] : statuses)
        out << " " << status << "×" << count;
    out << "\n";
    return 0;
}
