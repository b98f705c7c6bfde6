// The store's schema: created fresh, upgraded from every earlier version with data kept,
// steps safe to run twice, a store from a newer version refused untouched, private file mode.
#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void freshStoreHasCurrentSchema();
    void upgradesFromEveryEarlierVersion_data();
    void upgradesFromEveryEarlierVersion();
    void stepsAreRerunnable();
    void version7KeepsOnlyTheBasesOfUnsettledRecords();
    void version9CountsTheNetBacklogAndKeepsTargets();
    void version13AddsDocumentsBesideTheRequests();
    void refusesNewerStoreUntouched();
    void refusesFileThatIsNotSqlite();
    void fileIsPrivate();
    void referenceDataSeededOnce();
    void hotInsertsNeedNoTemporaryTable_data();
    void hotInsertsNeedNoTemporaryTable();

private:
    static QByteArray checksum(const QString &path);
};

QByteArray TestMigrations::checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

static int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Opens a raw connection (no Database) to prepare a store at an older version.
template<typename Fn>
static void withRawConnection(const QString &path, Fn fn)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void TestMigrations::freshStoreHasCurrentSchema()
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"new.db"_s));
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    QCOMPARE(schemaVersion(c), kCurrentSchemaVersion);
    QCOMPARE(scalar(c, u"SELECT value FROM meta WHERE key = 'schema_version'"_s), kCurrentSchemaVersion);
    QSqlQuery q(c);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 16384);
    for (const char *table : {"authorities", "task_forces", "procedure_types", "procedure_terms", "case_files",
                              "case_suspensions", "case_stats", "support_requests", "request_messages", "visits",
                              "audit_log", "outbox", "sync_base", "sync_conflicts", "sync_state", "targets",
                              "import_runs", "sync_rejections", "request_documents", "document_blobs"}) {
        QVERIFY2(scalar(c, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(
                              QString::fromLatin1(table)))
                     == 1,
                 table);
    }
}

void TestMigrations::upgradesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < kCurrentSchemaVersion; ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestMigrations::upgradesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.db"_s);
    withRawConnection(path, [&](QSqlDatabase raw) {
        QString error;
        QVERIFY2(migrate(raw, &error, fromVersion), qPrintable(error));
        QCOMPARE(schemaVersion(raw), fromVersion);
        if (fromVersion >= 1) {
            // Data written by the older version must survive the upgrade.
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"INSERT INTO task_forces VALUES ('EDILIZIA_URBANISTICA', 'Edilizia', 'Building', 5)"_s));
            QVERIFY(q.exec(u"INSERT INTO procedure_types (code, name, task_force_code) VALUES ('PDC-LOM', 'PdC', 'EDILIZIA_URBANISTICA')"_s));
            QVERIFY(q.exec(u"INSERT INTO authorities (istat, name, kind) VALUES ('019035', 'Crema', 'comune')"_s));
            QVERIFY(q.exec(u"INSERT INTO case_files (id, authority_istat, procedure_code, protocol_number, start_date, updated_at) "
                           "VALUES ('old-1', '019035', 'PDC-LOM', '2021/1', '2021-03-01', '2021-03-01T00:00:00Z')"_s));
        }
    });
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    QCOMPARE(schemaVersion(c), kCurrentSchemaVersion);
    if (fromVersion >= 1) {
        QCOMPARE(scalar(c, u"SELECT count(*) FROM case_files WHERE id = 'old-1'"_s), 1);
        // Created before import runs existed: no run, no line.
        QCOMPARE(scalar(c, u"SELECT count(*) FROM case_files WHERE id = 'old-1' AND import_run IS NULL "
                           "AND import_line IS NULL"_s), 1);
    }
    QCOMPARE(scalar(c, u"SELECT count(*) FROM import_runs"_s), 0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM sqlite_master WHERE name = 'case_files_open_authority'"_s), 1);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM sqlite_master WHERE name = 'case_files_responsible'"_s), 1);
    // An existing store keeps its pages (SQLite's default size here); only new ones get 16 KiB.
    QCOMPARE(scalar(c, u"PRAGMA page_size"_s), fromVersion == 0 ? 16384 : 4096);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM outbox"_s), 0);
    QVERIFY(scalar(c, u"SELECT count(*) FROM authorities"_s) >= 1514); // 1,502 comuni + 12 provinces
}

