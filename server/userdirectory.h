#pragma once

#include "caller.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace pass::portal {

class SequenceAllocator;

// Users, their roles, passwords and the authorities in their scope.
class UserDirectory
{
public:
    explicit UserDirectory(QSqlDatabase db);

    // Returns false and sets *error for a taken name, an unknown authority or a role that
    // does not fit (an authority user needs exactly one authority).
    bool addUser(const QString &username, Role role, const QString &password,
                 const QStringList &authorities, QString *error);
    std::optional<Caller> find(const QString &username) const;
    // The stored password hash of a user, or nothing for an unknown name.
    std::optional<QString> passwordHash(const QString &username) const;
    // Replaces a user's hash (an upgrade at sign-in).
    bool setPasswordHash(const QString &username, const QString &hash);

    // Replaces the expert's authorities. Records of added authorities enter the expert's
    // change feed, those of removed ones leave it as tombstones. Runs its own transaction.
    bool setAssignments(const QString &expert, const QStringList &authorities, QString *error);
    // Adds authorities to the expert's current ones.
    bool assign(const QString &expert, const QStringList &authorities, QString *error);

    bool authorityExists(const QString &istat) const;
    static bool isValidUsername(const QString &username);

private:
    bool writeScopeChanges(SequenceAllocator &seq, const QString &expert, const QString &istat,
                           const QString &op);

    QSqlDatabase m_db;
};

} // namespace pass::portal
