// Re-import, updates, dry runs, cancel and saved mappings: the importer's behaviour over time.
#include "tests/common/storereads.h"
#include "importtestutil.h"

#include "core/import/caseimporter.h"
#include "core/import/importjob.h"
#include "core/import/importphases.h"
#include "core/import/mappingstore.h"
#include "core/indicators/casestats.h"
#include "core/store/auditlog.h"
#include "core/store/casefilecodec.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/store/requeststore.h"
#include "core/sync/syncstate.h"
#include "core/util/stage.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QUuid>

#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace importtest;

class TestImportUpdate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void updatedFileUpdatesMatchingCases();
    void keepsWhatTheFileDoesNotSay();
    void cancelLeavesStoreUnchanged();
    void cancelMidRunThroughJob();
    void dryRunListsTheChangedFields();
    void changeListIsBounded();
    void validRowsOnlyAndRejectsReimport();
    void savedMappingIsReused();
    void savedMappingWithARenamedColumnSaysSo();
    void mappingWithoutHeaderAppliesByNames();
    void dayCountUpdatesAFilesPeriodNotADatedOne();
    void importRunSaysWhoCreatedWhatFromWhichFile();
    void rowsWrittenInBatchesKeepTheirLinesAndSuspensions();
    void updateOfASyncedCaseKeepsItsMergeBase();
    void firstImportStatisticsMatchARebuild();
    void cancelDuringTheIndexBuildRollsBack();
    void importPutsTheProtocolRuleBack();
    void fullDiskLosesNothing_data();
    void fullDiskLosesNothing();
    void expandedCreatesHaveOrderedMutationIds();
    void finishedJobsLeaveNoConnectionOpen();
    void importPutsTheConnectionsCacheBack();

private:
    QString write(const QString &name, const QByteArray &data);
    pass::ImportReport import(const QString &path, pass::ImportMapping mapping = {}, pass::ImportOptions options = {});

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<pass::Database> m_db;
};

void TestImportUpdate::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<pass::Database>(m_tmp->filePath(u"store.db"_s));
    QVERIFY(m_db->open());
}

void TestImportUpdate::cleanup()
{
    m_db.reset();
    m_tmp.reset();
}

QString TestImportUpdate::write(const QString &name, const QByteArray &data)
{
    const QString path = m_tmp->filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

pass::ImportReport TestImportUpdate::import(const QString &path, pass::ImportMapping mapping, pass::ImportOptions options)
{
    pass::CaseImporter importer(m_db->connection());
    return importer.run(path, mapping, options);
}

void TestImportUpdate::updatedFileUpdatesMatchingCases()
{
    const QString v1 = write(u"v1.csv"_s, "ente;protocollo;procedimento;data avvio;data conclusione;esito\n"
                                          "019035;P1;PDC-LOM;10/01/2023;;\n"
                                          "019035;P2;PDC-LOM;11/01/2023;;\n");
    QVERIFY(import(v1).applied);
    QCOMPARE(pass::testutil::outboxCount(m_db->connection()), 2);
    const QString v2 = write(u"v2.csv"_s, "ente;protocollo;procedimento;data avvio;data conclusione;esito\n"
                                          "019035;P1;PDC-LOM;10/01/2023;01/03/2023;rilasciato\n"
                                          "019035;P2;PDC-LOM;11/01/2023;;\n"
                                          "019035;P3;SCIA-ALT;12/01/2023;;\n");
    pass::ImportOptions dry;
    dry.dryRun = true;
    const pass::ImportReport preview = import(v2, {}, dry);
    QCOMPARE(preview.inserted, 1);
    QCOMPARE(preview.updated, 1);
    QCOMPARE(preview.unchanged, 1);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 2);

    const pass::ImportReport r = import(v2);
    QVERIFY(r.applied);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.unchanged, 1);
    pass::CaseFileStore store(m_db->connection());
    const auto p1 = pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"P1"_s);
    QVERIFY(p1);
    QCOMPARE(p1->outcome, std::optional(pass::Outcome::Express));
    QCOMPARE(p1->endDate, QDate(2023, 3, 1));
    QString error;
    // The update is in the audit trail (one row per changed field) and in the outbox.
    const auto history = pass::testutil::history(m_db->connection(), u"case_file"_s, p1->id);
    QStringList updatedFields;
    for (const auto &e : history) {
        if (e.action == u"update")
            updatedFields << e.field;
    }
    updatedFields.sort();
    QCOMPARE(updatedFields, QStringList({u"end_date"_s, u"outcome"_s}));
    // The create the first import owes the portal goes before this update once the sync
    // turns the import's reservation into outbox rows.
    QCOMPARE(pass::testutil::outboxCount(m_db->connection()), 4); // 2 + 1 created, 1 updated
    QVERIFY2(pass::Outbox(m_db->connection()).expandImportRuns(&error), qPrintable(error));
    QCOMPARE(countRows(m_db->connection(), u"outbox"_s), 4);
    QCOMPARE(pass::testutil::outboxCount(m_db->connection()), 4);
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT op, fields FROM outbox WHERE record_id = '%1' ORDER BY seq"_s.arg(p1->id));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"create"_s);
    QCOMPARE(q.value(1).toString(), u"{}"_s); // sent as the record is at push time
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"update"_s);
    QVERIFY(q.value(1).toString().contains(u"\"outcome\":\"express\""_s));
    QVERIFY(!q.next());
    QVERIFY2(pass::Outbox(m_db->connection()).expandImportRuns(&error), qPrintable(error));
    QCOMPARE(countRows(m_db->connection(), u"outbox"_s), 4); // only once
    // The maintained statistics agree with a rebuild from the case files.
    const QString stats = dumpStore(m_db->connection());
    QSqlDatabase db = m_db->connection();
    QVERIFY(pass::CaseStatsAccumulator::rebuild(db, &error));
    QCOMPARE(dumpStore(m_db->connection()), stats);
    // And the same file again changes nothing.
    const qint64 outbox = countRows(m_db->connection(), u"outbox"_s);
    const qint64 audit = countRows(m_db->connection(), u"audit_log"_s);
    const qint64 runs = countRows(m_db->connection(), u"import_runs"_s);
    QCOMPARE(runs, 2);
    const pass::ImportReport again = import(v2);
    QVERIFY2(again.unchanged == 3, qPrintable(again.toText()));
    QCOMPARE(countRows(m_db->connection(), u"outbox"_s), outbox);
    QCOMPARE(countRows(m_db->connection(), u"audit_log"_s), audit);
    QCOMPARE(countRows(m_db->connection(), u"import_runs"_s), runs);
}

