// Case-file commands as the editor uses them, on a real store: field-wise validation in a
// clerk's words, create/edit/delete through the journalled path (row, audit, outbox, statistics
// in one transaction), edits that keep what a sync changed meanwhile, undo and redo as new
// journalled edits, the history with import runs and portal changes, and the authorities'
// summaries.
#include "tests/common/storereads.h"
#include "core/casefiles/authoritysummary.h"
#include "core/casefiles/casefilecommands.h"
#include "core/import/caseimporter.h"
#include "core/indicators/indicatorengine.h"
#include "core/store/auditlog.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/store/referencestore.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

Q_DECLARE_METATYPE(pass::CaseFile)
Q_DECLARE_METATYPE(pass::CaseFileField)

class TestCaseFileCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void validCaseHasNoProblems();
    void invalidCaseNamesItsField_data();
    void invalidCaseNamesItsField();
    void createWritesRowAuditOutboxAndStatistics();
    void refusedCreateWritesNothing();
    void editKeepsWhatASyncChangedInAnotherField();
    void editOfAFieldChangedMeanwhileIsRefused();
    void undoAndRedoOfAnEditAreJournalledEdits();
    void undoOfACreateDeletesAndRedoCreatesAgain();
    void undoOfADeleteBringsTheCaseBack();
    void historyShowsImportRunLineAndPortalChanges();
    void authoritySummariesUseTheListRulesAndTheEngine();

private:
    CaseFile sample() const;
    int count(const QString &sql) const;
    // What a pulled change does: "Ing. Verdi" becomes responsible, at server version 4.
    bool syncNewResponsible(const CaseFile &c);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const EditContext m_ctx{EditOrigin::Local, u"m.rossi"_s};
    const QDate m_today{2025, 6, 15};
};

void TestCaseFileCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"store.db"_s));
    QVERIFY2(m_db->open(), qPrintable(m_db->errorString()));
}

void TestCaseFileCommands::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

CaseFile TestCaseFileCommands::sample() const
{
    CaseFile c;
    c.authorityIstat = u"019035"_s; // Crema, a comune
    c.procedureCode = u"PDC"_s;
    c.protocolNumber = u"2025/000123"_s;
    c.startDate = QDate(2025, 3, 4);
    c.responsible = u"Arch. Bianchi"_s;
    return c;
}

