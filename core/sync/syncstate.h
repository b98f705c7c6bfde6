#pragma once

#include "core/store/sqlitestatement.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pass {

// The sync bookkeeping tables: key/value state (cursor, last sync) and the merge base — the
// server's state a record's unsent local edits were made against (sync_base). Bases are kept
// only while a record has unsent edits or an open conflict (see journalEdit); a record without
// one is, in its own table, the server's state at its version.
class SyncState
{
public:
    explicit SyncState(QSqlDatabase db) : m_db(std::move(db)) { }

    // The value of key, an empty string when it has none; nullopt (and *error) when the store
    // cannot be read: a failed read is never "no cursor", "not signed in".
    std::optional<QString> value(const QString &key, QString *error) const;
    bool setValue(const QString &key, const QString &value, QString *error);
    bool removeValue(const QString &key, QString *error);

    struct Base
    {
        qint64 version = 0;
        QJsonObject data;
    };
    // False (and *error) when the store cannot be read; *base is nullopt when there is none.
    bool base(const QString &entity, const QString &id, std::optional<Base> *base, QString *error) const;
    // 0 in *version when there is none.
    bool baseVersion(const QString &entity, const QString &id, qint64 *version, QString *error) const;
    bool setBase(const QString &entity, const QString &id, qint64 version, const QJsonObject &data, QString *error);
    bool removeBase(const QString &entity, const QString &id, QString *error);
    // Drops the bases of records with no unsent edit and no open conflict.
    bool clearSettledBases(QString *error);

    static constexpr const char16_t *kCursor = u"cursor";
    static constexpr const char16_t *kLastSync = u"last_sync_at";
    static constexpr const char16_t *kLastError = u"last_error";

private:
    QSqlDatabase m_db;
};

// sync_base through statements prepared once on the connection's SQLite handle, for the sync's
// page writer (a lookup for each pulled change of an edited record). The same rows as
// SyncState's base(), setBase() and removeBase().
class SyncBaseRows
{
public:
    bool prepare(const QSqlDatabase &db, QString *error);
    // False (and *error) when it cannot be read; *base is nullopt when there is none.
    bool find(const QString &entity, const QString &id, std::optional<SyncState::Base> *base, QString *error);
    bool set(const QString &entity, const QString &id, qint64 version, const QJsonObject &data, QString *error);
    bool remove(const QString &entity, const QString &id, QString *error);

private:
    SqliteStatement m_find, m_set, m_remove;
};

} // namespace pass
