#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace pass {

// One reason a row was not imported, located the way a user finds it in the file.
struct ImportProblem
{
    QString where;  // "line 12" or "sheet 'Pratiche' row 12"
    QString column; // "column 3 (Data avvio)"; empty when no single column is at fault
    QString field;  // canonical field name
    QString reason;

    QString toText(const QString &fileName) const;
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
    QStringList warnings;   // about the whole file, e.g. a mapped column the file lacks

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

    static constexpr int kMaxProblems = 1000;

    bool ok() const { return fatalError.isEmpty() && !cancelled; }
    void addProblem(ImportProblem p);
    // A stable, readable text: the golden files of the tests compare it.
    QString toText() const;
};

} // namespace pass