void TestImportUpdate::importRunSaysWhoCreatedWhatFromWhichFile()
{
    const QByteArray data = "ente;protocollo;procedimento;data avvio\n"
                            "019035;R1;PDC-LOM;10/01/2023\n"
                            "019035;R1;PDC-LOM;10/01/2023\n" // a repeated key: rejected
                            "019035;R2;PDC-LOM;11/01/2023\n";
    const QString f = write(u"registro.csv"_s, data);
    pass::ImportOptions options;
    options.policy = pass::ApplyPolicy::ValidRowsOnly;
    options.context = pass::EditContext{pass::EditOrigin::Import, u"m.rossi"_s};
    const pass::ImportReport r = import(f, {}, options);
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.inserted, 2);

    // One run, one audit row for the two cases it created, no outbox row yet.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id, file, sha256, actor, origin, created, updated, outbox_pending FROM import_runs"_s));
    QVERIFY(q.next());
    const qint64 run = q.value(0).toLongLong();
    QCOMPARE(q.value(1).toString(), u"registro.csv"_s);
    QCOMPARE(q.value(2).toString(),
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(q.value(3).toString(), u"m.rossi"_s);
    QCOMPARE(q.value(4).toString(), u"import"_s);
    QCOMPARE(q.value(5).toInt(), 2);
    QCOMPARE(q.value(6).toInt(), 0);
    QCOMPARE(q.value(7).toInt(), 1);
    QVERIFY(!q.next());
    QCOMPARE(countRows(m_db->connection(), u"audit_log"_s), 1);
    QVERIFY(q.exec(u"SELECT entity, record_id, action, origin, actor, new_value FROM audit_log"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"import_run"_s);
    QCOMPARE(q.value(1).toString(), QString::number(run));
    QCOMPARE(q.value(2).toString(), u"create"_s);
    QCOMPARE(q.value(3).toString(), u"import"_s);
    QCOMPARE(q.value(4).toString(), u"m.rossi"_s);
    QVERIFY2(q.value(5).toString().startsWith(u"registro.csv: 2 "_s), qPrintable(q.value(5).toString()));
    QCOMPARE(countRows(m_db->connection(), u"outbox"_s), 0);
    QCOMPARE(pass::testutil::outboxCount(m_db->connection()), 2);

    // Each case's history starts with who imported it, when, from which file and line.
    const auto r2 = pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"R2"_s);
    QVERIFY(r2);
    auto history = pass::testutil::history(m_db->connection(), u"case_file"_s, r2->id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().action, u"create"_s);
    QCOMPARE(history.first().actor, u"m.rossi"_s);
    QCOMPARE(history.first().origin, u"import"_s);
    QVERIFY(!history.first().at.isEmpty());
    QCOMPARE(history.first().newValue, u"registro.csv line 4 (import run %1)"_s.arg(run));

    // A later edit follows it, field by field.
    pass::CaseFile edited = *r2;
    edited.responsible = u"Ing. Verdi"_s;
    QString error;
    QVERIFY2(pass::CaseFileStore(m_db->connection()).update(edited, pass::EditContext::local(), &error),
             qPrintable(error));
    history = pass::testutil::history(m_db->connection(), u"case_file"_s, r2->id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(1).field, u"responsible"_s);

    // A dry run leaves no run behind.
    pass::ImportOptions dry;
    dry.dryRun = true;
    QVERIFY(!import(write(u"more.csv"_s, "ente;protocollo;procedimento;data avvio\n019035;R3;PDC-LOM;12/01/2023\n"),
                    {}, dry).applied);
    QCOMPARE(countRows(m_db->connection(), u"import_runs"_s), 1);
}

