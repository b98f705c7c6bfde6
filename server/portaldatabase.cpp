#include "portaldatabase.h"

#include "portallog.h"
#include "referenceimport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

// Version 1 of the schema. Records keep their fields as a JSON object (`data`) beside the
// columns that scope, order and index them; `field_versions` holds the version at which each
// field last changed (absent: the version that created the record), which lets the server
// tell a stale but disjoint update from a real conflict.
const char *const kSchemaV1[] = {
    "CREATE TABLE authorities (istat TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,"
    " province_code TEXT NOT NULL, population INTEGER, pass_phase INTEGER)",
    "CREATE TABLE task_forces (code TEXT PRIMARY KEY, name_it TEXT NOT NULL,"
    " name_en TEXT NOT NULL, sort_order INTEGER NOT NULL)",
    "CREATE TABLE procedure_types (code TEXT PRIMARY KEY, name TEXT NOT NULL,"
    " task_force_code TEXT NOT NULL REFERENCES task_forces(code),"
    " authority_levels TEXT NOT NULL, tacit_approval TEXT NOT NULL, legal_basis TEXT NOT NULL)",
    "CREATE TABLE procedure_terms (procedure_code TEXT NOT NULL REFERENCES procedure_types(code),"
    " valid_from TEXT NOT NULL, legal_term_days INTEGER, PRIMARY KEY (procedure_code, valid_from))",
    "CREATE TABLE users (username TEXT PRIMARY KEY, role TEXT NOT NULL,"
    " password_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE user_authorities (username TEXT NOT NULL REFERENCES users(username),"
    " istat TEXT NOT NULL REFERENCES authorities(istat), PRIMARY KEY (username, istat))",
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO counters (name, value) VALUES ('change_seq', 0)",
    "CREATE TABLE records (id TEXT PRIMARY KEY, entity TEXT NOT NULL,"
    " authority_istat TEXT NOT NULL, parent_id TEXT, natural_key TEXT,"
    " version BIGINT NOT NULL, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
    " data TEXT NOT NULL, field_versions TEXT NOT NULL, UNIQUE (entity, natural_key))",
    "CREATE INDEX records_scope ON records (entity, authority_istat, id)",
    "CREATE INDEX records_parent ON records (parent_id)",
    // One row per record and audience: a newer change of a record replaces the older row, so
    // the feed carries each record once with its latest version. audience NULL: everyone whose
    // scope holds authority_istat; otherwise one user (records entering or leaving a scope).
    "CREATE TABLE changes (seq BIGINT NOT NULL PRIMARY KEY, record_id TEXT NOT NULL,"
    " authority_istat TEXT NOT NULL, audience TEXT, op TEXT NOT NULL)",
    "CREATE INDEX changes_record ON changes (record_id)",
    "CREATE INDEX changes_authority ON changes (authority_istat, seq)",
    "CREATE INDEX changes_audience ON changes (audience, seq)",
    "CREATE TABLE mutation_log (mutation_id TEXT PRIMARY KEY, username TEXT NOT NULL,"
    " result TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE auth_codes (code_hash TEXT PRIMARY KEY, username TEXT NOT NULL,"
    " client_id TEXT NOT NULL, redirect_uri TEXT NOT NULL, code_challenge TEXT NOT NULL,"
    " expires_at BIGINT NOT NULL, used INTEGER NOT NULL DEFAULT 0, family TEXT NOT NULL)",
    "CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL,"
    " username TEXT NOT NULL, family TEXT NOT NULL, expires_at BIGINT NOT NULL,"
    " revoked INTEGER NOT NULL DEFAULT 0, rotated INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX tokens_family ON tokens (family)",
};

