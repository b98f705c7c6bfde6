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

    // What the hashes computed so far in this process cost: how many, and their Argon2 memory
    // times passes. Behind the test endpoint that proves a failed sign-in costs the same for an
    // unknown user as for a real one, whatever the machine's load does to the CPU time.
    struct Work
    {
        quint64 hashes = 0;
        quint64 argon2KiBPasses = 0;
    };
    static Work workDone();
};

} // namespace pass::portal