void TestImportUpdate::keepsWhatTheFileDoesNotSay()
{
    // A case entered in the application with a dated suspension and a responsible officer…
    pass::CaseFile c = cremaCase(u"K1"_s, QDate(2023, 1, 10));
    c.responsible = u"Ing. Verdi"_s;
    c.suspensions << pass::Suspension{QDate(2023, 2, 1), QDate(2023, 2, 20), u"integrazioni"_s};
    QString error;
    QVERIFY2(pass::CaseFileStore(m_db->connection()).insert(&c, pass::EditContext::local(), &error), qPrintable(error));
    // …is left alone by a file that only says "suspended: yes" and has no responsible column.
    const QString f = write(u"k.csv"_s, "ente,protocollo,procedimento,data avvio,sospesa\n019035,K1,PDC-LOM,10/01/2023,sì\n");
    const pass::ImportReport r = import(f);
    QCOMPARE(r.unchanged, 1);
    const auto stored = pass::testutil::caseFile(m_db->connection(), c.id);
    QCOMPARE(stored->suspensions, c.suspensions);
    QCOMPARE(stored->responsible, u"Ing. Verdi"_s);
}

void TestImportUpdate::cancelLeavesStoreUnchanged()
{
    QByteArray data = "ente,protocollo,procedimento,data avvio\n";
    for (int i = 0; i < 5000; ++i)
        data += "019035,C" + QByteArray::number(i) + ",PDC-LOM,10/01/2023\n";
    const QString f = write(u"big.csv"_s, data);
    std::atomic_bool cancel{true};
    pass::CaseImporter importer(m_db->connection());
    const pass::ImportReport r = importer.run(f, {}, {}, {}, &cancel);
    QVERIFY(r.cancelled);
    QVERIFY(!r.applied);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 0);
    QCOMPARE(countRows(m_db->connection(), u"outbox"_s), 0);
    QCOMPARE(countRows(m_db->connection(), u"case_stats"_s), 0);
    QCOMPARE(countRows(m_db->connection(), u"import_runs"_s), 0);
    QCOMPARE(countRows(m_db->connection(), u"audit_log"_s), 0);
    // Progress is reported, and without cancel the same file goes in.
    qint64 lastRows = 0;
    const pass::ImportReport ok = importer.run(f, {}, {}, [&](qint64, qint64, qint64 rows) { lastRows = rows; });
    QVERIFY(ok.applied);
    QCOMPARE(lastRows, 5000);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 5000);
}

void TestImportUpdate::cancelMidRunThroughJob()
{
    // A store with cases the file would update…
    const QByteArray header = "ente,protocollo,procedimento,data avvio,data conclusione,esito\n";
    QByteArray v1 = header;
    for (int i = 0; i < 100; ++i)
        v1 += "019035,C" + QByteArray::number(i) + ",PDC-LOM,10/01/2023,,\n";
    QVERIFY(import(write(u"v1.csv"_s, v1)).applied);
    const QString before = dumpStore(m_db->connection());
    const qint64 audit = countRows(m_db->connection(), u"audit_log"_s);
    // …and a file large enough that the cancel lands in the middle: updates, new cases and
    // rejected rows (valid rows only, so the writer really writes until the cancel).
    constexpr int kRows = 120000;
    QByteArray v2 = header;
    for (int i = 0; i < kRows; ++i) {
        v2 += "019035,C" + QByteArray::number(i) + ",PDC-LOM,10/01/2023,"
            + (i % 50 == 7 ? "31/02/2023" : "01/03/2023") + ",rilasciato\n";
    }
    const QString f = write(u"v2.csv"_s, v2);
    pass::ImportOptions options;
    options.policy = pass::ApplyPolicy::ValidRowsOnly;
    options.rejectsPath = m_tmp->filePath(u"rejects.csv"_s);
    pass::ImportJob job(*m_db, f, {}, options);
    QSignalSpy finished(&job, &pass::ImportJob::finished);
    // Cancelled from the worker thread when it has read and written half the file
    // (pass::reachStage): the cancel lands mid-import however fast the machine is.
    int cancels = 0;
    pass::setStageHook([&](const char *stage) {
        if (qstrcmp(stage, "import:half-the-rows") == 0) {
            ++cancels;
            job.cancel();
        }
    });
    const auto unhook = qScopeGuard([] { pass::setStageHook({}); });
    job.start();
    QVERIFY(finished.wait(600000)); // a bound for a hung job, not a wait for time to pass
    const pass::ImportReport &r = job.report();
    QCOMPARE(cancels, 1);
    QVERIFY2(r.cancelled, qPrintable(r.toText()));
    QVERIFY(!r.applied);
    QVERIFY2(r.rowsRead < kRows, qPrintable(u"cancelled at %1 of %2 rows"_s.arg(r.rowsRead).arg(kRows)));
    QVERIFY(r.updated > 0); // it was writing when the cancel came
    qInfo("cancelled after %lld of %d rows", r.rowsRead, kRows);
    // The transaction rolled back: the store is as it was, and no partial rejects file is left.
    QCOMPARE(dumpStore(m_db->connection()), before);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 100);
    QCOMPARE(countRows(m_db->connection(), u"audit_log"_s), audit);
    QCOMPARE(countRows(m_db->connection(), u"import_runs"_s), 1);
    QVERIFY(!QFile::exists(options.rejectsPath));
    QVERIFY(r.rejectsFile.isEmpty());
}