// Version 2. changes.seq becomes an INTEGER PRIMARY KEY, i.e. the table's rowid: the feed
// walks the table itself in seq order instead of a separate index plus a lookup per row.
// (INTEGER is 64-bit in SQLite; PostgreSQL would spell it BIGINT.)
// user_authorities.since_seq is the sequence number at which an expert got the authority: the
// records it held then reach the expert through change rows addressed to them, so the feed
// shows the expert only the authority's shared rows written after that point (otherwise a
// record whose shared row lies between the expert's cursor and the assignment came twice).
const char *const kSchemaV2[] = {
    "CREATE TABLE changes_v2 (seq INTEGER PRIMARY KEY, record_id TEXT NOT NULL,"
    " authority_istat TEXT NOT NULL, audience TEXT, op TEXT NOT NULL)",
    "INSERT INTO changes_v2 (seq, record_id, authority_istat, audience, op)"
    " SELECT seq, record_id, authority_istat, audience, op FROM changes",
    "DROP TABLE changes",
    "ALTER TABLE changes_v2 RENAME TO changes",
    "CREATE INDEX changes_record ON changes (record_id)",
    "CREATE INDEX changes_authority ON changes (authority_istat, seq)",
    "CREATE INDEX changes_audience ON changes (audience, seq)",
    "ALTER TABLE user_authorities ADD COLUMN since_seq BIGINT NOT NULL DEFAULT 0",
};

// Version 3, for the change feed's speed. Records get an explicit INTEGER PRIMARY KEY `rid`
// (a stable rowid: writes update in place, VACUUM keeps it) and change rows point at it, so
// the feed joins a change to its record with one rowid lookup instead of a search of the
// random-ordered UUID index.
const char *const kSchemaV3[] = {
    "CREATE TABLE records_v3 (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
    " entity TEXT NOT NULL, authority_istat TEXT NOT NULL, parent_id TEXT, natural_key TEXT,"
    " version BIGINT NOT NULL, updated_at TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
    " data TEXT NOT NULL, field_versions TEXT NOT NULL, UNIQUE (entity, natural_key))",
    "INSERT INTO records_v3 (id, entity, authority_istat, parent_id, natural_key, version,"
    " updated_at, deleted, data, field_versions) SELECT id, entity, authority_istat, parent_id,"
    " natural_key, version, updated_at, deleted, data, field_versions FROM records ORDER BY rowid",
    "CREATE TABLE changes_v3 (seq INTEGER PRIMARY KEY, record_rid BIGINT NOT NULL,"
    " authority_istat TEXT NOT NULL, audience TEXT, op TEXT NOT NULL)",
    "INSERT INTO changes_v3 (seq, record_rid, authority_istat, audience, op)"
    " SELECT c.seq, r.rid, c.authority_istat, c.audience, c.op FROM changes c"
    " JOIN records_v3 r ON r.id = c.record_id",
    "DROP TABLE changes",
    "DROP TABLE records",
    "ALTER TABLE records_v3 RENAME TO records",
    "ALTER TABLE changes_v3 RENAME TO changes",
    "CREATE INDEX records_scope ON records (entity, authority_istat, id)",
    "CREATE INDEX records_parent ON records (parent_id)",
    "CREATE INDEX changes_record ON changes (record_rid)",
    "CREATE INDEX changes_authority ON changes (authority_istat, seq)",
    "CREATE INDEX changes_audience ON changes (audience, seq)",
    // Assignments made before version 2: the first row the assignment addressed to the expert
    // marks it (version 1 kept those rows), and rows superseded by a later shared row go, as a
    // write now does; otherwise migrated experts would receive those records twice.
    "UPDATE user_authorities SET since_seq = COALESCE((SELECT MIN(c.seq) - 1 FROM changes c"
    " WHERE c.audience = user_authorities.username AND c.authority_istat = user_authorities.istat"
    " AND c.op = 'upsert'), 0) WHERE since_seq = 0",
    "DELETE FROM changes WHERE audience IS NOT NULL AND op = 'upsert' AND EXISTS (SELECT 1"
    " FROM changes s WHERE s.record_rid = changes.record_rid AND s.audience IS NULL"
    " AND s.seq > changes.seq)",
};

