#include "migrations.h"

#include "core/indicators/casestats.h"
#include "core/util/logging.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {
// The secondary indexes of case_files, shared with bulk writers that drop and rebuild them.
const char *const kCaseFileIndexes[6] = {
    R"(CREATE UNIQUE INDEX IF NOT EXISTS case_files_protocol ON case_files (authority_istat, protocol_number))",
    R"(CREATE INDEX IF NOT EXISTS case_files_start ON case_files (start_date))",
    R"(CREATE INDEX IF NOT EXISTS case_files_procedure ON case_files (procedure_code, start_date))",
    // Open case files only (a few percent of a mature store): the "open and overdue" list
    // pages through this instead of the whole start-date index.
    R"(CREATE INDEX IF NOT EXISTS case_files_open_start ON case_files (start_date) WHERE outcome IS NULL)",
    // The open case files of some authorities (deadline watch, the running semester's backlog of
    // a comune, a dashboard's drill-down): without walking every case file each one ever had.
    R"(CREATE INDEX IF NOT EXISTS case_files_open_authority ON case_files (authority_istat, start_date) WHERE outcome IS NULL)",
    // The responsible officers, for the list's search by officer: their few distinct names are
    // walked one seek each, and the files of the matching ones found without reading the table.
    R"(CREATE INDEX IF NOT EXISTS case_files_responsible ON case_files (responsible))",
};

QStringList caseFileIndexStatements(CaseFileIndexes which)
{
    QStringList list;
    for (const char *sql : kCaseFileIndexes)
        list << QString::fromUtf8(sql);
    return which == CaseFileIndexes::All ? list : list.mid(1);
}

QStringList caseFileIndexNames(CaseFileIndexes which)
{
    const QStringList all{u"case_files_protocol"_s, u"case_files_start"_s, u"case_files_procedure"_s,
                          u"case_files_open_start"_s, u"case_files_open_authority"_s, u"case_files_responsible"_s};
    return which == CaseFileIndexes::All ? all : all.mid(1);
}

namespace {

// Version 1: reference data, case files with their suspensions, and the maintained
// aggregates the indicator engine reads.
const char *const kVersion1[] = {
    R"(CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    R"(CREATE TABLE IF NOT EXISTS authorities (
        istat TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('comune', 'provincia', 'citta_metropolitana')),
        province_code TEXT,
        population INTEGER,
        pass_phase INTEGER CHECK (pass_phase IS NULL OR pass_phase IN (1, 2, 3)),
        retired INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE IF NOT EXISTS task_forces (
        code TEXT PRIMARY KEY,
        name_it TEXT NOT NULL,
        name_en TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE IF NOT EXISTS procedure_types (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        task_force_code TEXT NOT NULL REFERENCES task_forces(code),
        authority_levels TEXT,
        tacit_approval TEXT,
        legal_basis TEXT,
        source TEXT,
        origin TEXT NOT NULL DEFAULT 'shipped' CHECK (origin IN ('shipped', 'portal'))))",
    R"(CREATE TABLE IF NOT EXISTS procedure_terms (
        procedure_code TEXT NOT NULL REFERENCES procedure_types(code) ON DELETE CASCADE,
        valid_from TEXT NOT NULL,
        legal_term_days INTEGER CHECK (legal_term_days IS NULL OR legal_term_days > 0),
        note TEXT,
        PRIMARY KEY (procedure_code, valid_from)))",
    R"(CREATE TABLE IF NOT EXISTS case_files (
        id TEXT PRIMARY KEY,
        authority_istat TEXT NOT NULL REFERENCES authorities(istat),
        procedure_code TEXT NOT NULL REFERENCES procedure_types(code),
        protocol_number TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('express', 'tacit', 'withdrawn')),
        services_conference INTEGER NOT NULL DEFAULT 0,
        suspended INTEGER NOT NULL DEFAULT 0,
        suspension_days INTEGER NOT NULL DEFAULT 0,
        responsible TEXT,
        notes TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL))",
    kCaseFileIndexes[0],
    kCaseFileIndexes[1],
    kCaseFileIndexes[2],
    // Suspension periods; dates may be unknown when a source only says "suspended".
    R"(CREATE TABLE IF NOT EXISTS case_suspensions (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES case_files(id) ON DELETE CASCADE,
        from_date TEXT,
        to_date TEXT,
        reason TEXT))",
    R"(CREATE INDEX IF NOT EXISTS case_suspensions_case ON case_suspensions (case_id))",
    // Maintained aggregates: one row per authority (or '*' for all) × procedure × semester index
    // (year * 2 + half). backlog_delta holds +1/-1 marks whose running sum is the backlog.
    R"(CREATE TABLE IF NOT EXISTS case_stats (
        authority_istat TEXT NOT NULL,
        procedure_code TEXT NOT NULL,
        semester INTEGER NOT NULL,
        started INTEGER NOT NULL DEFAULT 0,
        concluded_tacit INTEGER NOT NULL DEFAULT 0,
        concluded_express INTEGER NOT NULL DEFAULT 0,
        express_with_conference INTEGER NOT NULL DEFAULT 0,
        express_with_suspension INTEGER NOT NULL DEFAULT 0,
        express_duration_sum INTEGER NOT NULL DEFAULT 0,
        concluded_late INTEGER NOT NULL DEFAULT 0,
        withdrawn INTEGER NOT NULL DEFAULT 0,
        backlog_delta INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (authority_istat, procedure_code, semester)) WITHOUT ROWID)",
};