void TestImportUpdate::dryRunListsTheChangedFields()
{
    pass::CaseFile c = cremaCase(u"D1"_s, QDate(2023, 1, 10));
    c.responsible = u"Ing. Verdi"_s;
    QString error;
    QVERIFY2(pass::CaseFileStore(m_db->connection()).insert(&c, pass::EditContext::local(), &error), qPrintable(error));
    const QString f = write(u"d.csv"_s, "ente;protocollo;procedimento;data avvio;data conclusione;esito;responsabile\n"
                                        "019035;D1;PDC-LOM;10/01/2023;01/03/2023;rilasciato;Ing. Verdi\n"
                                        "019035;D2;PDC-LOM;11/01/2023;;;\n");
    pass::ImportOptions dry;
    dry.dryRun = true;
    const pass::ImportReport r = import(f, {}, dry);
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.inserted, 1); // a new case is no change of an existing one
    QCOMPARE(r.changeCount, 2);
    const QList<pass::ImportChange> expected = {
        {u"019035"_s, u"D1"_s, u"end_date"_s, QString(), u"2023-03-01"_s},
        {u"019035"_s, u"D1"_s, u"outcome"_s, QString(), u"express"_s},
    };
    QCOMPARE(r.changes, expected);
    const QString text = r.changesToText();
    QVERIFY2(text.contains(u"019035 D1: end_date: '' → '2023-03-01'"_s), qPrintable(text));
    QVERIFY(!text.contains(u"more changes"_s));
    QCOMPARE(pass::testutil::caseFile(m_db->connection(), c.id)->endDate, QDate()); // a dry run
    // Applied, the same changes are reported, and the same file again has none.
    const pass::ImportReport applied = import(f);
    QVERIFY(applied.applied);
    QCOMPARE(applied.changes, expected);
    QCOMPARE(import(f, {}, dry).changeCount, 0);
}

void TestImportUpdate::changeListIsBounded()
{
    const QByteArray header = "ente;protocollo;procedimento;data avvio;responsabile;note\n";
    constexpr int kCases = pass::ImportReport::kMaxChanges + 200;
    QByteArray v1 = header, v2 = header;
    for (int i = 0; i < kCases; ++i) {
        const QByteArray key = "019035;B" + QByteArray::number(i) + ";PDC-LOM;10/01/2023;";
        v1 += key + "Rossi;\n";
        v2 += key + "Bianchi;rivista\n"; // two fields change in every case
    }
    QVERIFY(import(write(u"v1.csv"_s, v1)).applied);
    pass::ImportOptions dry;
    dry.dryRun = true;
    const pass::ImportReport r = import(write(u"v2.csv"_s, v2), {}, dry);
    QCOMPARE(r.updated, kCases);
    QCOMPARE(r.changeCount, 2 * kCases);
    QCOMPARE(r.changes.size(), pass::ImportReport::kMaxChanges);
    QCOMPARE(r.changes.first(), (pass::ImportChange{u"019035"_s, u"B0"_s, u"responsible"_s, u"Rossi"_s, u"Bianchi"_s}));
    const QString text = r.changesToText(10);
    QCOMPARE(text.count(u'\n'), 1 + 10 + 1);
    QVERIFY2(text.contains(u"… and %1 more changes"_s.arg(2 * kCases - 10)), qPrintable(text));
}

void TestImportUpdate::validRowsOnlyAndRejectsReimport()
{
    const QString f = write(u"mixed.csv"_s, "ente;protocollo;procedimento;data avvio\n"
                                            "019035;M1;PDC-LOM;10/01/2023\n"
                                            "019035;M2;PDC-LOM;10/13/2023\n");
    pass::ImportOptions options;
    options.policy = pass::ApplyPolicy::ValidRowsOnly;
    options.rejectsPath = m_tmp->filePath(u"rejects.csv"_s);
    const pass::ImportReport r = import(f, {}, options);
    QVERIFY(r.applied);
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.rejected, 1);
    // The user fixes the date in the rejects file and imports it as it is.
    QFile rejects(options.rejectsPath);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    QByteArray fixed = rejects.readAll().replace("10/13/2023", "13/10/2023");
    const QString again = write(u"fixed.csv"_s, fixed);
    const pass::ImportReport r2 = import(again);
    QVERIFY2(r2.applied, qPrintable(r2.toText()));
    QCOMPARE(r2.inserted, 1);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 2);
}

void TestImportUpdate::savedMappingIsReused()
{
    // A layout nobody could guess: the user maps it once…
    const QString f = write(u"odd.csv"_s, "cod;rif;tipo proc;quando;stato\n019035;O1;pdc lombardia;10/01/2023;anomala\n");
    pass::CaseImporter importer(m_db->connection());
    pass::ImportPreview preview = importer.preview(f);
    QVERIFY(preview.error.isEmpty());
    pass::ImportMapping m = preview.mapping;
    m.setColumn(pass::ImportField::AuthorityIstat, 0);
    m.setColumn(pass::ImportField::ProtocolNumber, 1);
    m.setColumn(pass::ImportField::ProcedureCode, 2);
    m.setColumn(pass::ImportField::StartDate, 3);
    m.setColumn(pass::ImportField::Outcome, 4);
    m.setValue(pass::ImportField::ProcedureCode, u"PDC Lombardia"_s, u"PDC-LOM"_s);
    m.setValue(pass::ImportField::Outcome, u"anomala"_s, u"open"_s);
    pass::MappingStore store(m_tmp->filePath(u"mappings"_s));
    QString error;
    QVERIFY(store.save(m, &error));
    // …and the next export of the same product, columns reordered, finds it by its header.
    const QString g = write(u"odd2.csv"_s, "rif;cod;quando;tipo proc;stato\nO2;019035;11/01/2023;PDC LOMBARDIA;Anomala\n");
    const pass::ImportPreview p2 = importer.preview(g);
    const auto saved = store.find(pass::ImportMapping::propose(p2.header).fingerprint());
    QVERIFY(saved);
    const pass::ImportReport r = importer.run(g, *saved, {});
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.inserted, 1);
    const auto c = pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"O2"_s);
    QVERIFY(c);
    QCOMPARE(c->procedureCode, u"PDC-LOM"_s);
    QVERIFY(c->isOpen());
}