int TestCaseFileCommands::count(const QString &sql) const
{
    QSqlQuery q(m_db->connection());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

bool TestCaseFileCommands::syncNewResponsible(const CaseFile &c)
{
    CaseFile fromPortal = c;
    fromPortal.responsible = u"Ing. Verdi"_s;
    fromPortal.version = 4;
    QString error;
    const bool ok = CaseFileStore(m_db->connection()).update(fromPortal, EditContext{EditOrigin::Sync, u"portal"_s}, &error);
    if (!ok)
        qWarning() << error;
    return ok;
}

void TestCaseFileCommands::validCaseHasNoProblems()
{
    CaseFileValidator validator(m_db->connection());
    validator.setToday(m_today);
    CaseFile c = sample();
    QCOMPARE(validator.check(c), QList<FieldProblem>());
    c.endDate = QDate(2025, 5, 2);
    c.outcome = Outcome::Express;
    c.suspensions = {Suspension{QDate(2025, 3, 10), QDate(2025, 3, 20), u"integrazione"_s, 0},
                     Suspension{{}, {}, u"dal registro"_s, 12}};
    QCOMPARE(validator.check(c), QList<FieldProblem>());
}

void TestCaseFileCommands::invalidCaseNamesItsField_data()
{
    QTest::addColumn<CaseFile>("invalid");
    QTest::addColumn<CaseFileField>("field");
    QTest::addColumn<QString>("says");
    const CaseFile base = sample();
    auto row = [&](const char *name, CaseFileField field, const QString &says, std::function<void(CaseFile &)> set) {
        CaseFile c = base;
        set(c);
        QTest::newRow(name) << c << field << says;
    };
    row("end before start", CaseFileField::EndDate, u"before the start date"_s, [](CaseFile &c) {
        c.endDate = QDate(2025, 3, 1);
        c.outcome = Outcome::Express;
    });
    row("outcome without end date", CaseFileField::EndDate, u"needs the date it ended"_s,
        [](CaseFile &c) { c.outcome = Outcome::Tacit; });
    row("end date without outcome", CaseFileField::Outcome, u"how the case file ended"_s,
        [](CaseFile &c) { c.endDate = QDate(2025, 4, 1); });
    row("unknown procedure", CaseFileField::Procedure, u"not one of the monitored procedures"_s,
        [](CaseFile &c) { c.procedureCode = u"XYZ"_s; });
    row("procedure of another kind of authority", CaseFileField::Procedure, u"does not handle this procedure"_s,
        [](CaseFile &c) { c.procedureCode = u"AIA-NEW"_s; });
    row("no authority", CaseFileField::Authority, u"Choose the authority"_s, [](CaseFile &c) { c.authorityIstat.clear(); });
    row("unknown authority", CaseFileField::Authority, u"no authority with ISTAT code 999999"_s,
        [](CaseFile &c) { c.authorityIstat = u"999999"_s; });
    row("no protocol", CaseFileField::Protocol, u"Enter the protocol number"_s, [](CaseFile &c) { c.protocolNumber = u"  "_s; });
    row("no start date", CaseFileField::StartDate, u"Enter the date"_s, [](CaseFile &c) { c.startDate = {}; });
    row("start after today", CaseFileField::StartDate, u"after today"_s, [](CaseFile &c) { c.startDate = QDate(2025, 7, 1); });
    row("suspension backwards", CaseFileField::Suspensions, u"ends before it begins"_s, [](CaseFile &c) {
        c.suspensions = {Suspension{QDate(2025, 4, 10), QDate(2025, 4, 1), {}, 0}};
    });
    row("suspension before the start", CaseFileField::Suspensions, u"begins before the case file started"_s,
        [](CaseFile &c) { c.suspensions = {Suspension{QDate(2025, 1, 10), QDate(2025, 4, 1), {}, 0}}; });
    row("suspension with one date", CaseFileField::Suspensions, u"enter both dates"_s,
        [](CaseFile &c) { c.suspensions = {Suspension{QDate(2025, 4, 10), {}, {}, 0}}; });
    row("suspension of no days", CaseFileField::Suspensions, u"its dates or its number of days"_s,
        [](CaseFile &c) { c.suspensions = {Suspension{{}, {}, {}, 0}}; });
}

void TestCaseFileCommands::invalidCaseNamesItsField()
{
    QFETCH(CaseFile, invalid);
    QFETCH(CaseFileField, field);
    QFETCH(QString, says);
    CaseFileValidator validator(m_db->connection());
    validator.setToday(m_today);
    const QList<FieldProblem> problems = validator.check(invalid);
    QVERIFY2(!problems.isEmpty(), "accepted");
    bool found = false;
    for (const FieldProblem &p : problems)
        found = found || (p.field == field && p.message.contains(says));
    QVERIFY2(found, qPrintable(CaseFileValidator::describe(problems)));
}

void TestCaseFileCommands::createWritesRowAuditOutboxAndStatistics()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    const CaseFileEditResult r = commands.create(sample());
    QVERIFY2(r.ok, qPrintable(r.error + CaseFileValidator::describe(r.problems)));
    QCOMPARE(r.edit.kind, CaseFileEdit::Kind::Create);
    const QString id = r.edit.id();
    QCOMPARE(r.changedIds, QStringList{id});
    QCOMPARE(testutil::caseFile(m_db->connection(), id)->protocolNumber, u"2025/000123"_s);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE op = 'create' AND record_id = '%1'"_s.arg(id)), 1);
    QVERIFY(count(u"SELECT count(*) FROM audit_log WHERE action = 'create' AND actor = 'm.rossi' AND record_id = '%1'"_s.arg(id)) > 0);
    QCOMPARE(count(u"SELECT sum(started) FROM case_stats WHERE authority_istat = '019035'"_s), 1);

    // A second case file with the same protocol number in the same authority: refused at the field.
    CaseFile twin = sample();
    const CaseFileEditResult dup = commands.create(twin);
    QVERIFY(!dup.ok);
    QCOMPARE(dup.problems.size(), 1);
    QCOMPARE(dup.problems.first().field, CaseFileField::Protocol);
    QVERIFY2(dup.problems.first().message.contains(u"already has protocol number 2025/000123"_s),
             qPrintable(dup.problems.first().message));
    // The same number in another comune is another case file.
    twin.authorityIstat = u"019002"_s;
    QVERIFY(commands.create(twin).ok);
}

