#pragma once

#include <QByteArray>
#include <QString>

namespace pass::portal {

// PBKDF2-HMAC-SHA256 with a random salt, stored as "pbkdf2-sha256$iterations$salt$hash"
// (base64). The iteration count is kept with each hash, so it can grow later.
class PasswordHasher
{
public:
    static constexpr int DefaultIterations = 210000; // OWASP 2023 for PBKDF2-HMAC-SHA256

    static QString hash(const QString &password, int iterations = DefaultIterations);
    static bool verify(const QString &password, const QString &stored);
};

} // namespace pass::portal