void TestImportUpdate::savedMappingWithARenamedColumnSaysSo()
{
    // Mapped once with an "Esito finale" column the office later renamed "Stato attuale".
    const QString f = write(u"a.csv"_s, "ente;protocollo;procedimento;data avvio;Esito finale\n"
                                        "019035;R1;PDC-LOM;10/01/2023;in corso\n");
    pass::CaseImporter importer(m_db->connection());
    pass::ImportMapping m = importer.preview(f).mapping;
    m.setColumn(pass::ImportField::Outcome, 4);
    const QJsonObject saved = m.toJson();
    const QString g = write(u"b.csv"_s, "ente;protocollo;procedimento;data avvio;Stato attuale\n"
                                        "019035;R2;PDC-LOM;10/01/2023;in corso\n");
    const pass::ImportMapping reloaded = pass::ImportMapping::fromJson(saved);
    const pass::ImportReport r = importer.run(g, reloaded, {});
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.missingColumns.size(), 1);
    QCOMPARE(r.missingColumns.first().field, u"outcome"_s);
    QCOMPARE(r.missingColumns.first().column, u"Esito finale"_s);
    QVERIFY2(r.warnings().first().contains(u"'Esito finale'"_s) && r.warnings().first().contains(u"outcome"_s),
             qPrintable(r.warnings().first()));
    QVERIFY(r.toText().contains(u"Warning: b.csv: "_s));
    // The preview (the wizard's) knows it too, and a mapping that fits says nothing.
    const pass::ImportPreview p = importer.preview(g, &reloaded);
    QCOMPARE(p.mapping.missingColumns().size(), 1);
    QCOMPARE(p.mapping.missingColumns().first().first, pass::ImportField::Outcome);
    // Mapped again by the user, the field stays where they put it, binding after binding.
    pass::ImportMapping remapped = p.mapping;
    remapped.setColumn(pass::ImportField::Outcome, 4);
    QVERIFY(remapped.missingColumns().isEmpty());
    remapped.bindHeader(p.header);
    QCOMPARE(remapped.column(pass::ImportField::Outcome), 4);
    QVERIFY(remapped.missingColumns().isEmpty());
    QVERIFY(importer.run(f, reloaded, {}).missingColumns.isEmpty());
}

void TestImportUpdate::mappingWithoutHeaderAppliesByNames()
{
    // Written by hand: no header list, only the columns that matter, and a value meaning.
    const QJsonObject json{{u"format"_s, u"pass-import-mapping-1"_s},
                           {u"columns"_s, QJsonObject{{u"protocol_number"_s, u"Rif."_s}, {u"outcome"_s, u"Fase"_s}}},
                           {u"values"_s, QJsonObject{{u"outcome"_s, QJsonObject{{u"chiusa ok"_s, u"express"_s}}}}}};
    const pass::ImportMapping m = pass::ImportMapping::fromJson(json);
    QVERIFY(m.header().isEmpty());
    // "Protocollo" would be proposed as the protocol number: the named column wins, the other
    // columns are matched by name as without a mapping.
    const QString f = write(u"h.csv"_s, "ente;Protocollo;Rif.;procedimento;data avvio;data conclusione;Fase\n"
                                        "019035;999;H1;PDC-LOM;10/01/2023;20/02/2023;Chiusa OK\n");
    const pass::ImportReport r = import(f, m);
    QVERIFY2(r.applied && r.inserted == 1 && r.missingColumns.isEmpty(), qPrintable(r.toText()));
    const auto c = pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"H1"_s);
    QVERIFY(c);
    QCOMPARE(c->outcome, std::optional(pass::Outcome::Express));
    QCOMPARE(c->endDate, QDate(2023, 2, 20));
}

void TestImportUpdate::dayCountUpdatesAFilesPeriodNotADatedOne()
{
    const QString first = write(u"d1.csv"_s, "ente;protocollo;procedimento;data avvio;sospesa;giorni sospensione\n"
                                             "019035;G1;PDC-LOM;10/01/2023;SOSPESA PER PARERI;10\n");
    QVERIFY(import(first).applied);
    pass::CaseFileStore store(m_db->connection());
    QCOMPARE(pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"G1"_s)->suspensionDays(), 10);
    // The next export counts 25 days: the count changes, the reason it gave stays.
    const QString second = write(u"d2.csv"_s, "ente;protocollo;procedimento;data avvio;sospesa;giorni sospensione\n"
                                              "019035;G1;PDC-LOM;10/01/2023;si;25\n");
    const pass::ImportReport r = import(second);
    QCOMPARE(r.updated, 1);
    auto c = pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"G1"_s);
    QCOMPARE(c->suspensions, QList<pass::Suspension>{(pass::Suspension{{}, {}, u"SOSPESA PER PARERI"_s, 25})});
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT suspension_days FROM case_files WHERE protocol_number = 'G1'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 25);
    QCOMPARE(import(second).unchanged, 1);
    // Dated periods entered in the application win over a file's bare count.
    c->suspensions = {pass::Suspension{QDate(2023, 2, 1), QDate(2023, 2, 8), u"pareri"_s}};
    QString error;
    QVERIFY2(store.update(*c, pass::EditContext::local(), &error), qPrintable(error));
    QCOMPARE(import(second).unchanged, 1);
    QCOMPARE(pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"G1"_s)->suspensionDays(), 7);
}

