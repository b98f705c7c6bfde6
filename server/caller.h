#pragma once

#include <QSet>
#include <QString>

namespace pass::portal {

enum class Role { Authority, Expert, Coordinator };

// The authenticated user of one request and the authorities in their scope.
struct Caller
{
    QString username;
    Role role = Role::Authority;
    QSet<QString> authorities; // own authority (authority) or assigned ones (expert)

    // Coordinators read everything; the others read their authorities' records.
    bool canRead(const QString &authorityIstat) const
    {
        return role == Role::Coordinator || authorities.contains(authorityIstat);
    }
};

inline QString roleName(Role role)
{
    switch (role) {
    case Role::Authority: return QStringLiteral("authority");
    case Role::Expert: return QStringLiteral("expert");
    case Role::Coordinator: return QStringLiteral("coordinator");
    }
    return {};
}

inline std::optional<Role> roleFromName(const QString &name)
{
    if (name == QLatin1StringView("authority"))
        return Role::Authority;
    if (name == QLatin1StringView("expert"))
        return Role::Expert;
    if (name == QLatin1StringView("coordinator"))
        return Role::Coordinator;
    return std::nullopt;
}

} // namespace pass::portal