void TestCaseFileCommands::refusedCreateWritesNothing()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    CaseFile c = sample();
    c.outcome = Outcome::Express;
    const CaseFileEditResult r = commands.create(c);
    QVERIFY(!r.ok);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.problems.first().field, CaseFileField::EndDate);
    QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM case_stats"_s), 0);
}

void TestCaseFileCommands::editKeepsWhatASyncChangedInAnotherField()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    const CaseFile loaded = commands.create(sample()).edit.after.value();

    // While the editor is open, a sync brings a new responsible officer.
    QVERIFY(syncNewResponsible(loaded));

    CaseFile edited = loaded;
    edited.endDate = QDate(2025, 5, 30);
    edited.outcome = Outcome::Express;
    const CaseFileEditResult r = commands.update(loaded, edited);
    QVERIFY2(r.ok, qPrintable(r.error + CaseFileValidator::describe(r.problems)));
    const CaseFile now = testutil::caseFile(m_db->connection(), loaded.id).value();
    QCOMPARE(now.responsible, u"Ing. Verdi"_s); // kept
    QCOMPARE(now.outcome, std::optional(Outcome::Express));
    QCOMPARE(now.version, 4);
    // The outbox carries only the fields this edit changed, based on the version it saw.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT base_version, fields FROM outbox WHERE op = 'update' AND record_id = '%1'"_s.arg(loaded.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 4);
    QVERIFY(!q.value(1).toString().contains(u"responsible"_s));
    QVERIFY(q.value(1).toString().contains(u"end_date"_s));
}

void TestCaseFileCommands::editOfAFieldChangedMeanwhileIsRefused()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    const CaseFile loaded = commands.create(sample()).edit.after.value();
    QVERIFY(syncNewResponsible(loaded));

    CaseFile edited = loaded;
    edited.responsible = u"Geom. Neri"_s;
    const CaseFileEditResult r = commands.update(loaded, edited);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(u"Responsible officer"_s), qPrintable(r.error));
    QCOMPARE(testutil::caseFile(m_db->connection(), loaded.id)->responsible, u"Ing. Verdi"_s);
}

void TestCaseFileCommands::undoAndRedoOfAnEditAreJournalledEdits()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    const CaseFile loaded = commands.create(sample()).edit.after.value();
    CaseFile edited = loaded;
    edited.endDate = QDate(2025, 5, 30);
    edited.outcome = Outcome::Tacit;
    const CaseFileEditResult edit = commands.update(loaded, edited);
    QVERIFY(edit.ok);
    QCOMPARE(count(u"SELECT sum(concluded_tacit) FROM case_stats WHERE authority_istat = '019035'"_s), 1);
    const int outboxBefore = count(u"SELECT count(*) FROM outbox"_s);

    const CaseFileEditResult undone = commands.undo(edit.edit);
    QVERIFY2(undone.ok, qPrintable(undone.error));
    CaseFile now = testutil::caseFile(m_db->connection(), loaded.id).value();
    QVERIFY(!now.outcome);
    QVERIFY(!now.endDate.isValid());
    QCOMPARE(count(u"SELECT sum(concluded_tacit) FROM case_stats WHERE authority_istat = '019035'"_s), 0);
    // The undo is an edit of its own: audited, and queued for the portal.
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), outboxBefore + 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'update' AND field = 'outcome'"_s), 2);

    const CaseFileEditResult redone = commands.redo(undone.edit);
    QVERIFY2(redone.ok, qPrintable(redone.error));
    now = testutil::caseFile(m_db->connection(), loaded.id).value();
    QCOMPARE(now.outcome, std::optional(Outcome::Tacit));
    QCOMPARE(count(u"SELECT sum(concluded_tacit) FROM case_stats WHERE authority_istat = '019035'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'update' AND field = 'outcome'"_s), 3);
}