void TestMigrations::stepsAreRerunnable()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"twice.db"_s);
    {
        Database db(path);
        QVERIFY(db.open());
    }
    // Pretend every step failed to record its version: running them all again must succeed.
    withRawConnection(path, [&](QSqlDatabase raw) {
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA user_version = 0"_s));
        QString error;
        QVERIFY2(migrate(raw, &error), qPrintable(error));
        QCOMPARE(schemaVersion(raw), kCurrentSchemaVersion);
        // Columns added by a step are there once.
        QCOMPARE(scalar(raw, u"SELECT count(*) FROM pragma_table_info('case_files') WHERE name = 'import_run'"_s), 1);
    });
}

// Version 9 adds the backlog net of suspensions to case_stats, recounted from the case files,
// and milestones to the targets (empty for the targets already there).
void TestMigrations::version9CountsTheNetBacklogAndKeepsTargets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"net.db"_s);
    withRawConnection(path, [&](QSqlDatabase raw) {
        QString error;
        QVERIFY2(migrate(raw, &error, 8), qPrintable(error));
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"INSERT INTO task_forces VALUES ('EDILIZIA_URBANISTICA', 'Edilizia', 'Building', 5)"_s));
        QVERIFY(q.exec(u"INSERT INTO procedure_types (code, name, task_force_code) VALUES ('PDC-X', 'PdC', 'EDILIZIA_URBANISTICA')"_s));
        QVERIFY(q.exec(u"INSERT INTO procedure_terms VALUES ('PDC-X', '2000-01-01', 60, NULL)"_s));
        QVERIFY(q.exec(u"INSERT INTO authorities (istat, name, kind) VALUES ('019035', 'Crema', 'comune')"_s));
        // Open since 2021-01-01, suspended 200 days: overdue gross from 2021-03-03 (2021-S1),
        // net of suspensions from 2021-09-19 (start + 60 + 200 + 1 day: 2021-S2).
        QVERIFY(q.exec(u"INSERT INTO case_files (id, authority_istat, procedure_code, protocol_number, start_date, "
                       "suspended, suspension_days, updated_at) VALUES ('s-1', '019035', 'PDC-X', '1', '2021-01-01', "
                       "1, 200, '2021-01-01T00:00:00Z')"_s));
        QVERIFY(q.exec(u"INSERT INTO targets VALUES ('LOM', '*', '2021-S2', 40, 20, '2025-06-30')"_s));
    });
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    const int s1 = 2021 * 2, s2 = 2021 * 2 + 1;
    QCOMPARE(scalar(c, u"SELECT backlog_delta FROM case_stats WHERE authority_istat = '019035' AND semester = %1"_s.arg(s1)), 1);
    QCOMPARE(scalar(c, u"SELECT backlog_net_delta FROM case_stats WHERE authority_istat = '019035' AND semester = %1"_s.arg(s1)), 0);
    QCOMPARE(scalar(c, u"SELECT backlog_net_delta FROM case_stats WHERE authority_istat = '*' AND semester = %1"_s.arg(s2)), 1);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM targets WHERE milestones = '[]' AND backlog_reduction_pct = 40"_s), 1);
}

// Version 13 adds the documents of support requests: a store of version 12 keeps its requests
// and outbox, gets empty document tables, and the tables refuse a content that is not a SHA-256.
void TestMigrations::version13AddsDocumentsBesideTheRequests()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"docs.db"_s);
    withRawConnection(path, [&](QSqlDatabase raw) {
        QString error;
        QVERIFY2(migrate(raw, &error, 12), qPrintable(error));
        QSqlQuery q(raw);
        QVERIFY2(q.exec(u"INSERT INTO support_requests (id, authority_istat, task_force_code, kind, subject, status, "
                        "created_on, updated_at) VALUES ('r-1', '019035', 'EDILIZIA_URBANISTICA', 'technical', 'Arretrato', "
                        "'draft', '2026-11-02', '2026-11-02T09:00:00Z')"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"INSERT INTO outbox (mutation_id, entity, record_id, op, created_at) "
                       "VALUES ('m1', 'support_request', 'r-1', 'create', '2026-11-02T09:00:00Z')"_s));
        QCOMPARE(scalar(raw, u"SELECT count(*) FROM sqlite_master WHERE name = 'request_documents'"_s), 0);
    });
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    QCOMPARE(schemaVersion(c), kCurrentSchemaVersion);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM support_requests WHERE id = 'r-1'"_s), 1);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM outbox WHERE record_id = 'r-1'"_s), 1);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM request_documents"_s), 0);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM document_blobs"_s), 0);
    QSqlQuery q(c);
    QVERIFY(!q.exec(u"INSERT INTO document_blobs (sha256, size, content) VALUES ('abc', 3, x'616263')"_s));
    QVERIFY(q.exec(u"INSERT INTO document_blobs (sha256, size, content) VALUES ('%1', 3, x'616263')"_s.arg(QString(64, u'a'))));
}