// Version 2: support requests, visits, the audit trail and the sync bookkeeping.
const char *const kVersion2[] = {
    R"(CREATE TABLE IF NOT EXISTS support_requests (
        id TEXT PRIMARY KEY,
        authority_istat TEXT NOT NULL REFERENCES authorities(istat),
        task_force_code TEXT NOT NULL REFERENCES task_forces(code),
        procedure_codes TEXT NOT NULL DEFAULT '[]',
        kind TEXT NOT NULL CHECK (kind IN ('technical', 'legal', 'coaching', 'training', 'focus_group')),
        subject TEXT NOT NULL,
        description TEXT,
        priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'accepted',
            'assigned', 'in_progress', 'completed', 'rejected', 'withdrawn')),
        assigned_experts TEXT NOT NULL DEFAULT '[]',
        created_on TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX IF NOT EXISTS support_requests_authority ON support_requests (authority_istat))",
    R"(CREATE TABLE IF NOT EXISTS request_messages (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES support_requests(id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE IF NOT EXISTS visits (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL REFERENCES support_requests(id) ON DELETE CASCADE,
        expert TEXT NOT NULL,
        visit_date TEXT NOT NULL,
        hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0 AND hours <= 24),
        mode TEXT NOT NULL DEFAULT 'onsite' CHECK (mode IN ('onsite', 'remote')),
        participants TEXT,
        activities TEXT,
        outcome TEXT,
        follow_ups TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX IF NOT EXISTS visits_request ON visits (request_id))",
    // Who changed what, when, from which value to which: one row per changed field.
    R"(CREATE TABLE IF NOT EXISTS audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('local', 'import', 'sync', 'demo', 'conflict')),
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        field TEXT,
        old_value TEXT,
        new_value TEXT))",
    R"(CREATE INDEX IF NOT EXISTS audit_log_record ON audit_log (entity, record_id, id))",
    // Local edits waiting for the portal; written in the same transaction as the edit and
    // removed only once the server's answer is stored.
    R"(CREATE TABLE IF NOT EXISTS outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        mutation_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
        base_version INTEGER NOT NULL DEFAULT 0,
        fields TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT))",
    R"(CREATE INDEX IF NOT EXISTS outbox_record ON outbox (entity, record_id))",
    // The server's last known state of each synced record: the base of three-way merges.
    R"(CREATE TABLE IF NOT EXISTS sync_base (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (entity, record_id)) WITHOUT ROWID)",
    R"(CREATE TABLE IF NOT EXISTS sync_conflicts (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        field TEXT NOT NULL,
        base_value TEXT,
        mine TEXT,
        theirs TEXT,
        server_version INTEGER NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT))",
    R"(CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL))",
    // Baseline and targets per region and procedure type ('*' for all): configuration.
    R"(CREATE TABLE IF NOT EXISTS targets (
        region TEXT NOT NULL,
        procedure_code TEXT NOT NULL,
        baseline_semester TEXT NOT NULL,
        backlog_reduction_pct REAL NOT NULL,
        duration_reduction_pct REAL NOT NULL,
        due_date TEXT NOT NULL,
        PRIMARY KEY (region, procedure_code)))",
};