void TestCaseFileCommands::undoOfACreateDeletesAndRedoCreatesAgain()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    const CaseFileEditResult created = commands.create(sample());
    const CaseFileEditResult undone = commands.undo(created.edit);
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM case_stats WHERE started <> 0"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE op = 'delete'"_s), 1);

    const CaseFileEditResult redone = commands.redo(undone.edit);
    QVERIFY2(redone.ok, qPrintable(redone.error));
    QVERIFY(redone.edit.id() != created.edit.id()); // the portal may already hold the old id as deleted
    QCOMPARE(testutil::caseFile(m_db->connection(), redone.edit.id())->protocolNumber, sample().protocolNumber);
    QCOMPARE(count(u"SELECT sum(started) FROM case_stats WHERE authority_istat = '019035'"_s), 1);
    // And the chain goes on: undo the redo.
    QVERIFY(commands.undo(redone.edit).ok);
    QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 0);
}

void TestCaseFileCommands::undoOfADeleteBringsTheCaseBack()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    CaseFile c = sample();
    c.suspensions = {Suspension{QDate(2025, 3, 10), QDate(2025, 3, 20), u"integrazione"_s, 0}};
    const QString id = commands.create(c).edit.id();
    const CaseFileEditResult removed = commands.remove(id);
    QVERIFY(removed.ok);
    QVERIFY(!testutil::caseFile(m_db->connection(), id));
    const CaseFileEditResult undone = commands.undo(removed.edit);
    QVERIFY2(undone.ok, qPrintable(undone.error + CaseFileValidator::describe(undone.problems)));
    const CaseFile back = testutil::caseFile(m_db->connection(), undone.edit.id()).value();
    QCOMPARE(back.protocolNumber, c.protocolNumber);
    QCOMPARE(back.suspensions, c.suspensions);
    QCOMPARE(count(u"SELECT sum(started) FROM case_stats WHERE authority_istat = '019035'"_s), 1);
    // Redo deletes it again, whatever its new id.
    QVERIFY(commands.redo(undone.edit).ok);
    QCOMPARE(count(u"SELECT count(*) FROM case_files"_s), 0);
}

void TestCaseFileCommands::historyShowsImportRunLineAndPortalChanges()
{
    const QString v1 = m_dir->filePath(u"registro.csv"_s);
    {
        QFile f(v1);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ente;protocollo;procedimento;data avvio;data conclusione;esito\n"
                "019035;P1;PDC;10/01/2025;;\n"
                "019035;P2;PDC;11/01/2025;;\n");
    }
    QVERIFY(CaseImporter(m_db->connection()).run(v1, {}, {}).applied);
    const QString v2 = m_dir->filePath(u"registro-giugno.csv"_s);
    {
        QFile f(v2);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ente;protocollo;procedimento;data avvio;data conclusione;esito\n"
                "019035;P1;PDC;10/01/2025;;\n"
                "019035;P2;PDC;11/01/2025;01/03/2025;rilasciato\n");
    }
    QVERIFY(CaseImporter(m_db->connection()).run(v2, {}, {}).applied);

    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    CaseFileStore store(m_db->connection());
    const CaseFile p2 = testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"P2"_s).value();
    CaseFile edited = p2;
    edited.responsible = u"Arch. Bianchi"_s;
    QVERIFY(commands.update(p2, edited).ok);
    CaseFile fromPortal = *testutil::caseFile(m_db->connection(), p2.id);
    fromPortal.notes = u"verificato in sede"_s;
    fromPortal.version = 2;
    QString error;
    QVERIFY(store.update(fromPortal, EditContext{EditOrigin::Sync, u"portal"_s}, &error));

    const QList<AuditLog::Entry> history = pass::testutil::history(m_db->connection(), u"case_file"_s, p2.id);
    QVERIFY(history.size() >= 5);
    // Created by the first run, from its third line (the header is line 1).
    QCOMPARE(history.first().action, u"create"_s);
    QVERIFY2(history.first().importFile.endsWith(u"registro.csv"_s), qPrintable(history.first().importFile));
    QCOMPARE(history.first().importLine, 3);
    QVERIFY(history.first().importRun > 0);
    // Changed by the second run: its file is named.
    bool reimported = false, local = false, portal = false;
    for (const AuditLog::Entry &e : history) {
        if (e.origin == u"import" && e.field == u"outcome") {
            reimported = true;
            QVERIFY2(e.importFile.endsWith(u"registro-giugno.csv"_s), qPrintable(e.importFile));
            QVERIFY(e.importRun > history.first().importRun);
            QCOMPARE(e.newValue, u"express"_s);
        }
        if (e.origin == u"local" && e.field == u"responsible") {
            local = true;
            QCOMPARE(e.actor, u"m.rossi"_s);
            QCOMPARE(e.oldValue, QString());
            QCOMPARE(e.newValue, u"Arch. Bianchi"_s);
        }
        if (e.origin == u"sync" && e.field == u"notes") {
            portal = true;
            QCOMPARE(e.newValue, u"verificato in sede"_s);
        }
    }
    QVERIFY(reimported);
    QVERIFY(local);
    QVERIFY(portal);
}

