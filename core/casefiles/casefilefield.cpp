#include "casefilefield.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

struct FieldNames
{
    CaseFileField field;
    const char16_t *name;
    const char *label;
};

// The labels are translated in the "CaseFileField" context.
const FieldNames kFields[] = {
    {CaseFileField::Authority, u"authority_istat", QT_TRANSLATE_NOOP("CaseFileField", "Authority")},
    {CaseFileField::Procedure, u"procedure_code", QT_TRANSLATE_NOOP("CaseFileField", "Procedure")},
    {CaseFileField::Protocol, u"protocol_number", QT_TRANSLATE_NOOP("CaseFileField", "Protocol number")},
    {CaseFileField::StartDate, u"start_date", QT_TRANSLATE_NOOP("CaseFileField", "Start date")},
    {CaseFileField::EndDate, u"end_date", QT_TRANSLATE_NOOP("CaseFileField", "End date")},
    {CaseFileField::Outcome, u"outcome", QT_TRANSLATE_NOOP("CaseFileField", "Outcome")},
    {CaseFileField::ServicesConference, u"services_conference", QT_TRANSLATE_NOOP("CaseFileField", "Services conference")},
    {CaseFileField::Suspensions, u"suspensions", QT_TRANSLATE_NOOP("CaseFileField", "Suspensions")},
    {CaseFileField::Responsible, u"responsible", QT_TRANSLATE_NOOP("CaseFileField", "Responsible officer")},
    {CaseFileField::Notes, u"notes", QT_TRANSLATE_NOOP("CaseFileField", "Notes")},
};

} // namespace

QString caseFileFieldName(CaseFileField field)
{
    for (const FieldNames &f : kFields) {
        if (f.field == field)
            return QString::fromUtf16(f.name);
    }
    return {};
}

std::optional<CaseFileField> caseFileFieldFromName(const QString &name)
{
    for (const FieldNames &f : kFields) {
        if (name == QStringView(f.name))
            return f.field;
    }
    // The import's flag column and the stored day count are views of the suspension periods.
    if (name == u"suspended" || name == u"suspension_days")
        return CaseFileField::Suspensions;
    return std::nullopt;
}

QString caseFileFieldLabel(CaseFileField field)
{
    for (const FieldNames &f : kFields) {
        if (f.field == field)
            return QCoreApplication::translate("CaseFileField", f.label);
    }
    return {};
}

QString caseFileFieldLabel(const QString &name)
{
    const std::optional<CaseFileField> field = caseFileFieldFromName(name);
    return field ? caseFileFieldLabel(*field) : name;
}

} // namespace pass
