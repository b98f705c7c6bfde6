#include "importreport.h"

#include "core/store/casefilecodec.h"

#include "core/domain/records.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace pass {

namespace {

QString fieldText(const ImportFieldNamer &name, const QString &field)
{
    return name ? name(field) : field;
}

} // namespace

QString ImportProblem::toText(const QString &fileName, const ImportFieldNamer &name) const
{
    QString s = fileName + u": "_s + where;
    if (!column.isEmpty())
        s += u", "_s + column;
    s += u": "_s;
    if (!field.isEmpty())
        s += fieldText(name, field) + u": "_s;
    return s + reason;
}

void ImportReport::addProblem(ImportProblem p)
{
    ++problemCount;
    if (problems.size() < kMaxProblems)
        problems.append(std::move(p));
}

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString suspensionsText(const QList<Suspension> &list)
{
    QStringList parts;
    for (const Suspension &s : list) {
        QString part = s.from.isValid() || s.to.isValid() ? dateText(s.from) + u".."_s + dateText(s.to) : QString();
        if (!s.reason.isEmpty())
            part = part.isEmpty() ? s.reason : part + u" ("_s + s.reason + u')';
        parts << (part.isEmpty() ? u"yes"_s : part); // a bare "suspended" flag
    }
    return parts.join(u"; "_s);
}

} // namespace

void ImportReport::addChanges(const CaseFile &before, const CaseFile &after)
{
    // Which fields changed is decided where the audit rows decide it; only those are turned
    // into text (a re-import of a large registry calls this for every updated case), in the
    // order of the mapping's fields, so a case's changes read like its row.
    const QStringList changed = CaseFileCodec::changedFields(before, after);
    const auto outcome = [](const std::optional<Outcome> &o) { return o ? toWireName(*o) : QString(); };
    const auto valueText = [&](const CaseFile &c, QStringView field) -> QString {
        if (field == u"authority_istat")
            return c.authorityIstat;
        if (field == u"procedure_code")
            return c.procedureCode;
        if (field == u"protocol_number")
            return c.protocolNumber;
        if (field == u"start_date")
            return dateText(c.startDate);
        if (field == u"end_date")
            return dateText(c.endDate);
        if (field == u"outcome")
            return outcome(c.outcome);
        if (field == u"services_conference")
            return c.servicesConference ? u"yes"_s : u"no"_s;
        if (field == u"suspensions")
            return suspensionsText(c.suspensions);
        if (field == u"responsible")
            return c.responsible;
        return c.notes;
    };
    for (const char16_t *field : {u"authority_istat", u"procedure_code", u"protocol_number", u"start_date", u"end_date",
                                  u"outcome", u"services_conference", u"suspensions", u"responsible", u"notes"}) {
        const QString name = QString::fromUtf16(field);
        if (!changed.contains(name))
            continue;
        ++changeCount;
        if (changes.size() < kMaxChanges)
            changes.append({before.authorityIstat, before.protocolNumber, name, valueText(before, name),
                            valueText(after, name)});
    }
}

QString ImportReport::changesToText(qsizetype max) const
{
    if (changeCount == 0)
        return {};
    QStringList lines;
    lines << QObject::tr("Changes to existing case files: %1 fields in %2 case files").arg(changeCount).arg(updated);
    const auto shown = std::min(max, changes.size());
    for (qsizetype i = 0; i < shown; ++i) {
        const ImportChange &c = changes.at(i);
        lines << QObject::tr("  %1 %2: %3: '%4' → '%5'")
                     .arg(c.authorityIstat, c.protocolNumber, c.field, c.before, c.after);
    }
    if (changeCount > shown)
        lines << QObject::tr("  … and %1 more changes").arg(changeCount - shown);
    return lines.join(u'\n') + u'\n';
}

QString ImportReport::missingColumnWarning(const ImportMissingColumn &m, const ImportFieldNamer &name)
{
    return QObject::tr("the mapping takes %1 from the column '%2', which this file does not have: "
                       "%1 is not imported (map it again)")
        .arg(fieldText(name, m.field), m.column);
}

QStringList ImportReport::warnings(const ImportFieldNamer &name) const
{
    QStringList list;
    for (const ImportMissingColumn &m : missingColumns)
        list << missingColumnWarning(m, name);
    return list;
}

QString ImportReport::toText(const ImportFieldNamer &name) const
{
    QStringList lines;
    lines << QObject::tr("File: %1").arg(fileName);
    if (!format.isEmpty())
        lines << QObject::tr("Format: %1").arg(format);
    if (!headerAt.isEmpty())
        lines << QObject::tr("Header: %1").arg(headerAt);
    for (const QString &w : warnings(name))
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
            lines << QObject::tr("Unknown value for %1: '%2' (rows: %3)").arg(fieldText(name, f.key()), v.key()).arg(v.value());
    }
    for (const ImportProblem &p : problems)
        lines << p.toText(fileName, name);
    if (problemCount > problems.size())
        lines << QObject::tr("… and %1 more problems").arg(problemCount - problems.size());
    if (!rejectsFile.isEmpty())
        lines << QObject::tr("Rejected rows written to %1").arg(rejectsFile);
    return lines.join(u'\n') + u'\n';
}

} // namespace pass
