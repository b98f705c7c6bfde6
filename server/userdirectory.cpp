#include "userdirectory.h"

#include "passwordhasher.h"
#include "portalclock.h"
#include "portallog.h"
#include "sequenceallocator.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

UserDirectory::UserDirectory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool UserDirectory::isValidUsername(const QString &username)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9._-]{0,63}$"_s);
    return pattern.match(username).hasMatch();
}

bool UserDirectory::authorityExists(const QString &istat) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM authorities WHERE istat = ?"_s);
    query.addBindValue(istat);
    return query.exec() && query.next();
}

bool UserDirectory::addUser(const QString &username, Role role, const QString &password,
                            const QStringList &authorities, QString *error)
{
    if (!isValidUsername(username)) {
        *error = u"user names are 1-64 characters: a-z, 0-9, '.', '_', '-'"_s;
        return false;
    }
    if (find(username)) {
        *error = u"user %1 exists already"_s.arg(username);
        return false;
    }
    if (password.size() < 8) {
        *error = u"the password needs at least 8 characters"_s;
        return false;
    }
    if (password.toUtf8().size() > PasswordHasher::MaxPasswordBytes) {
        *error = u"the password may have at most %1 bytes"_s.arg(PasswordHasher::MaxPasswordBytes);
        return false;
    }
    if (role == Role::Authority && authorities.size() != 1) {
        *error = u"an authority user needs exactly one --authority ISTAT"_s;
        return false;
    }
    if (role == Role::Coordinator && !authorities.isEmpty()) {
        *error = u"a coordinator sees every authority: no --authority"_s;
        return false;
    }
    for (const QString &istat : authorities) {
        if (!authorityExists(istat)) {
            *error = u"unknown authority %1"_s.arg(istat);
            return false;
        }
    }
    m_db.transaction();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO users (username, role, password_hash, created_at)"
                  " VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(username);
    query.addBindValue(roleName(role));
    query.addBindValue(PasswordHasher::hash(password));
    query.addBindValue(PortalClock::format(QDateTime::currentDateTimeUtc()));
    bool ok = query.exec();
    query.prepare(u"INSERT INTO user_authorities (username, istat) VALUES (?, ?)"_s);
    for (const QString &istat : authorities) {
        query.addBindValue(username);
        query.addBindValue(istat);
        ok = ok && query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

std::optional<Caller> UserDirectory::find(const QString &username) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT role FROM users WHERE username = ?"_s);
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Caller caller;
    caller.username = username;
    caller.role = roleFromName(query.value(0).toString()).value_or(Role::Authority);
    query.prepare(u"SELECT istat FROM user_authorities WHERE username = ?"_s);
    query.addBindValue(username);
    query.exec();
    while (query.next())
        caller.authorities.insert(query.value(0).toString());
    return caller;
}

std::optional<QString> UserDirectory::passwordHash(const QString &username) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT password_hash FROM users WHERE username = ?"_s);
    query.addBindValue(username);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool UserDirectory::setPasswordHash(const QString &username, const QString &hash)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE users SET password_hash = ? WHERE username = ?"_s);
    query.addBindValue(hash);
    query.addBindValue(username);
    return !hash.isEmpty() && query.exec();
}

bool UserDirectory::assign(const QString &expert, const QStringList &authorities, QString *error)
{
    const auto user = find(expert);
    if (!user) {
        *error = u"unknown user %1"_s.arg(expert);
        return false;
    }
    QStringList all = user->authorities.values();
    all += authorities;
    return setAssignments(expert, all, error);
}

bool UserDirectory::setAssignments(const QString &expert, const QStringList &authorities,
                                   QString *error)
{
    const auto user = find(expert);
    if (!user || user->role != Role::Expert) {
        *error = u"%1 is not an expert"_s.arg(expert);
        return false;
    }
    for (const QString &istat : authorities) {
        if (!authorityExists(istat)) {
            *error = u"unknown authority %1"_s.arg(istat);
            return false;
        }
    }
    const QSet<QString> wanted(authorities.cbegin(), authorities.cend());
    const QSet<QString> added = wanted - user->authorities;
    const QSet<QString> removed = user->authorities - wanted;
    m_db.transaction();
    SequenceAllocator seq(m_db);
    bool ok = seq.begin();
    QSqlQuery query(m_db);
    for (const QString &istat : removed) {
        query.prepare(u"DELETE FROM user_authorities WHERE username = ? AND istat = ?"_s);
        query.addBindValue(expert);
        query.addBindValue(istat);
        ok = ok && query.exec() && writeScopeChanges(seq, expert, istat, u"delete"_s);
    }
    for (const QString &istat : added) {
        // The authority's records up to here reach the expert through the rows that
        // writeScopeChanges addresses to them; its shared rows only after (see since_seq).
        query.prepare(u"INSERT INTO user_authorities (username, istat, since_seq) VALUES (?, ?, ?)"_s);
        query.addBindValue(expert);
        query.addBindValue(istat);
        query.addBindValue(seq.current());
        ok = ok && query.exec() && writeScopeChanges(seq, expert, istat, u"upsert"_s);
    }
    ok = ok && seq.finish();
    if (!ok) {
        *error = query.lastError().text();
        m_db.rollback();
        return false;
    }
    qCInfo(lcPortal) << "assignments of" << expert << "+" << added.size() << "-" << removed.size();
    return m_db.commit();
}

// Every record of the authority enters (upsert) or leaves (delete) the expert's feed through
// change rows addressed to the expert alone.
bool UserDirectory::writeScopeChanges(SequenceAllocator &seq, const QString &expert,
                                      const QString &istat, const QString &op)
{
    QSqlQuery records(m_db);
    records.prepare(u"SELECT rid FROM records WHERE authority_istat = ? AND deleted = 0"_s);
    records.addBindValue(istat);
    if (!records.exec())
        return false;
    QSqlQuery drop(m_db);
    drop.prepare(u"DELETE FROM changes WHERE record_rid = ? AND audience = ?"_s);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO changes (seq, record_rid, authority_istat, audience, op)"
                   " VALUES (?, ?, ?, ?, ?)"_s);
    while (records.next()) {
        const qint64 rid = records.value(0).toLongLong();
        drop.addBindValue(rid);
        drop.addBindValue(expert);
        insert.addBindValue(seq.next());
        insert.addBindValue(rid);
        insert.addBindValue(istat);
        insert.addBindValue(expert);
        insert.addBindValue(op);
        if (!drop.exec() || !insert.exec())
            return false;
    }
    return true;
}

} // namespace pass::portal
