#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass::portal {

// The portal's own SQLite file: opens it, creates or migrates the schema (a `meta` table keeps
// the schema version) and loads the shipped reference data on first start. The SQL is kept
// portable (no SQLite-only types) so a PostgreSQL connection can follow.
class PortalDatabase
{
public:
    explicit PortalDatabase(QString path, QString connectionName = QStringLiteral("pass-portal"));
    ~PortalDatabase();
    PortalDatabase(const PortalDatabase &) = delete;
    PortalDatabase &operator=(const PortalDatabase &) = delete;

    // Returns false and sets errorString() when the file cannot be opened or migrated.
    bool open();
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName); }
    QString errorString() const { return m_error; }

    // A random identifier of this database, part of every cursor (a cursor from another
    // server is unknown here).
    QString instanceId() const { return m_instanceId; }

    QString path() const { return m_path; }

    QString metaValue(const QString &key) const;
    bool setMetaValue(const QString &key, const QString &value);

    static constexpr int SchemaVersion = 4;

private:
    bool migrate();
    bool exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
    QString m_instanceId;
    QString m_error;
};

} // namespace pass::portal