void TestImportUpdate::rowsWrittenInBatchesKeepTheirLinesAndSuspensions()
{
    // More rows than one insert statement takes, and a remainder: every row lands once, with
    // its line and its suspension, and the statistics match a rebuild.
    QByteArray data = "ente;protocollo;procedimento;data avvio;sospesa\n";
    for (int i = 0; i < 150; ++i)
        data += "019035;B" + QByteArray::number(i) + ";PDC-LOM;10/01/2023;" + (i % 3 == 0 ? "si" : "no") + "\n";
    QVERIFY(import(write(u"batches.csv"_s, data)).applied);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 150);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT count(*) FROM case_suspensions s JOIN case_files c ON c.id = s.case_id"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 50);
    QVERIFY(q.exec(u"SELECT count(*) FROM case_files WHERE import_line = 2 + CAST(substr(protocol_number, 2) AS INTEGER) "
                   "AND suspended = (CAST(substr(protocol_number, 2) AS INTEGER) % 3 = 0)"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 150);
    const QString stats = dumpStore(m_db->connection());
    QSqlDatabase db = m_db->connection();
    QString error;
    QVERIFY(pass::CaseStatsAccumulator::rebuild(db, &error));
    QCOMPARE(dumpStore(m_db->connection()), stats);
}

void TestImportUpdate::updateOfASyncedCaseKeepsItsMergeBase()
{
    const QByteArray header = "ente;protocollo;procedimento;data avvio;data conclusione;esito\n";
    QVERIFY(import(write(u"v1.csv"_s, header + "019035;P1;PDC-LOM;10/01/2023;;\n019035;P2;PDC-LOM;11/01/2023;;\n")).applied);
    // As after a sync: both creates acknowledged by the portal, at version 5.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"UPDATE case_files SET version = 5"_s));
    QVERIFY(q.exec(u"UPDATE import_runs SET outbox_pending = 0"_s));
    QVERIFY(q.exec(u"DELETE FROM outbox"_s));
    pass::CaseFileStore store(m_db->connection());
    const auto before = pass::testutil::caseByProtocol(m_db->connection(), u"019035"_s, u"P1"_s);
    QVERIFY(before);
    const pass::ImportReport r =
        import(write(u"v2.csv"_s, header + "019035;P1;PDC-LOM;10/01/2023;01/03/2023;rilasciato\n019035;P2;PDC-LOM;11/01/2023;;\n"));
    QVERIFY(r.applied);
    QCOMPARE(r.updated, 1);
    // The imported edit goes to the portal; the state it was made against is the merge base of
    // what the next pull brings for that case, and only for that case.
    const auto base = pass::testutil::syncBase(m_db->connection(), u"case_file"_s, before->id);
    QVERIFY(base);
    QCOMPARE(base->version, 5);
    QCOMPARE(base->data, pass::CaseFileCodec::toJson(*before));
    QCOMPARE(countRows(m_db->connection(), u"sync_base"_s), 1);
}

namespace {
// Every row of case_stats, the all-authorities ones included.
QStringList caseStatsRows(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(u"SELECT * FROM case_stats ORDER BY authority_istat, procedure_code, semester"_s);
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i)
            fields << q.value(i).toString();
        rows << fields.join(u'|');
    }
    return rows;
}
} // namespace

void TestImportUpdate::firstImportStatisticsMatchARebuild()
{
    // Into an empty store the reading thread counts the statistics of the rows it passes (and
    // the all-authorities cells are summed when written): they must be exactly a rebuild's,
    // with rejected rows, outcomes, suspensions, ids and several semesters in the file.
    const char *const authorities[] = {"019035", "019004", "019003"};
    const char *const procedures[] = {"PDC-LOM", "SCIA-ALT", "AUA"};
    const char *const outcomes[] = {"", "Rilasciato", "silenzio assenso", "Archiviata"};
    QByteArray data = "ente;protocollo;procedimento;data avvio;data conclusione;esito;sospesa;id\n";
    for (int i = 0; i < 400; ++i) {
        const QDate start = QDate(2021, 1, 1).addDays((i * 37) % 1200);
        const QDate end = start.addDays(20 + (i * 53) % 400);
        const char *outcome = outcomes[i % 4];
        QByteArray procedure = procedures[i % 3];
        if (i % 37 == 5)
            procedure = "NON-ESISTE"; // rejected: unknown procedure
        QByteArray endText = *outcome ? end.toString(u"dd/MM/yyyy"_s).toUtf8() : QByteArray();
        if (i % 41 == 7)
            endText = start.addDays(-3).toString(u"dd/MM/yyyy"_s).toUtf8(); // rejected: ends before it starts
        const QByteArray id = i % 5 == 0 ? QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() : QByteArray();
        data += QByteArray(authorities[i % 3]) + ";S" + QByteArray::number(i) + ';' + procedure + ';'
              + start.toString(u"dd/MM/yyyy"_s).toUtf8() + ';' + endText + ';' + outcome + ';'
              + (i % 7 == 0 ? "si" : "no") + ';' + id + '\n';
    }
    pass::ImportOptions options;
    options.policy = pass::ApplyPolicy::ValidRowsOnly;
    const pass::ImportReport r = import(write(u"stats.csv"_s, data), {}, options);
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QVERIFY(r.rejected >= 20);
    QCOMPARE(r.inserted + r.rejected, 400);
    const QStringList counted = caseStatsRows(m_db->connection());
    QVERIFY(counted.size() > 50);
    QVERIFY(std::any_of(counted.cbegin(), counted.cend(), [](const QString &row) { return row.startsWith(u"*|"_s); }));
    QSqlDatabase db = m_db->connection();
    QString error;
    QVERIFY2(pass::CaseStatsAccumulator::rebuild(db, &error), qPrintable(error));
    QCOMPARE(caseStatsRows(m_db->connection()), counted);
}

