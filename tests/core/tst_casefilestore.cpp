// Case-file writes: validation, the audit trail (who/what/when/old→new), the outbox row in the
// same transaction, no-op updates, and edits from sync that must not go back to the portal.
#include "tests/common/storereads.h"
#include "core/store/auditlog.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/store/requeststore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestCaseFileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertWritesAuditAndOutbox();
    void updateRecordsOldAndNewValues();
    void unchangedUpdateWritesNothing();
    void syncEditsStayOffTheOutbox();
    void deleteIsAuditedAndQueued();
    void invalidCaseIsRefusedAndNothingWritten_data();
    void invalidCaseIsRefusedAndNothingWritten();
    void duplicateProtocolRefused();
    void requestLifecycleIsChecked();
    void fullDiskIsNamedAndNothingWritten();

private:
    CaseFile sample() const;
    int count(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const EditContext m_ctx{EditOrigin::Local, u"m.rossi"_s};
};

void TestCaseFileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"store.db"_s));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
}

void TestCaseFileStore::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

CaseFile TestCaseFileStore::sample() const
{
    CaseFile c;
    c.authorityIstat = u"019035"_s;
    c.procedureCode = u"PDC-LOM"_s;
    c.protocolNumber = u"2024/000123"_s;
    c.startDate = QDate(2024, 3, 4);
    c.responsible = u"Arch. Bianchi"_s;
    return c;
}

int TestCaseFileStore::count(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

void TestCaseFileStore::insertWritesAuditAndOutbox()
{
    CaseFileStore store(m_db->connection());
    CaseFile c = sample();
    QString error;
    QVERIFY2(store.insert(&c, m_ctx, &error), qPrintable(error));
    QCOMPARE(c.id.size(), 36);
    QCOMPARE(testutil::caseFile(m_db->connection(), c.id).value().protocolNumber, c.protocolNumber);
    const QList<OutboxEntry> pending = pass::testutil::outboxEntries(m_db->connection(), 10);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().op, u"create"_s);
    QCOMPARE(pending.first().recordId, c.id);
    QCOMPARE(pending.first().fields.value(u"protocol_number").toString(), c.protocolNumber);
    const auto history = pass::testutil::history(m_db->connection(), u"case_file"_s, c.id);
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.first().actor, u"m.rossi"_s);
    QCOMPARE(history.first().action, u"create"_s);
}

void TestCaseFileStore::updateRecordsOldAndNewValues()
{
    CaseFileStore store(m_db->connection());
    CaseFile c = sample();
    QString error;
    QVERIFY(store.insert(&c, m_ctx, &error));
    c.endDate = QDate(2024, 5, 2);
    c.outcome = Outcome::Express;
    QVERIFY2(store.update(c, m_ctx, &error), qPrintable(error));
    const auto history = pass::testutil::history(m_db->connection(), u"case_file"_s, c.id);
    QStringList updated;
    for (const auto &e : history) {
        if (e.action == u"update")
            updated << e.field + u':' + e.oldValue + u'>' + e.newValue;
    }
    updated.sort();
    QCOMPARE(updated, (QStringList{u"end_date:>2024-05-02"_s, u"outcome:>express"_s}));
    const QList<OutboxEntry> pending = pass::testutil::outboxEntries(m_db->connection(), 10);
    QCOMPARE(pending.size(), 2);
    QCOMPARE(pending.last().op, u"update"_s);
    QCOMPARE(pending.last().fields.keys(), (QStringList{u"end_date"_s, u"outcome"_s}));
}

void TestCaseFileStore::unchangedUpdateWritesNothing()
{
    CaseFileStore store(m_db->connection());
    CaseFile c = sample();
    QString error;
    QVERIFY(store.insert(&c, m_ctx, &error));
    const int audit = count(u"SELECT count(*) FROM audit_log"_s);
    QVERIFY(store.update(c, m_ctx, &error));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), audit);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 1);
}

void TestCaseFileStore::syncEditsStayOffTheOutbox()
{
    CaseFileStore store(m_db->connection());
    CaseFile c = sample();
    c.version = 7;
    QString error;
    QVERIFY(store.insert(&c, EditContext{EditOrigin::Sync, u"portal"_s}, &error));
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE origin = 'sync'"_s) > 0, true);
    c.notes = u"edited offline"_s;
    QVERIFY(store.update(c, m_ctx, &error));
    const QList<OutboxEntry> pending = pass::testutil::outboxEntries(m_db->connection(), 10);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().baseVersion, 7); // the version the edit was made against
}

