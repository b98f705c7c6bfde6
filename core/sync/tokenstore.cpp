#include "tokenstore.h"

#include "core/util/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QString kService = u"PAsS Desktop"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::TokenStore", text);
}

// Session-only tokens: this process's memory, nothing written.
QHash<QString, TokenSet> &sessionTokens()
{
    static QHash<QString, TokenSet> tokens;
    return tokens;
}
QMutex &sessionMutex()
{
    static QMutex mutex;
    return mutex;
}

TokenStore::Problem classify(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoError:
        return TokenStore::Problem::None;
    case QKeychain::EntryNotFound:
        return TokenStore::Problem::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStore::Problem::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStore::Problem::AccessDenied;
    default:
        break;
    }
    // libsecret reports these as "other" errors: tell them apart by the Secret Service's words.
    if (text.contains(u"locked"_s, Qt::CaseInsensitive) || text.contains(u"/collection/login"_s)
        || text.contains(u"does not exist at path"_s))
        return TokenStore::Problem::Locked;
    if (text.contains(u"org.freedesktop.secrets"_s) || text.contains(u"not provided by any"_s)
        || text.contains(u"ServiceUnknown"_s) || text.contains(u"D-Bus"_s, Qt::CaseInsensitive)
        || text.contains(u"libsecret"_s))
        return TokenStore::Problem::NoBackend;
    return TokenStore::Problem::Other;
}

template<typename Job>
void runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
}

QByteArray encode(const TokenSet &t)
{
    return QJsonDocument(QJsonObject{{u"access_token"_s, t.accessToken},
                                     {u"refresh_token"_s, t.refreshToken},
                                     {u"expires_at"_s, t.expiresAt.toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QString TokenStore::key(const QString &portal, const QString &account)
{
    return u"pass-desktop/"_s + portal + u"/"_s + account;
}

QString TokenStore::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return tr("the keychain is available");
    case Problem::NotFound:
        return tr("no saved sign-in for this portal and account");
    case Problem::NoBackend:
        return tr("no keychain service is available on this computer (e.g. GNOME Keyring, KWallet)");
    case Problem::Locked:
        return tr("the keychain is locked: unlock it (or log in to the desktop) and try again");
    case Problem::AccessDenied:
        return tr("access to the keychain was denied");
    case Problem::Other:
        return tr("the keychain reported an error");
    }
    return {};
}

void TokenStore::setProblem(Problem problem, const QString &detail)
{
    m_problem = problem;
    m_error = problem == Problem::None ? QString() : describe(problem) + u" ("_s + detail + u')';
    if (problem != Problem::None && problem != Problem::NotFound)
        qCWarning(lcSync).noquote() << "keychain:" << m_error;
}

bool TokenStore::save(const QString &portal, const QString &account, const TokenSet &tokens)
{
    if (m_sessionOnly) {
        QMutexLocker lock(&sessionMutex());
        sessionTokens().insert(key(portal, account), tokens);
        setProblem(Problem::None, {});
        return true;
    }
    QKeychain::WritePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key(portal, account));
    job.setBinaryData(encode(tokens));
    runJob(job);
    setProblem(classify(job.error(), job.errorString()), job.errorString());
    return job.error() == QKeychain::NoError;
}

std::optional<TokenSet> TokenStore::load(const QString &portal, const QString &account)
{
    if (m_sessionOnly) {
        QMutexLocker lock(&sessionMutex());
        const auto it = sessionTokens().constFind(key(portal, account));
        setProblem(it == sessionTokens().cend() ? Problem::NotFound : Problem::None, {});
        return it == sessionTokens().cend() ? std::nullopt : std::optional(*it);
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key(portal, account));
    runJob(job);
    setProblem(classify(job.error(), job.errorString()), job.errorString());
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(job.binaryData()).object();
    return TokenSet{o.value(u"access_token").toString(), o.value(u"refresh_token").toString(),
                    QDateTime::fromString(o.value(u"expires_at").toString(), Qt::ISODate)};
}

bool TokenStore::remove(const QString &portal, const QString &account)
{
    if (m_sessionOnly) {
        QMutexLocker lock(&sessionMutex());
        sessionTokens().remove(key(portal, account));
        return true;
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key(portal, account));
    runJob(job);
    const Problem p = classify(job.error(), job.errorString());
    setProblem(p == Problem::NotFound ? Problem::None : p, job.errorString());
    return p == Problem::None || p == Problem::NotFound;
}

TokenStore::Problem TokenStore::probe(QString *detail)
{
    TokenStore store;
    const QString portal = u"probe"_s;
    const QString account = u"probe"_s;
    if (!store.save(portal, account, TokenSet{u"-"_s, u"-"_s, {}})) {
        *detail = store.errorString();
        return store.problem();
    }
    store.remove(portal, account);
    return Problem::None;
}

} // namespace pass