void TestCaseFileCommands::authoritySummariesUseTheListRulesAndTheEngine()
{
    CaseFileCommands commands(m_db->connection(), m_ctx);
    commands.validator().setToday(m_today);
    auto add = [&](const QString &authority, const QString &protocol, QDate start, QDate end = {},
                   std::optional<Outcome> outcome = std::nullopt) {
        CaseFile c;
        c.authorityIstat = authority;
        c.procedureCode = u"PDC"_s; // 90 days
        c.protocolNumber = protocol;
        c.startDate = start;
        c.endDate = end;
        c.outcome = outcome;
        const CaseFileEditResult r = commands.create(c);
        QVERIFY2(r.ok, qPrintable(r.error + CaseFileValidator::describe(r.problems)));
    };
    add(u"019035"_s, u"A1"_s, QDate(2021, 1, 10));                                      // open, overdue since 2021
    add(u"019035"_s, u"A2"_s, QDate(2025, 5, 1));                                       // open, not overdue
    add(u"019035"_s, u"A3"_s, QDate(2021, 3, 1), QDate(2022, 2, 1), Outcome::Express);  // late: in the 2021-S2 backlog
    add(u"019035"_s, u"A4"_s, QDate(2024, 1, 1), QDate(2024, 2, 1), Outcome::Withdrawn);
    add(u"019002"_s, u"B1"_s, QDate(2025, 1, 5), QDate(2025, 2, 1), Outcome::Tacit);

    const AuthoritySummaries::Result result = AuthoritySummaries::read(m_db->connection(), m_today);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), 2); // only the authorities with case files: the user's scope
    QCOMPARE(result.baseline, Semester(2021, 2));
    const AuthoritySummary crema = result.rows.at(result.rows.at(0).authority.istat == u"019035" ? 0 : 1);
    QCOMPARE(crema.authority.name, u"Crema"_s);
    QCOMPARE(crema.open, 2);
    QCOMPARE(crema.overdue, 1);
    QCOMPARE(crema.concluded, 1);
    QCOMPARE(crema.withdrawn, 1);
    QCOMPARE(crema.backlogBaseline, std::optional<qint64>(2)); // A1 and A3 at 31 Dec 2021
    QCOMPARE(crema.backlogNow, std::optional<qint64>(1));      // A1

    // The same figure as the engine's for that authority and semester.
    IndicatorEngine::Query q;
    q.authorities = {u"019035"_s};
    q.from = Semester(2021, 2);
    q.to = Semester(2021, 2);
    qint64 engineBacklog = 0;
    for (const IndicatorRow &row : IndicatorEngine(m_db->connection()).compute(q))
        engineBacklog += row.backlog.value_or(0);
    QCOMPARE(engineBacklog, 2);
}

QTEST_GUILESS_MAIN(TestCaseFileCommands)
#include "tst_casefilecommands.moc"
