#pragma once

#include <QStringList>
#include <QTextStream>

namespace pass {
class Database;
}

// passctl import FILE [--mapping FILE] [--dry-run] [--authority ISTAT] [--rejects FILE] …
// args are the arguments after "import". Exit codes: 0 every row valid (applied, or would be
// in a dry run); 3 some rows rejected (the valid ones applied with --valid-rows); 1 the file
// could not be read or nothing was applied; 2 usage error.
int runImportCommand(pass::Database &db, const QStringList &args, QTextStream &out, QTextStream &err);

// passctl export cases --format xlsx --out FILE [--authority ISTAT]: the XLSX half of the
// export command (the CSV half is CaseCsvExporter). Returns the exit code.
int runExportXlsx(pass::Database &db, const QString &outPath, const QString &authorityIstat, QTextStream &out,
                  QTextStream &err);