// Version 3: the sync log the user can read (what each sync did, and why it failed).
const char *const kVersion3[] = {
    R"(CREATE TABLE IF NOT EXISTS sync_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
        message TEXT NOT NULL))",
    R"(CREATE INDEX IF NOT EXISTS sync_conflicts_open ON sync_conflicts (resolved_at, entity, record_id))",
};

// Version 4: an index of the open case files, for the overdue list.
const char *const kVersion4[] = {
    kCaseFileIndexes[3],
};

// Version 5: CHECK constraints written as `x IN ('a', 'b', 'c')` make SQLite open and close a
// temporary B-tree for every row it checks, which cost about 1.6 µs per inserted case file,
// audit row and outbox row (a third of a bulk load). The same rules written as equalities cost
// nothing. Only the constraint text changes, never the stored rows, so the table definitions
// are edited in place as SQLite documents for such changes ("writable_schema"): instant on a
// store of a million case files, where rebuilding the tables would take many seconds.
struct CheckRewrite
{
    const char *table;
    const char *from;
    const char *to;
};
const CheckRewrite kVersion5[] = {
    {"case_files", "CHECK (outcome IS NULL OR outcome IN ('express', 'tacit', 'withdrawn'))",
     "CHECK (outcome IS NULL OR outcome = 'express' OR outcome = 'tacit' OR outcome = 'withdrawn')"},
    {"audit_log", "CHECK (origin IN ('local', 'import', 'sync', 'demo', 'conflict'))",
     "CHECK (origin = 'local' OR origin = 'import' OR origin = 'sync' OR origin = 'demo' OR origin = 'conflict')"},
    {"audit_log", "CHECK (action IN ('create', 'update', 'delete'))",
     "CHECK (action = 'create' OR action = 'update' OR action = 'delete')"},
    {"outbox", "CHECK (op IN ('create', 'update', 'delete'))", "CHECK (op = 'create' OR op = 'update' OR op = 'delete')"},
};

bool rewriteChecks(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const auto fail = [&] {
        *error = q.lastError().text();
        QSqlQuery(db).exec(u"PRAGMA writable_schema = OFF"_s);
        return false;
    };
    if (!q.exec(u"PRAGMA schema_version"_s) || !q.next())
        return fail();
    const qint64 schemaCookie = q.value(0).toLongLong();
    if (!q.exec(u"PRAGMA writable_schema = ON"_s))
        return fail();
    int changed = 0;
    for (const CheckRewrite &r : kVersion5) {
        // Rerunnable: a definition already rewritten no longer contains `from` and is left alone.
        q.prepare(u"UPDATE sqlite_schema SET sql = replace(sql, :from, :to) "
                  "WHERE type = 'table' AND name = :table AND instr(sql, :from) > 0"_s);
        q.bindValue(u":from"_s, QString::fromUtf8(r.from));
        q.bindValue(u":to"_s, QString::fromUtf8(r.to));
        q.bindValue(u":table"_s, QString::fromUtf8(r.table));
        if (!q.exec())
            return fail();
        changed += q.numRowsAffected();
    }
    // A new schema cookie makes every connection (this one included) read the edited
    // definitions before its next statement.
    if (changed > 0 && !q.exec(u"PRAGMA schema_version = %1"_s.arg(schemaCookie + 1)))
        return fail();
    if (!q.exec(u"PRAGMA writable_schema = OFF"_s))
        return fail();
    return true;
}

