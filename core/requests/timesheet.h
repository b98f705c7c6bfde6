#pragma once

#include "core/domain/records.h"
#include "core/exchange/dfptable.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// An expert's monthly activity sheet — what experts hand in to be paid: every visit of the month
// with its authority, request, mode, hours and whether the authority confirmed it.
struct TimesheetRow
{
    QDate date;
    QString authority; // name
    QString request;   // subject
    VisitMode mode = VisitMode::OnSite;
    QTime start;
    QTime end;
    double hours = 0;
    QString activities;
    VisitConfirmation confirmation = VisitConfirmation::Pending;
};

struct Timesheet
{
    QString expert;
    QDate month; // the first day
    QList<TimesheetRow> rows;
    // The sheet's own language, as the reports have one: Italian unless asked otherwise,
    // whatever the language of the program that writes it (passctl has none).
    ReportLanguage language = ReportLanguage::Italian;

    double totalHours() const;
    double confirmedHours() const;
    // "Foglio delle attività di marco — novembre 2026": the title and every PDF page's header.
    QString title() const;
    // "pag. %1 di %2": the PDF's footer.
    QString pageTemplate() const;
    // The sheet's columns and cell texts: one definition for the PDF's table and the XLSX sheet.
    QStringList columns() const;
    QStringList cells(const TimesheetRow &row) const;
};

// The expert's sheet for the month into *sheet; false with *error when the visits cannot be read
// (a sheet without them would be one the expert is not paid for).
bool buildTimesheet(QSqlDatabase db, const QString &expert, QDate month, Timesheet *sheet, QString *error,
                    ReportLanguage language = ReportLanguage::Italian);
// The sheet as XLSX through the shared XlsxWorkbook (dates as Excel dates, hours as numbers,
// totals below). False with *error when the file cannot be written (nothing is left behind).
bool writeTimesheetXlsx(const Timesheet &sheet, const QString &path, QString *error);
// Moves a finished path.part over path (a reader never sees a half-written sheet); removes the
// part and says why on failure.
bool replaceWithPart(const QString &partial, const QString &path, QString *error);
// The sheet as an HTML document (title, table with a repeated header row, totals) for a
// QTextDocument → PDF.
QString timesheetHtml(const Timesheet &sheet);

} // namespace pass
