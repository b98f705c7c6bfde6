#include "importreport.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace pass {

QString ImportProblem::toText(const QString &fileName) const
{
    QString s = fileName + u": "_s + where;
    if (!column.isEmpty())
        s += u", "_s + column;
    s += u": "_s;
    if (!field.isEmpty())
        s += field + u": "_s;
    return s + reason;
}

void ImportReport::addProblem(ImportProblem p)
{
    ++problemCount;
    if (problems.size() < kMaxProblems)
        problems.append(std::move(p));
}

QString ImportReport::toText() const
{
    QStringList lines;
    lines << QObject::tr("File: %1").arg(fileName);
    if (!format.isEmpty())
        lines << QObject::tr("Format: %1").arg(format);
    if (!headerAt.isEmpty())
        lines << QObject::tr("Header: %1").arg(headerAt);
    for (const QString &w : warnings)
        lines << QObject::tr("Warning: %1: %2").arg(fileName, w);
    if (!fatalError.isEmpty()) {
        lines << QObject::tr("Error: %1: %2").arg(fileName, fatalError);
        lines << QObject::tr("Nothing was changed.");
        return lines.join(u'\n') + u'\n';
    }
    lines << QObject::tr("Rows: %1 read, %2 new, %3 updated, %4 unchanged, %5 rejected")
                 .arg(rowsRead).arg(inserted).arg(updated).arg(unchanged).arg(rejected);
    if (cancelled)
        lines << QObject::tr("Cancelled: nothing was changed.");
    else if (dryRun)
        lines << QObject::tr("Dry run: nothing was changed.");
    else if (applied)
        lines << QObject::tr("Applied.");
    else
        lines << QObject::tr("Not applied: some rows were rejected and the import was all-or-nothing; nothing was changed.");
    for (auto f = unknownValues.cbegin(); f != unknownValues.cend(); ++f) {
        for (auto v = f->cbegin(); v != f->cend(); ++v)
            lines << QObject::tr("Unknown value for %1: '%2' (%3 rows)").arg(f.key(), v.key()).arg(v.value());
    }
    for (const ImportProblem &p : problems)
        lines << p.toText(fileName);
    if (problemCount > problems.size())
        lines << QObject::tr("… and %1 more problems").arg(problemCount - problems.size());
    if (!rejectsFile.isEmpty())
        lines << QObject::tr("Rejected rows written to %1").arg(rejectsFile);
    return lines.join(u'\n') + u'\n';
}

} // namespace pass