// Version 6: import runs. A bulk import records itself once — file, checksum, who, when, how
// many case files it created and updated — instead of one audit row and one outbox row per created case;
// each case file it created points back at the run and at the line it came from.
// outbox_first_seq is the first of `created` outbox sequence numbers the run reserved for the
// creates it owes the portal; outbox_pending says the sync has not yet turned them into
// outbox rows (see Outbox::expandImportRuns).
const char *const kVersion6[] = {
    R"(CREATE TABLE IF NOT EXISTS import_runs (
        id INTEGER PRIMARY KEY,
        file TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        origin TEXT NOT NULL,
        created INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        outbox_first_seq INTEGER,
        outbox_pending INTEGER NOT NULL DEFAULT 0))",
};

// Columns added to an existing table, each only when it is not there yet (a step run twice).
struct AddedColumn
{
    const char *table;
    const char *column;
    const char *definition;
};
const AddedColumn kVersion6Columns[] = {
    {"case_files", "import_run", "INTEGER REFERENCES import_runs(id)"},
    {"case_files", "import_line", "INTEGER"},
};

template<size_t N>
bool addColumns(QSqlDatabase &db, const AddedColumn (&columns)[N], QString *error)
{
    for (const AddedColumn &c : columns) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'"_s.arg(
                QLatin1StringView(c.table), QLatin1StringView(c.column)))
            || !q.next()) {
            *error = q.lastError().text();
            return false;
        }
        if (q.value(0).toInt() > 0)
            continue;
        if (!q.exec(u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(QLatin1StringView(c.table), QLatin1StringView(c.column),
                                                              QLatin1StringView(c.definition)))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// Version 7: the merge base is captured lazily, when a record is first edited locally, instead of
// for every pulled record. Bases of records with no unsent edit and no open conflict are no
// longer needed: the record's own row, with its version, is the server's state. And refused
// edits are kept in a table instead of only in the sync log.
const char *const kVersion7[] = {
    R"(DELETE FROM sync_base WHERE entity IN ('case_file', 'support_request', 'visit', 'request_message')
        AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.entity = sync_base.entity AND o.record_id = sync_base.record_id)
        AND NOT EXISTS (SELECT 1 FROM sync_conflicts c WHERE c.resolved_at IS NULL
                        AND c.entity = sync_base.entity AND c.record_id = sync_base.record_id))",
    // Local edits the portal refused, and why: kept for people to read (passctl rejections).
    R"(CREATE TABLE IF NOT EXISTS sync_rejections (
        id INTEGER PRIMARY KEY,
        mutation_id TEXT NOT NULL UNIQUE,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        op TEXT NOT NULL,
        fields TEXT NOT NULL DEFAULT '{}',
        status INTEGER NOT NULL,
        field TEXT,
        message TEXT NOT NULL,
        rejected_at TEXT NOT NULL))",
};

// Version 8: the declared length of a suspension whose dates are unknown (Suspension::days): a
// registry's day count used to become a period of 0 days, and case_files.suspension_days 0.
const AddedColumn kVersion8Columns[] = {
    {"case_suspensions", "days", "INTEGER NOT NULL DEFAULT 0 CHECK (days >= 0)"},
};

// Version 9: the backlog net of suspension days beside the gross one (case_stats, recounted from
// the case files), and a target's intermediate milestones (JSON array of due date and
// reductions, drawn as the target path).
const AddedColumn kVersion9Columns[] = {
    {"case_stats", "backlog_net_delta", "INTEGER NOT NULL DEFAULT 0"},
    {"targets", "milestones", "TEXT NOT NULL DEFAULT '[]'"},
};

