#pragma once

#include "core/import/importmapping.h"
#include "core/import/importphases.h"
#include "core/import/importreport.h"
#include "core/store/auditlog.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace pass {

struct CaseFile;

// What to do with the rows that fail validation.
enum class ApplyPolicy {
    AllOrNothing,   // any rejected row: nothing is applied
    ValidRowsOnly,  // the valid rows are applied, the others reported (and saved, if asked)
};

struct ImportOptions
{
    bool dryRun = false;
    ApplyPolicy policy = ApplyPolicy::AllOrNothing;
    QString rejectsPath; // rejected rows go here as CSV (the source columns + the reasons)
    EditContext context{EditOrigin::Import, QStringLiteral("import")};
    ImportPhases *phases = nullptr; // when set, the time of each phase is added here
};

// The head of a file as the wizard shows it before importing.
struct ImportPreview
{
    QString error;
    QString format;
    QStringList sheets;
    QStringList header;
    QString headerAt;
    QList<QStringList> sample;
    ImportMapping mapping; // proposed, or the saved one bound to this header
};

// Imports case files from an office's CSV or XLSX registry into the store: reads the file as
// a stream, maps and validates every row, reports problems by file, line, column and reason,
// and applies the valid rows in one transaction (all or nothing, as chosen) — or, in a dry
// run, only says what would change. Matching is by authority + protocol number: importing
// the same file twice changes nothing. Runs on any thread that owns db's connection.
// Its stages, for crash and cancel tests (see reachStage): import:half-the-rows (half the file
// read and written, dry runs too), import:rows-written, import:indexed (before the commit) and
// import:committed.
class CaseImporter
{
public:
    // done and total are in the reader's unit (bytes); rows counts data rows read.
    using Progress = std::function<void(qint64 done, qint64 total, qint64 rows)>;

    explicit CaseImporter(QSqlDatabase db);

    // Reads the head of the file and proposes a mapping; saved (if given) is bound to the
    // file's header instead, keeping the user's earlier choices.
    ImportPreview preview(const QString &path, const ImportMapping *saved = nullptr, int sampleRows = 20) const;

    // mapping is applied to the file's header by ImportMapping::boundTo(). cancel is polled; a
    // cancelled import leaves the store as it was.
    ImportReport run(const QString &path, ImportMapping mapping, const ImportOptions &options,
                     const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    // The fields of a case the mapping does not cover keep the stored values.
    static CaseFile mergeForUpdate(const CaseFile &stored, const CaseFile &imported, const ImportMapping &mapping);

private:
    QSqlDatabase m_db;
};

} // namespace pass