void TestCaseFileStore::deleteIsAuditedAndQueued()
{
    CaseFileStore store(m_db->connection());
    CaseFile c = sample();
    QString error;
    QVERIFY(store.insert(&c, m_ctx, &error));
    QVERIFY(store.remove(c.id, m_ctx, &error));
    QVERIFY(!testutil::caseFile(m_db->connection(), c.id));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'delete'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE op = 'delete'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM case_stats WHERE started <> 0 OR backlog_delta <> 0"_s), 0);
}

void TestCaseFileStore::invalidCaseIsRefusedAndNothingWritten_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown procedure") << u"procedure"_s << u"XYZ"_s << u"procedure_code"_s;
    QTest::newRow("unknown authority") << u"authority"_s << u"999999"_s << u"authority_istat"_s;
    QTest::newRow("end before start") << u"end"_s << u"2024-01-01"_s << u"end_date"_s;
    QTest::newRow("missing start") << u"start"_s << QString() << u"start_date"_s;
    QTest::newRow("missing protocol") << u"protocol"_s << QString() << u"protocol_number"_s;
}

void TestCaseFileStore::invalidCaseIsRefusedAndNothingWritten()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    CaseFile c = sample();
    if (field == u"procedure")
        c.procedureCode = value;
    else if (field == u"authority")
        c.authorityIstat = value;
    else if (field == u"end") {
        c.endDate = QDate::fromString(value, Qt::ISODate);
        c.outcome = Outcome::Express;
    } else if (field == u"start")
        c.startDate = QDate();
    else if (field == u"protocol")
        c.protocolNumber = value;
    QString error;
    QVERIFY(!CaseFileStore(m_db->connection()).insert(&c, m_ctx, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
}

void TestCaseFileStore::duplicateProtocolRefused()
{
    CaseFileStore store(m_db->connection());
    CaseFile a = sample();
    CaseFile b = sample();
    QString error;
    QVERIFY(store.insert(&a, m_ctx, &error));
    QVERIFY(!store.insert(&b, m_ctx, &error));
    QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 1); // the failed insert left nothing behind
}

void TestCaseFileStore::requestLifecycleIsChecked()
{
    RequestStore store(m_db->connection());
    SupportRequest r;
    r.authorityIstat = u"019035"_s;
    r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
    r.subject = u"Arretrato permessi di costruire"_s;
    QString error;
    QVERIFY2(store.saveRequest(&r, m_ctx, &error), qPrintable(error));
    r.status = RequestStatus::Completed; // draft cannot jump to completed
    QVERIFY(!store.saveRequest(&r, m_ctx, &error));
    QVERIFY(error.contains(u"status"_s));
    r.status = RequestStatus::Submitted;
    QVERIFY2(store.saveRequest(&r, m_ctx, &error), qPrintable(error));
    // The portal's version of the life cycle wins: a jump it made is stored, and not sent back.
    SupportRequest fromPortal = r;
    fromPortal.status = RequestStatus::InProgress;
    fromPortal.version = 5;
    QVERIFY2(store.saveRequest(&fromPortal, EditContext{EditOrigin::Sync, u"portal"_s}, &error), qPrintable(error));
    QCOMPARE(testutil::request(m_db->connection(), r.id).value().status, RequestStatus::InProgress);
    r = fromPortal;
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE entity = 'support_request'"_s), 2);
    Visit v;
    v.requestId = r.id;
    v.expert = u"esperto.ricci"_s;
    v.date = QDate(2024, 4, 10);
    v.hours = 3.5;
    QVERIFY2(store.saveVisit(&v, m_ctx, &error), qPrintable(error));
    QCOMPARE(testutil::visits(m_db->connection(), r.id).size(), 1);
}

void TestCaseFileStore::fullDiskIsNamedAndNothingWritten()
{
    // An edit when the store's disk is full (SQLite's page limit on the real file stands in
    // for the disk): the error says so in words, and neither the case nor its audit and outbox
    // rows are half written.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    q.finish();
    CaseFileStore store(m_db->connection());
    QString error;
    int inserted = 0;
    for (int i = 0; i < 2000 && error.isEmpty(); ++i) {
        CaseFile c = sample();
        c.protocolNumber = u"FULL-%1"_s.arg(i);
        c.notes = QString(400, u'x');
        if (store.insert(&c, EditContext::local(), &error))
            ++inserted;
    }
    QVERIFY2(error.contains(u"disk that holds the store is full"_s), qPrintable(error));
    QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), inserted);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), inserted);
    QVERIFY(inserted > 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE entity = 'case_file' "
                   "AND record_id NOT IN (SELECT id FROM case_files)"_s), 0);
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
}

QTEST_GUILESS_MAIN(TestCaseFileStore)
#include "tst_casefilestore.moc"