// Version 10: an index of the open case files per authority.
const char *const kVersion10[] = {
    kCaseFileIndexes[4],
};

bool recountCaseStats(QSqlDatabase &db, QString *error)
{
    CaseStatsAccumulator stats;
    return stats.countAll(db, error) && stats.replaceAll(db, error);
}

// Version 11: the support-request workflow and the visits' countersignature (issue 13): why a
// request was rejected or withdrawn, its closing summary and the portal's record of who moved it
// when; a visit's times, procedures, dated follow-ups and the authority's confirmation.
const AddedColumn kVersion11Columns[] = {
    {"support_requests", "status_reason", "TEXT NOT NULL DEFAULT ''"},
    {"support_requests", "closing_summary", "TEXT NOT NULL DEFAULT ''"},
    {"support_requests", "status_history", "TEXT NOT NULL DEFAULT '[]'"},
    {"visits", "start_time", "TEXT"},
    {"visits", "end_time", "TEXT"},
    {"visits", "procedure_codes", "TEXT NOT NULL DEFAULT '[]'"},
    {"visits", "follow_up_items", "TEXT NOT NULL DEFAULT '[]'"},
    {"visits", "confirmation", "TEXT NOT NULL DEFAULT 'pending' CHECK (confirmation IN ('pending', 'confirmed', 'disputed'))"},
    {"visits", "confirmation_note", "TEXT NOT NULL DEFAULT ''"},
};
const char *const kVersion11[] = {
    R"(CREATE INDEX IF NOT EXISTS visits_expert_date ON visits (expert, visit_date))",
    R"(CREATE INDEX IF NOT EXISTS support_requests_status ON support_requests (status, created_on))",
    R"(CREATE INDEX IF NOT EXISTS support_requests_created ON support_requests (created_on, id))",
};

// Version 12: who is assigned to which request, as a side table kept in step by triggers with
// support_requests.assigned_experts, so that "assigned to me" is an index lookup instead of a
// JSON scan of every request (400-700 ms at 100,000 requests). Triggers rather than code in each
// writer: the store's own edits, pulled pages, conflict resolutions, the demo and a raw SQL
// repair all write support_requests, and none of them can forget the side table.
// The JSON is guarded: a malformed list (never written by this code) assigns nobody instead of
// failing the write.
#define PASS_EXPERTS_OF(row) \
    "SELECT DISTINCT e.value, " row ".id FROM json_each(CASE WHEN json_valid(" row ".assigned_experts) " \
    "THEN " row ".assigned_experts ELSE '[]' END) e WHERE e.type = 'text'"
const char *const kVersion12[] = {
    R"(CREATE TABLE IF NOT EXISTS request_experts (
        expert TEXT NOT NULL,
        request_id TEXT NOT NULL,
        PRIMARY KEY (expert, request_id)) WITHOUT ROWID)",
    R"(CREATE INDEX IF NOT EXISTS request_experts_request ON request_experts (request_id))",
    "CREATE TRIGGER IF NOT EXISTS support_requests_experts_insert AFTER INSERT ON support_requests BEGIN "
    "INSERT OR IGNORE INTO request_experts (expert, request_id) " PASS_EXPERTS_OF("NEW") "; END",
    "CREATE TRIGGER IF NOT EXISTS support_requests_experts_update AFTER UPDATE OF id, assigned_experts "
    "ON support_requests BEGIN DELETE FROM request_experts WHERE request_id = OLD.id; "
    "INSERT OR IGNORE INTO request_experts (expert, request_id) " PASS_EXPERTS_OF("NEW") "; END",
    "CREATE TRIGGER IF NOT EXISTS support_requests_experts_delete AFTER DELETE ON support_requests BEGIN "
    "DELETE FROM request_experts WHERE request_id = OLD.id; END",
    // The requests already in the store (a step run twice inserts nothing new).
    "INSERT OR IGNORE INTO request_experts (expert, request_id) SELECT DISTINCT e.value, r.id "
    "FROM support_requests r, json_each(CASE WHEN json_valid(r.assigned_experts) THEN r.assigned_experts "
    "ELSE '[]' END) e WHERE e.type = 'text'",
};
#undef PASS_EXPERTS_OF

