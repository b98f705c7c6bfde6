#include "importlabels.h"

#include "ui/common/domainlabels.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

using namespace Qt::StringLiterals;

// The labels keep the wizard's translation context: they were its own before they moved here.
namespace pass {
namespace {

// A short date with a four-digit year, as the case file table shows it.
QString dateText(const QDate &d)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return QLocale().toString(d, format);
}

} // namespace

QString importFieldLabel(ImportField f)
{
    switch (f) {
    case ImportField::AuthorityIstat: return QCoreApplication::translate("pass::ImportWizard", "Authority (ISTAT code or name)");
    case ImportField::ProcedureCode: return QCoreApplication::translate("pass::ImportWizard", "Procedure");
    case ImportField::ProtocolNumber: return QCoreApplication::translate("pass::ImportWizard", "Protocol number");
    case ImportField::CaseNumber: return QCoreApplication::translate("pass::ImportWizard", "Case number (if no protocol)");
    case ImportField::StartDate: return QCoreApplication::translate("pass::ImportWizard", "Start date");
    case ImportField::EndDate: return QCoreApplication::translate("pass::ImportWizard", "End date");
    case ImportField::Outcome: return QCoreApplication::translate("pass::ImportWizard", "Outcome / status");
    case ImportField::ServicesConference: return QCoreApplication::translate("pass::ImportWizard", "Services conference");
    case ImportField::Suspended: return QCoreApplication::translate("pass::ImportWizard", "Suspension");
    case ImportField::SuspensionDays: return QCoreApplication::translate("pass::ImportWizard", "Suspension days");
    case ImportField::Responsible: return QCoreApplication::translate("pass::ImportWizard", "Responsible officer");
    case ImportField::Notes: return QCoreApplication::translate("pass::ImportWizard", "Notes");
    case ImportField::Id: return QCoreApplication::translate("pass::ImportWizard", "Id");
    }
    return {};
}

QString importFieldLabel(const QString &name)
{
    if (name == u"suspensions")
        return importFieldLabel(ImportField::Suspended);
    const auto f = importFieldFromName(name);
    return f ? importFieldLabel(*f) : name;
}

QString outcomeLabel(const QString &wireName)
{
    // An open case reads "still open" here: the import asks what an empty outcome means.
    if (wireName == u"open" || wireName.isEmpty())
        return QCoreApplication::translate("pass::ImportWizard", "Still open");
    return DomainLabels::outcome(wireName);
}

QString importValueText(const QString &field, const QString &value)
{
    if (field == u"outcome")
        return outcomeLabel(value);
    if (value.isEmpty())
        return u"—"_s;
    if (field == u"start_date" || field == u"end_date") {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() ? dateText(d) : value;
    }
    if (field == u"services_conference")
        return value == u"yes" ? QCoreApplication::translate("pass::ImportWizard", "Yes")
                               : QCoreApplication::translate("pass::ImportWizard", "No");
    if (field == u"suspensions" && value == u"yes")
        return QCoreApplication::translate("pass::ImportWizard", "Suspended, dates unknown");
    return value;
}

} // namespace pass