void TestImportUpdate::cancelDuringTheIndexBuildRollsBack()
{
    // A first import drops the case-file indexes and builds them again at the end, the longest
    // step of a large file. A cancel that arrives then (here: at the last progress report,
    // after every row is written) interrupts the build and leaves the store as it was.
    QByteArray data = "ente,protocollo,procedimento,data avvio\n";
    for (int i = 0; i < 20000; ++i)
        data += "019035,X" + QByteArray::number(i) + ",PDC-LOM,10/01/2023\n";
    const QString f = write(u"late-cancel.csv"_s, data);
    const auto indexes = [this] {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' "
               "AND tbl_name = 'case_files' ORDER BY name)"_s);
        return q.next() ? q.value(0).toString() : QString();
    };
    const QString before = indexes();
    QVERIFY(before.contains(u"case_files_protocol"_s));
    std::atomic_bool cancel{false};
    pass::CaseImporter importer(m_db->connection());
    const pass::ImportReport r = importer.run(f, {}, {}, [&](qint64, qint64, qint64 rows) {
        if (rows == 20000) { // only the report after the last row
            cancel = true;
        }
    }, &cancel);
    QVERIFY(r.cancelled);
    QCOMPARE(r.rowsRead, 20000); // every row was read and written before the cancel
    QVERIFY(!r.applied);
    QVERIFY2(r.fatalError.isEmpty(), qPrintable(r.fatalError));
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 0);
    QCOMPARE(countRows(m_db->connection(), u"case_stats"_s), 0);
    QCOMPARE(countRows(m_db->connection(), u"import_runs"_s), 0);
    QCOMPARE(indexes(), before);
    // The connection works on: the same file goes in without a cancel.
    cancel = false;
    QVERIFY(importer.run(f, {}, {}, {}, &cancel).applied);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 20000);
    QCOMPARE(indexes(), before);
}

void TestImportUpdate::importPutsTheProtocolRuleBack()
{
    // An initial sync lifts the unique protocol rule while it pulls (see protocolindex.h); an
    // import meanwhile puts it back first, and matches the file's keys to the stored ones.
    QVERIFY(import(write(u"first.csv"_s, "ente;protocollo;procedimento;data avvio\n"
                                        "019035;P1;PDC-LOM;10/01/2023\n"
                                        "019035;P2;PDC-LOM;11/01/2023\n")).applied);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"DROP INDEX case_files_protocol"_s));
    const pass::ImportReport r = import(write(u"second.csv"_s, "ente;protocollo;procedimento;data avvio;data conclusione;esito\n"
                                                               "019035;P1;PDC-LOM;10/01/2023;01/03/2023;rilasciato\n"
                                                               "019035;P3;PDC-LOM;12/01/2023;;\n"));
    QVERIFY2(r.applied, qPrintable(r.toText()));
    QCOMPARE(r.inserted, 1);
    QCOMPARE(r.updated, 1);
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 3);
    QVERIFY(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'case_files_protocol'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestImportUpdate::fullDiskLosesNothing_data()
{
    QTest::addColumn<bool>("storeHasCases");
    QTest::addColumn<int>("headroomPages");
    QTest::addColumn<bool>("fullAtTheEnd");
    // Full while the rows go in; full only when the indexes of a first import are built at the
    // end (this file's rows take about 340 pages of 16 KiB, their indexes about 160 more); and
    // into a store that has case files, whose indexes are kept up row by row.
    QTest::newRow("first import, during the inserts") << false << 8 << false;
    QTest::newRow("first import, at the index build") << false << 400 << true;
    QTest::newRow("store with cases") << true << 200 << false;
}

void TestImportUpdate::fullDiskLosesNothing()
{
    // The store's disk fills up in the middle of an import (SQLite's page limit stands in for
    // the disk: the same SQLITE_FULL, on the real file). The report says so in words, and the
    // store keeps what it had, its unsent edits included, intact and usable.
    QFETCH(bool, storeHasCases);
    QFETCH(int, headroomPages);
    QFETCH(bool, fullAtTheEnd);
    QString error;
    pass::SupportRequest request;
    request.authorityIstat = u"019035"_s;
    request.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
    request.subject = u"Arretrato SCIA"_s;
    request.createdOn = QDate(2024, 2, 1);
    QVERIFY2(pass::RequestStore(m_db->connection()).saveRequest(&request, pass::EditContext::local(), &error),
             qPrintable(error));
    if (storeHasCases) {
        pass::CaseFile edited = cremaCase(u"KEEP-1"_s, QDate(2024, 2, 1));
        QVERIFY2(pass::CaseFileStore(m_db->connection()).insert(&edited, pass::EditContext::local(), &error),
                 qPrintable(error));
    }
    const QString before = dumpStore(m_db->connection());
    const qint64 outbox = pass::testutil::outboxCount(m_db->connection());
    QCOMPARE(outbox, storeHasCases ? 2 : 1);

    QByteArray data = "ente;protocollo;procedimento;data avvio;responsabile\n";
    for (int i = 0; i < 30000; ++i)
        data += "019035;F" + QByteArray::number(i) + ";PDC-LOM;10/01/2023;Geom. Rossi " + QByteArray::number(i) + "\n";
    const QString file = write(u"full.csv"_s, data);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const int pages = q.value(0).toInt();
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages + headroomPages)));
    q.finish(); // a statement left open would keep the first import from dropping its indexes
    pass::ImportPhases phases;
    pass::ImportOptions options;
    options.phases = &phases;
    const pass::ImportReport r = import(file, {}, options);
    QVERIFY(!r.applied);
    QCOMPARE(phases.ns[pass::ImportPhases::Finish] > 0, fullAtTheEnd);
    QVERIFY2(r.fatalError.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(r.fatalError));
    QVERIFY2(r.fatalError.contains(u"not applied"_s) || r.fatalError.contains(u"unchanged"_s), qPrintable(r.fatalError));

    QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
    QCOMPARE(dumpStore(m_db->connection()), before);
    QCOMPARE(pass::testutil::outboxCount(m_db->connection()), outbox);
    QVERIFY(pass::testutil::request(m_db->connection(), request.id).has_value());
    QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"ok"_s);
    // With room again the same file goes in.
    const pass::ImportReport ok = import(file);
    QVERIFY2(ok.applied, qPrintable(ok.toText()));
    QCOMPARE(ok.inserted, 30000);
}

