#pragma once

#include "core/import/caseimporter.h"

#include <QSqlDatabase>
#include <QString>

// Helpers shared by the importer's tests.
namespace importtest {

QString fixturesDir();
// The case files of a store as stable text (ids and timestamps left out), then the number of
// outbox and audit rows: what a golden file compares.
QString dumpStore(QSqlDatabase db);
qint64 countRows(QSqlDatabase db, const QString &table);
// Reads <fixture>.options.json into a mapping and options (authority, encoding, policy…).
void loadOptions(const QString &fixturePath, pass::ImportMapping *mapping, pass::ImportOptions *options,
                 bool *wantsRejects);
// Compares text with a golden file; PASS_UPDATE_GOLDEN=1 rewrites the file instead.
bool matchesGolden(const QString &goldenPath, const QString &text, QString *diff);

} // namespace importtest