// Version 13: the documents of support requests (issue 13). request_documents is the synced
// metadata; document_blobs holds each content once, by its SHA-256, written in the same
// transaction as the first document that refers to it (a killed process leaves the whole
// document or nothing). uploaded: the portal has confirmed it holds these bytes.
const char *const kVersion13[] = {
    R"(CREATE TABLE IF NOT EXISTS request_documents (
        id TEXT PRIMARY KEY,
        request_id TEXT NOT NULL,
        file_name TEXT NOT NULL,
        media_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        added_by TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX IF NOT EXISTS request_documents_request ON request_documents (request_id, added_at))",
    R"(CREATE INDEX IF NOT EXISTS request_documents_sha256 ON request_documents (sha256))",
    R"(CREATE TABLE IF NOT EXISTS document_blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size > 0),
        content BLOB NOT NULL,
        uploaded INTEGER NOT NULL DEFAULT 0))",
};

// Version 14: the index of responsible officers (kCaseFileIndexes[5]). The list's search by
// officer read the whole table when few files matched (600 ms over 1,000,000 case files); the
// index costs about 1 s to build on such a store, once, and 6 % of its size.
const char *const kVersion14[] = {
    kCaseFileIndexes[5],
};

template<size_t N>
bool runStatements(QSqlDatabase &db, const char *const (&statements)[N], QString *error)
{
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool runStep(QSqlDatabase &db, int version, QString *error)
{
    switch (version) {
    case 1:
        return runStatements(db, kVersion1, error);
    case 2:
        return runStatements(db, kVersion2, error);
    case 3:
        return runStatements(db, kVersion3, error);
    case 4:
        return runStatements(db, kVersion4, error);
    case 5:
        return rewriteChecks(db, error);
    case 6:
        return runStatements(db, kVersion6, error) && addColumns(db, kVersion6Columns, error);
    case 7:
        return runStatements(db, kVersion7, error);
    case 8:
        return addColumns(db, kVersion8Columns, error);
    case 9:
        return addColumns(db, kVersion9Columns, error) && recountCaseStats(db, error);
    case 10:
        return runStatements(db, kVersion10, error);
    case 11:
        return addColumns(db, kVersion11Columns, error) && runStatements(db, kVersion11, error);
    case 12:
        return runStatements(db, kVersion12, error);
    case 13:
        return runStatements(db, kVersion13, error);
    case 14:
        return runStatements(db, kVersion14, error);
    }
    *error = u"no migration to version %1"_s.arg(version);
    return false;
}

} // namespace

int schemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error, int targetVersion)
{
    const int from = schemaVersion(db);
    if (from < 0) {
        *error = QObject::tr("Cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    for (int version = from + 1; version <= targetVersion; ++version) {
        QSqlQuery q(db);
        if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
            *error = q.lastError().text();
            return false;
        }
        QString stepError;
        const bool ok = runStep(db, version, &stepError)
            && q.exec(u"PRAGMA user_version = %1"_s.arg(version))
            && q.exec(u"INSERT INTO meta (key, value) VALUES ('schema_version', '%1') "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s.arg(version));
        if (!ok) {
            if (stepError.isEmpty())
                stepError = q.lastError().text();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            *error = QObject::tr("Upgrading the store to version %1 failed: %2").arg(version).arg(stepError);
            return false;
        }
        if (!q.exec(u"COMMIT"_s)) {
            *error = q.lastError().text();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return false;
        }
        qCInfo(lcStore) << "store upgraded to schema version" << version;
    }
    return true;
}

} // namespace pass
