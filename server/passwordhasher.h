#pragma once

#include <QByteArray>
#include <QString>

namespace pass::portal {

// Password hashes as PHC strings. New hashes are Argon2id with OWASP's parameters (19 MiB,
// 2 passes, 1 lane; libargon2); hashes of earlier versions (PBKDF2-HMAC-SHA256,
// "pbkdf2-sha256$iterations$salt$hash") still verify, and needsUpgrade() says when a hash
// should be replaced at the next successful sign-in. Parameters read from a stored hash are
// bounded, so a planted hash cannot make one sign-in cost minutes or gigabytes.
//
// Every function is pure computation and thread-safe: the portal runs them off its request
// thread.
class PasswordHasher
{
public:
    static constexpr quint32 MemoryKiB = 19 * 1024;
    static constexpr quint32 Passes = 2;
    static constexpr quint32 Lanes = 1;
    // Passwords longer than this (in UTF-8 bytes) are refused rather than hashed.
    static constexpr int MaxPasswordBytes = 1000;

    struct Check
    {
        bool ok = false;
        QString upgraded; // a new hash to store when ok and the stored one is outdated
    };

    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &stored);
    static bool needsUpgrade(const QString &stored);
    // verify(), plus the upgraded hash when the stored one is outdated.
    static Check check(const QString &password, const QString &stored);
    // A hash of a random password with the current parameters, made once: unknown user names
    // are checked against it, so that they cost what a real account costs.
    static const QString &decoy();
};

} // namespace pass::portal
