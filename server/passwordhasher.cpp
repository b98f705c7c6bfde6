#include "passwordhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <argon2.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

// Bounds on what a stored hash may ask for: a few times OWASP's figures, no more.
constexpr quint32 MaxMemoryKiB = 256 * 1024;
constexpr quint32 MaxPasses = 10;
constexpr quint32 MaxLanes = 8;
constexpr int MaxPbkdf2Iterations = 2'000'000;
constexpr int SaltBytes = 16;
constexpr int HashBytes = 32;

std::atomic<quint64> hashesComputed{0};
std::atomic<quint64> argon2Work{0};

void countHash(quint64 argon2KiBPasses)
{
    hashesComputed.fetch_add(1, std::memory_order_relaxed);
    argon2Work.fetch_add(argon2KiBPasses, std::memory_order_relaxed);
}

// Compares without an early exit, so timing tells nothing about the stored hash.
bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

struct Argon2Params
{
    quint32 memoryKiB = 0;
    quint32 passes = 0;
    quint32 lanes = 0;
};

// "$argon2id$v=19$m=19456,t=2,p=1$salt$hash": the parameters, when within bounds.
std::optional<Argon2Params> argon2Params(const QString &stored)
{
    static const QRegularExpression phc(u"^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$[A-Za-z0-9+/]{11,64}\\$[A-Za-z0-9+/]{16,128}$"_s);
    const QRegularExpressionMatch m = phc.match(stored);
    if (!m.hasMatch())
        return std::nullopt;
    Argon2Params p{m.captured(1).toUInt(), m.captured(2).toUInt(), m.captured(3).toUInt()};
    if (p.memoryKiB < 8 * p.lanes || p.memoryKiB > MaxMemoryKiB || p.passes < 1 || p.passes > MaxPasses
        || p.lanes < 1 || p.lanes > MaxLanes)
        return std::nullopt;
    return p;
}

bool verifyPbkdf2(const QByteArray &password, const QString &stored)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != u"pbkdf2-sha256")
        return false;
    const int iterations = parts.at(1).toInt();
    if (iterations < 1 || iterations > MaxPbkdf2Iterations)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (expected.isEmpty() || expected.size() > 64)
        return false;
    countHash(0);
    return equalConstantTime(QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password, salt,
                                                                iterations, expected.size()),
                             expected);
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), SaltBytes / 4);
    const size_t length = argon2_encodedlen(Passes, MemoryKiB, Lanes, SaltBytes, HashBytes, Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    countHash(quint64(MemoryKiB) * Passes);
    if (argon2id_hash_encoded(Passes, MemoryKiB, Lanes, utf8.constData(), size_t(utf8.size()), salt.constData(),
                              SaltBytes, HashBytes, encoded.data(), length)
        != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData()); // up to the terminating zero
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QByteArray utf8 = password.toUtf8();
    if (utf8.size() > MaxPasswordBytes)
        return false;
    if (stored.startsWith(u"pbkdf2-sha256$"))
        return verifyPbkdf2(utf8, stored);
    const std::optional<Argon2Params> params = argon2Params(stored);
    if (!params)
        return false;
    countHash(quint64(params->memoryKiB) * params->passes);
    const QByteArray encoded = stored.toLatin1();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

bool PasswordHasher::needsUpgrade(const QString &stored)
{
    const std::optional<Argon2Params> p = argon2Params(stored);
    return !p || p->memoryKiB != MemoryKiB || p->passes != Passes || p->lanes != Lanes;
}

PasswordHasher::Check PasswordHasher::check(const QString &password, const QString &stored)
{
    Check result;
    result.ok = verify(password, stored);
    if (result.ok && needsUpgrade(stored))
        result.upgraded = hash(password);
    return result;
}

PasswordHasher::Work PasswordHasher::workDone()
{
    return {hashesComputed.load(std::memory_order_relaxed), argon2Work.load(std::memory_order_relaxed)};
}

const QString &PasswordHasher::decoy()
{
    static const QString decoy = [] {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
        return hash(QString::fromLatin1(random.toBase64()));
    }();
    return decoy;
}

} // namespace pass::portal