void TestMigrations::version7KeepsOnlyTheBasesOfUnsettledRecords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bases.db"_s);
    withRawConnection(path, [&](QSqlDatabase raw) {
        QString error;
        QVERIFY2(migrate(raw, &error, 6), qPrintable(error));
        QSqlQuery q(raw);
        // Up to version 6 every pulled record had a base.
        const QList<std::pair<QString, QString>> bases{{u"case_file"_s, u"settled"_s}, {u"case_file"_s, u"edited"_s},
                                                       {u"visit"_s, u"in-conflict"_s}, {u"case_file"_s, u"resolved"_s},
                                                       {u"future_entity"_s, u"kept-for-later"_s}};
        for (const auto &[entity, id] : bases) {
            q.prepare(u"INSERT INTO sync_base (entity, record_id, version, data) VALUES (?, ?, 3, '{}')"_s);
            q.addBindValue(entity);
            q.addBindValue(id);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(u"INSERT INTO outbox (mutation_id, entity, record_id, op, created_at) "
                       "VALUES ('m1', 'case_file', 'edited', 'update', '2025-01-01T00:00:00Z')"_s));
        QVERIFY(q.exec(u"INSERT INTO sync_conflicts (entity, record_id, field, server_version, detected_at) "
                       "VALUES ('visit', 'in-conflict', 'hours', 4, '2025-01-01T00:00:00Z')"_s));
        QVERIFY(q.exec(u"INSERT INTO sync_conflicts (entity, record_id, field, server_version, detected_at, resolved_at) "
                       "VALUES ('case_file', 'resolved', 'notes', 4, '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z')"_s));
    });
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT record_id FROM sync_base ORDER BY record_id"_s));
    QStringList kept;
    while (q.next())
        kept << q.value(0).toString();
    QCOMPARE(kept, (QStringList{u"edited"_s, u"in-conflict"_s, u"kept-for-later"_s}));
}

