#include "portalprocess.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

PortalProcess::PortalProcess() = default;

PortalProcess::~PortalProcess()
{
    stop();
}

QString PortalProcess::binary()
{
    const QString fromEnv = qEnvironmentVariable("PASS_PORTAL_BINARY");
    return fromEnv.isEmpty() ? QStringLiteral(PASS_BINARY_DIR "/server/pass-portal") : fromEnv;
}

bool PortalProcess::requireBuilt(const QString &path, const char *target)
{
    if (QFile::exists(path))
        return true;
    QTest::qFail(qPrintable(QStringLiteral("%1 is not built (%2): build the %1 target, part of the default build")
                                .arg(QLatin1StringView(target), path)),
                 __FILE__, __LINE__);
    return false;
}

QByteArray PortalProcess::admin(const QStringList &args, const QByteArray &input, int *exitCode) const
{
    QProcess p;
    p.start(binary(), QStringList{u"--db"_s, dbPath()} + args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1); // seeding a million records takes minutes
    if (exitCode)
        *exitCode = p.exitCode();
    if (p.exitCode() != 0)
        qWarning("pass-portal %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

bool PortalProcess::addUser(const QString &name, const QString &role, const QStringList &authorities)
{
    QStringList args{u"user"_s, u"add"_s, name, u"--role"_s, role};
    for (const QString &a : authorities)
        args << u"--authority"_s << a;
    int code = -1;
    admin(args, "password-" + name.toUtf8() + "\n", &code);
    return code == 0;
}

QString PortalProcess::token(const QString &name) const
{
    return QString::fromUtf8(admin({u"token"_s, name})).trimmed();
}

std::unique_ptr<QThread> PortalProcess::startBrowser(const QUrl &url, const QString &user, const QString &password)
{
    std::unique_ptr<QThread> browser(QThread::create([url, user, password] {
        QNetworkAccessManager nam;
        auto run = [](QNetworkReply *r) {
            QEventLoop loop;
            QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            if (!r->isFinished())
                loop.exec();
            return std::unique_ptr<QNetworkReply>(r);
        };
        const auto page = run(nam.get(QNetworkRequest(url)));
        if (!QString::fromUtf8(page->readAll()).contains(u"name=\"username\""_s)) {
            qWarning("the sign-in page has no login form");
            return;
        }
        QUrlQuery form(url);
        form.addQueryItem(u"username"_s, user);
        form.addQueryItem(u"password"_s, password);
        QNetworkRequest post(url.resolved(QUrl(u"/oauth/authorize"_s)));
        post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        const auto answer = run(nam.post(post, form.toString(QUrl::FullyEncoded).toUtf8()));
        const QUrl location = answer->header(QNetworkRequest::LocationHeader).toUrl();
        if (location.isValid())
            run(nam.get(QNetworkRequest(location)));
    }));
    browser->start();
    return browser;
}

bool PortalProcess::start(const QStringList &extra)
{
    // The test endpoints answer only callers with this secret, handed over in the environment
    // (never on the command line, where any user of the machine could read it).
    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    m_testSecret = secret.toHex();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PASS_PORTAL_TEST_SECRET"_s, QString::fromLatin1(m_testSecret));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary(), QStringList{u"--db"_s, dbPath(), u"serve"_s, u"--port"_s, u"0"_s} + extra);
    if (!m_process.waitForStarted(10'000))
        return false;
    while (!m_process.canReadLine()) {
        if (!m_process.waitForReadyRead(30'000)) {
            qWarning("pass-portal did not start: %s", standardError().constData());
            return false;
        }
    }
    m_url = QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
    return m_url.isValid();
}

void PortalProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QByteArray PortalProcess::standardError()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

bool PortalProcess::postTest(const QString &path, const QByteArray &body) const
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_url.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Pass-Test-Secret", m_testSecret);
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status >= 200 && status < 300;
}

PortalProcess::PasswordWork PortalProcess::passwordWork() const
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_url.resolved(QUrl(u"/api/v1/_test/password-work"_s)));
    request.setRawHeader("X-Pass-Test-Secret", m_testSecret);
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return {body.value(u"hashes"_s).toInteger(-1), body.value(u"argon2_kib_passes"_s).toInteger(-1)};
}

bool PortalProcess::injectFaults(int status, int count, int retryAfter)
{
    return postTest(u"/api/v1/_test/faults"_s,
                    u"{\"status\": %1, \"count\": %2, \"retry_after\": %3}"_s.arg(status).arg(count).arg(retryAfter).toUtf8());
}

bool PortalProcess::expireCursors()
{
    return postTest(u"/api/v1/_test/expire-cursors"_s, {});
}

bool PortalProcess::advanceClock(qint64 seconds)
{
    return postTest(u"/api/v1/_test/clock"_s, u"{\"advance_seconds\": %1}"_s.arg(seconds).toUtf8());
}

bool PortalProcess::failWrites(int count)
{
    return postTest(u"/api/v1/_test/write-failures"_s, u"{\"count\": %1}"_s.arg(count).toUtf8());
}

qint64 PortalProcess::cpuTimeNs() const
{
    QFile f(u"/proc/%1/stat"_s.arg(m_process.processId()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    // The command name (field 2) may hold spaces: count the fields after its closing ')'.
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong(); // utime, stime
    return ticks * (1'000'000'000 / sysconf(_SC_CLK_TCK));
}

qint64 PortalProcess::peakRssKb() const
{
    QFile f(u"/proc/%1/status"_s.arg(m_process.processId()));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