// Version 4. Refresh tokens: issued_by (the hash of the refresh token whose rotation issued the
// row: a rotated token presented again within the grace window replaces that unused pair),
// rotated_at, and family_expires_at (the absolute end of a sign-in, however often it is
// refreshed; existing sign-ins get the full span from now). Indexes for pruning.
const char *const kSchemaV4[] = {
    "ALTER TABLE tokens ADD COLUMN issued_by TEXT",
    "ALTER TABLE tokens ADD COLUMN rotated_at BIGINT",
    "ALTER TABLE tokens ADD COLUMN family_expires_at BIGINT",
    "UPDATE tokens SET family_expires_at = CAST(strftime('%s', 'now') AS INTEGER) + 90 * 86400",
    "CREATE INDEX tokens_issued_by ON tokens (issued_by)",
    "CREATE INDEX tokens_expiry ON tokens (expires_at)",
    "CREATE INDEX auth_codes_expiry ON auth_codes (expires_at)",
    "CREATE INDEX mutation_log_created ON mutation_log (created_at)",
};

} // namespace

PortalDatabase::PortalDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

PortalDatabase::~PortalDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool PortalDatabase::open()
{
    QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    database.setDatabaseName(m_path);
    if (!database.open()) {
        m_error = database.lastError().text();
        return false;
    }
    exec(u"PRAGMA journal_mode=WAL"_s);
    exec(u"PRAGMA synchronous=NORMAL"_s);
    exec(u"PRAGMA foreign_keys=ON"_s);
    exec(u"PRAGMA busy_timeout=5000"_s);
    if (!migrate())
        return false;
    m_instanceId = metaValue(u"instance_id"_s);
    return true;
}

bool PortalDatabase::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        m_error = query.lastError().text() + u" in: "_s + sql;
        return false;
    }
    return true;
}

bool PortalDatabase::migrate()
{
    QSqlDatabase database = db();
    if (!exec(u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s))
        return false;
    const int fromVersion = metaValue(u"schema_version"_s).toInt();
    if (fromVersion > SchemaVersion) {
        m_error = u"the database has schema version %1, newer than this server's %2"_s
                      .arg(fromVersion)
                      .arg(SchemaVersion);
        return false;
    }
    if (fromVersion < 1) {
        database.transaction();
        bool ok = true;
        for (const char *statement : kSchemaV1)
            ok = ok && exec(QString::fromLatin1(statement));
        ok = ok && ReferenceImport::load(database, &m_error);
        ok = ok && setMetaValue(u"instance_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        ok = ok && setMetaValue(u"min_cursor_seq"_s, u"0"_s);
        ok = ok && setMetaValue(u"schema_version"_s, QString::number(1));
        if (!ok) {
            database.rollback();
            return false;
        }
        database.commit();
        qCInfo(lcPortal) << "created portal database" << m_path;
    }
    const std::pair<int, QList<const char *>> steps[] = {
        {2, {std::begin(kSchemaV2), std::end(kSchemaV2)}},
        {3, {std::begin(kSchemaV3), std::end(kSchemaV3)}},
        {4, {std::begin(kSchemaV4), std::end(kSchemaV4)}},
    };
    for (const auto &[version, statements] : steps) {
        if (fromVersion >= version)
            continue;
        database.transaction();
        bool ok = true;
        for (const char *statement : statements)
            ok = ok && exec(QString::fromLatin1(statement));
        ok = ok && setMetaValue(u"schema_version"_s, QString::number(version));
        if (!ok) {
            database.rollback();
            return false;
        }
        database.commit();
        if (fromVersion >= 1)
            qCInfo(lcPortal) << "migrated portal database" << m_path << "to schema" << version;
    }
    return true;
}

QString PortalDatabase::metaValue(const QString &key) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool PortalDatabase::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(db());
    query.prepare(u"DELETE FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    query.exec();
    query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

} // namespace pass::portal