void TestMigrations::refusesNewerStoreUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.db"_s);
    {
        Database db(path);
        QVERIFY(db.open());
    }
    withRawConnection(path, [&](QSqlDatabase raw) {
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(q.exec(u"PRAGMA journal_mode = DELETE"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(kCurrentSchemaVersion + 7)));
    });
    const QByteArray before = checksum(path);
    Database db(path);
    QVERIFY(!db.open());
    QVERIFY2(db.errorString().contains(u"newer version"_s), qPrintable(db.errorString()));
    QVERIFY(db.errorString().contains(QString::number(kCurrentSchemaVersion + 7)));
    db.close();
    QCOMPARE(checksum(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestMigrations::refusesFileThatIsNotSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.db"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const QByteArray before = checksum(path);
    Database db(path);
    QVERIFY(!db.open());
    QVERIFY2(!db.errorString().isEmpty(), "a readable reason is expected");
    QCOMPARE(checksum(path), before);
}

void TestMigrations::fileIsPrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sub/dir/private.db"_s);
    Database db(path);
    QVERIFY(db.open());
    const auto perms = QFile::permissions(path);
    QCOMPARE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestMigrations::referenceDataSeededOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ref.db"_s);
    {
        Database db(path);
        QVERIFY(db.open());
        QSqlDatabase c = db.connection();
        QCOMPARE(scalar(c, u"SELECT count(*) FROM authorities WHERE kind = 'comune'"_s), 1502);
        QCOMPARE(scalar(c, u"SELECT count(*) FROM authorities WHERE kind <> 'comune'"_s), 12);
        QCOMPARE(scalar(c, u"SELECT count(*) FROM task_forces"_s), 8);
        QCOMPARE(scalar(c, u"SELECT count(*) FROM procedure_types"_s), 30);
        // Leading zeros kept: Varese's comuni start with 012.
        QCOMPARE(scalar(c, u"SELECT count(*) FROM authorities WHERE istat = '012001'"_s), 1);
        // TLC-44's term changed by law: two dated terms.
        QCOMPARE(scalar(c, u"SELECT count(*) FROM procedure_terms WHERE procedure_code = 'TLC-44'"_s), 2);
        QVERIFY(QSqlQuery(c).exec(u"UPDATE procedure_types SET name = 'portal name', origin = 'portal' WHERE code = 'PAS'"_s));
    }
    Database again(path);
    QVERIFY(again.open());
    QSqlQuery q(again.connection());
    QVERIFY(q.exec(u"SELECT name FROM procedure_types WHERE code = 'PAS'"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"portal name"_s); // the portal's catalogue is never overwritten
}

void TestMigrations::hotInsertsNeedNoTemporaryTable_data()
{
    QTest::addColumn<int>("fromVersion");
    QTest::addRow("fresh store") << 0;
    QTest::addRow("upgraded from version 4") << 4;
}

// Version 5 rewrote the CHECK (x IN (...)) constraints of the tables every bulk writer fills:
// SQLite evaluated each of them through a temporary B-tree per row. The rules must hold as before.
void TestMigrations::hotInsertsNeedNoTemporaryTable()
{
    QFETCH(int, fromVersion);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checks.db"_s);
    if (fromVersion > 0) {
        withRawConnection(path, [&](QSqlDatabase raw) {
            QString error;
            QVERIFY2(migrate(raw, &error, fromVersion), qPrintable(error));
        });
    }
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    const QStringList inserts{
        u"INSERT INTO case_files (id, authority_istat, procedure_code, protocol_number, start_date, outcome, updated_at) "
        "VALUES ('x', '019035', 'PDC-LOM', 'p', '2024-01-01', ?, '2024-01-01T00:00:00Z')"_s,
        u"INSERT INTO audit_log (at, actor, origin, entity, record_id, action) VALUES ('now', 'me', ?, 'case_file', 'x', 'create')"_s,
        u"INSERT INTO audit_log (at, actor, origin, entity, record_id, action) VALUES ('now', 'me', 'local', 'case_file', 'x', ?)"_s,
        u"INSERT INTO outbox (mutation_id, entity, record_id, op, created_at) VALUES ('m', 'case_file', 'x', ?, 'now')"_s,
    };
    const QStringList good{u"tacit"_s, u"import"_s, u"update"_s, u"delete"_s};
    for (int i = 0; i < inserts.size(); ++i) {
        QSqlQuery plan(c);
        QVERIFY(plan.exec(u"EXPLAIN "_s + QString(inserts.at(i)).replace(u'?', u"'x'"_s)));
        while (plan.next())
            QVERIFY2(plan.value(1).toString() != u"OpenEphemeral", qPrintable(inserts.at(i)));
        QVERIFY(QSqlQuery(c).exec(u"SAVEPOINT t"_s));
        QSqlQuery bad(c);
        QVERIFY(bad.prepare(inserts.at(i)));
        bad.addBindValue(u"bogus"_s);
        QVERIFY2(!bad.exec(), qPrintable(inserts.at(i)));
        QVERIFY2(bad.lastError().text().contains(u"CHECK"_s), qPrintable(bad.lastError().text()));
        QSqlQuery ok(c);
        QVERIFY(ok.prepare(inserts.at(i)));
        ok.addBindValue(good.at(i));
        QVERIFY2(ok.exec(), qPrintable(ok.lastError().text()));
        QVERIFY(QSqlQuery(c).exec(u"ROLLBACK TO t"_s));
        QVERIFY(QSqlQuery(c).exec(u"RELEASE t"_s));
    }
    QSqlQuery check(c);
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
