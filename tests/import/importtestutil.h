#pragma once

#include "core/domain/records.h"
#include "core/import/caseimporter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// Helpers shared by the importer's tests.
namespace importtest {

QString fixturesDir();
// The case files of a store as stable text (ids and timestamps left out), then the number of
// outbox and audit rows: what a golden file compares.
QString dumpStore(QSqlDatabase db);
qint64 countRows(QSqlDatabase db, const QString &table);
// An open case file of Crema (019035) under PDC-LOM, as the application would enter it.
pass::CaseFile cremaCase(const QString &protocol, QDate start);
// How a golden fixture is imported: <fixture>.options.json, read by loadOptions().
struct FixtureOptions
{
    pass::ImportMapping mapping;
    pass::ImportOptions options;
    bool wantsRejects = false;
    QString seed;  // a fixture imported first (with its own options), for updates of a store
    QString error; // an unknown key or an unreadable mapping: the test fails rather than guess
};
// Keys: mapping (a mapping file in the fixtures folder, applied first), authority,
// ended_outcome, encoding, separator (a character or "tab"), sheet, policy ("valid-rows"),
// dry_run, rejects, seed.
FixtureOptions loadOptions(const QString &fixturePath);
// Compares text with a golden file; PASS_UPDATE_GOLDEN=1 rewrites the file instead.
bool matchesGolden(const QString &goldenPath, const QString &text, QString *diff);

// Holds the first thread that reaches a named stage (pass::reachStage) there until release():
// the test acts (clicks Cancel, closes the window) while the work is known to be at that stage,
// on a fast machine and a slow one alike. Later passes go straight through.
class StageGate
{
public:
    explicit StageGate(const char *stage);
    ~StageGate(); // releases the held thread and removes the hook
    StageGate(const StageGate &) = delete;
    StageGate &operator=(const StageGate &) = delete;

    // True once a thread is held at the stage; false if none got there within the bound.
    bool waitUntilReached(int boundMs = 600000);
    void release();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace importtest