void TestImportUpdate::expandedCreatesHaveOrderedMutationIds()
{
    // The creates an import owes the portal become outbox rows at the first push, with
    // mutation ids that are lower-case version 7 UUIDs growing with the outbox order (so a
    // million of them append to the unique index instead of scattering over it).
    QByteArray data = "ente;protocollo;procedimento;data avvio\n";
    for (int i = 0; i < 300; ++i)
        data += "019035;E" + QByteArray::number(i) + ";PDC-LOM;10/01/2023\n";
    QVERIFY(import(write(u"expand.csv"_s, data)).applied);
    QString error;
    QVERIFY2(pass::Outbox(m_db->connection()).expandImportRuns(&error), qPrintable(error));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT mutation_id FROM outbox WHERE op = 'create' ORDER BY seq"_s));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    QCOMPARE(ids.size(), 300);
    static const QRegularExpression v7(u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    for (const QString &id : std::as_const(ids))
        QVERIFY2(v7.match(id).hasMatch(), qPrintable(id));
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(sorted, ids);
    sorted.removeDuplicates();
    QCOMPARE(sorted.size(), 300);
}

void TestImportUpdate::finishedJobsLeaveNoConnectionOpen()
{
    // Each import job runs on a thread of its own, with a connection of its own: the thread
    // closes it before it ends, so a session of imports does not pile up open connections, and
    // closing the store asks no other thread's connection for anything (Qt warns if it does).
    QTest::failOnWarning(QRegularExpression(u"does not belong to the calling thread"_s));
    const auto connections = [] { return QSqlDatabase::connectionNames().size(); };
    const qsizetype before = connections();
    const QString f = write(u"jobs.csv"_s, "ente;protocollo;procedimento;data avvio\n019035;J1;PDC-LOM;10/01/2023\n");
    for (int i = 0; i < 3; ++i) {
        pass::ImportJob job(*m_db, f, {}, {});
        QSignalSpy finished(&job, &pass::ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QVERIFY2(job.report().applied, qPrintable(job.report().toText()));
        QCOMPARE(connections(), before);
    }
    QCOMPARE(countRows(m_db->connection(), u"case_files"_s), 1);
    m_db.reset(); // closes the store: no warning
    QCOMPARE(connections(), 0);
}

void TestImportUpdate::importPutsTheConnectionsCacheBack()
{
    // The import sizes the page cache for itself; the connection (the application's, for the
    // rest of the session) gets its own setting back, whichever way the import ends.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"PRAGMA cache_size = -1234"_s));
    const auto cacheSize = [&q] { return q.exec(u"PRAGMA cache_size"_s) && q.next() ? q.value(0).toInt() : 0; };
    QVERIFY(import(write(u"c1.csv"_s, "ente;protocollo;procedimento;data avvio\n019035;C1;PDC-LOM;10/01/2023\n")).applied);
    QCOMPARE(cacheSize(), -1234);
    QVERIFY(!import(write(u"c2.csv"_s, "ente;protocollo;procedimento;data avvio\n019035;C2;NO-SUCH;10/01/2023\n")).applied);
    QCOMPARE(cacheSize(), -1234);
    q.finish();
}

QTEST_GUILESS_MAIN(TestImportUpdate)
#include "tst_importupdate.moc"
