#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace pass {

struct CaseFile;

// How a report names a field given by its canonical key ("outcome", "procedure_code"). The
// default keeps the key: passctl's output and logs are read by whoever wrote the mapping. The
// wizard passes its translated labels, which an office reads.
using ImportFieldNamer = std::function<QString(const QString &field)>;

// One reason a row was not imported, located the way a user finds it in the file.
struct ImportProblem
{
    QString where;  // "line 12" or "sheet 'Pratiche' row 12"
    QString column; // "column 3 (Data avvio)"; empty when no single column is at fault
    QString field;  // canonical field name
    QString reason;

    QString toText(const QString &fileName, const ImportFieldNamer &name = {}) const;
};

// A column a saved or loaded mapping names for a field, which the file does not have: the
// field is not imported. Kept apart from its text so that each reader names the field its way.
struct ImportMissingColumn
{
    QString field;  // canonical field name
    QString column; // the header name the mapping gave
};

// One field of an existing case file that an import changes, or would change in a dry run.
// Values are neutral text: dates ISO 8601, outcomes by wire name, flags "yes"/"no", empty
// when unset; the wizard turns them into the user's language.
struct ImportChange
{
    QString authorityIstat;
    QString protocolNumber;
    QString field; // canonical field name: start_date, outcome, suspensions…
    QString before;
    QString after;

    friend bool operator==(const ImportChange &, const ImportChange &) = default;
};

// What an import did, or would do in a dry run.
struct ImportReport
{
    QString fileName;
    QString format;     // what was detected: encoding, separator, sheet
    QString headerAt;   // where the header row was found
    bool dryRun = false;
    bool applied = false;   // the transaction was committed
    bool cancelled = false;
    QString fatalError;     // the file could not be read: nothing was changed
    QList<ImportMissingColumn> missingColumns; // warned about: those fields are not imported

    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 problemCount = 0;
    QList<ImportProblem> problems; // the first kMaxProblems
    // Values the importer would not guess, by field, with how often each occurs; the user
    // says what they mean in the mapping.
    QMap<QString, QMap<QString, qint64>> unknownValues;
    QString rejectsFile; // where rejected rows were written, if asked
    // The fields the updates change, case by case: the first kMaxChanges, and how many in all
    // (a million-row file must not hold a million changes in memory).
    qint64 changeCount = 0;
    QList<ImportChange> changes;

    static constexpr int kMaxProblems = 1000;
    static constexpr int kMaxChanges = 1000;

    bool ok() const { return fatalError.isEmpty() && !cancelled; }
    void addProblem(ImportProblem p);
    // Records the fields in which after differs from before (the same case file).
    void addChanges(const CaseFile &before, const CaseFile &after);
    // Warnings about the whole file (today: the missing columns), one sentence each.
    QStringList warnings(const ImportFieldNamer &name = {}) const;
    static QString missingColumnWarning(const ImportMissingColumn &m, const ImportFieldNamer &name = {});
    // A stable, readable text: the golden files of the tests compare it (with the keys).
    QString toText(const ImportFieldNamer &name = {}) const;
    // The changes as a readable list, one field a line, at most max lines then "… and N more".
    QString changesToText(qsizetype max = kMaxChanges) const;
};

} // namespace pass
