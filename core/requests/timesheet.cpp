#include "timesheet.h"

#include "core/store/sql.h"

#include "core/domain/requestlabels.h"
#include "core/exchange/xlsxworkbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// The sheet's words in its own language (see Timesheet::language).
struct Words
{
    const char *key;
    const char *italian;
    const char *english;
};
const Words kWords[] = {
    {"title", "Foglio delle attività di %1 — %2", "Activity sheet of %1, %2"},
    {"page", "pag. %1 di %2", "page %1 of %2"},
    {"sheet", "Attività", "Activities"},
    {"date", "Data", "Date"},
    {"authority", "Ente", "Authority"},
    {"request", "Richiesta", "Request"},
    {"mode", "Modalità", "Mode"},
    {"start", "Inizio", "Start"},
    {"end", "Fine", "End"},
    {"hours", "Ore", "Hours"},
    {"activities", "Attività svolte", "Activities"},
    {"confirmation", "Conferma", "Confirmation"},
    {"total", "Ore totali", "Total hours"},
    {"confirmed", "Ore confermate", "Confirmed hours"},
    {"onsite", "in presenza", "on site"},
    {"remote", "da remoto", "remote"},
    {"pending", "da confermare", "waiting"},
    {"confirmed.visit", "confermata", "confirmed"},
    {"disputed", "contestata", "disputed"},
};

QString word(const char *key, ReportLanguage language)
{
    for (const Words &w : kWords) {
        if (qstrcmp(w.key, key) == 0)
            return QString::fromUtf8(language == ReportLanguage::Italian ? w.italian : w.english);
    }
    return QString::fromLatin1(key);
}

QLocale localeOf(ReportLanguage language)
{
    return language == ReportLanguage::Italian ? QLocale(QLocale::Italian, QLocale::Italy) : QLocale(QLocale::English);
}

QString hoursText(double hours, ReportLanguage language)
{
    return localeOf(language).toString(hours, 'f', 2);
}

QString confirmationWord(VisitConfirmation c, ReportLanguage language)
{
    switch (c) {
    case VisitConfirmation::Confirmed: return word("confirmed.visit", language);
    case VisitConfirmation::Disputed: return word("disputed", language);
    case VisitConfirmation::Pending: break;
    }
    return word("pending", language);
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

double Timesheet::totalHours() const
{
    double total = 0;
    for (const TimesheetRow &r : rows)
        total += r.hours;
    return total;
}

double Timesheet::confirmedHours() const
{
    double total = 0;
    for (const TimesheetRow &r : rows) {
        if (r.confirmation == VisitConfirmation::Confirmed)
            total += r.hours;
    }
    return total;
}

QString Timesheet::title() const
{
    return word("title", language).arg(expert, localeOf(language).toString(month, u"MMMM yyyy"_s));
}

QString Timesheet::pageTemplate() const
{
    return word("page", language);
}

QStringList Timesheet::columns() const
{
    QStringList names;
    for (const char *key : {"date", "authority", "request", "mode", "start", "end", "hours", "activities", "confirmation"})
        names << word(key, language);
    return names;
}

QStringList Timesheet::cells(const TimesheetRow &row) const
{
    return {row.date.toString(u"dd/MM/yyyy"), row.authority, row.request,
            word(row.mode == VisitMode::Remote ? "remote" : "onsite", language),
            row.start.isValid() ? row.start.toString(u"HH:mm") : QString(),
            row.end.isValid() ? row.end.toString(u"HH:mm") : QString(), hoursText(row.hours, language), row.activities,
            confirmationWord(row.confirmation, language)};
}

bool buildTimesheet(QSqlDatabase db, const QString &expert, QDate month, Timesheet *sheet, QString *error,
                    ReportLanguage language)
{
    *sheet = Timesheet();
    sheet->language = language;
    sheet->expert = expert;
    sheet->month = QDate(month.year(), month.month(), 1);
    return sql::list(
        db,
        u"SELECT v.visit_date, coalesce(a.name, r.authority_istat), r.subject, v.mode, v.start_time, v.end_time, "
        "v.hours, v.activities, v.confirmation FROM visits v "
        "JOIN support_requests r ON r.id = v.request_id LEFT JOIN authorities a ON a.istat = r.authority_istat "
        "WHERE v.expert = ? AND v.visit_date BETWEEN ? AND ? ORDER BY v.visit_date, v.start_time, v.id"_s,
        {expert, sheet->month.toString(Qt::ISODate), sheet->month.addMonths(1).addDays(-1).toString(Qt::ISODate)},
        &sheet->rows, error, [](const QSqlQuery &q) {
            TimesheetRow row;
            row.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            row.authority = q.value(1).toString();
            row.request = q.value(2).toString();
            row.mode = visitModeFromWireName(q.value(3).toString()).value_or(VisitMode::OnSite);
            row.start = QTime::fromString(q.value(4).toString(), u"HH:mm");
            row.end = QTime::fromString(q.value(5).toString(), u"HH:mm");
            row.hours = q.value(6).toDouble();
            row.activities = q.value(7).toString();
            row.confirmation =
                visitConfirmationFromWireName(q.value(8).toString()).value_or(VisitConfirmation::Pending);
            return row;
        });
}

bool writeTimesheetXlsx(const Timesheet &sheet, const QString &path, QString *error)
{
    const auto fail = [&] {
        *error = QCoreApplication::translate("Timesheet", "cannot write %1").arg(path);
        return false;
    };
    // The shared writer (as the case export and the DFP table): dates as Excel dates, hours as
    // numbers, so that the sheet adds up in a spreadsheet.
    const QString partial = path + u".part"_s;
    {
        XlsxWorkbook book(partial);
        if (!book.open() || !book.startSheet(word("sheet", sheet.language).left(31)))
            return fail();
        book.startRow();
        book.text(0, sheet.title(), XlsxWorkbook::Bold);
        book.endRow();
        book.startRow();
        const QStringList columns = sheet.columns();
        for (int c = 0; c < columns.size(); ++c)
            book.text(c, columns.at(c), XlsxWorkbook::Bold);
        book.endRow();
        constexpr int kHours = 6;
        for (const TimesheetRow &r : sheet.rows) {
            book.startRow();
            const QStringList cells = sheet.cells(r);
            book.number(0, double(QDate(1899, 12, 30).daysTo(r.date)), XlsxWorkbook::Date);
            for (int c = 1; c < cells.size(); ++c) {
                if (c == kHours)
                    book.number(c, r.hours, XlsxWorkbook::OneDecimal);
                else
                    book.text(c, cells.at(c));
            }
            book.endRow();
        }
        for (const auto &[label, hours] : {std::pair{word("total", sheet.language), sheet.totalHours()},
                                           std::pair{word("confirmed", sheet.language), sheet.confirmedHours()}}) {
            book.startRow();
            book.text(0, label, XlsxWorkbook::Bold);
            book.number(kHours, hours, XlsxWorkbook::OneDecimal);
            book.endRow();
        }
        if (!book.finish())
            return fail();
    }
    return replaceWithPart(partial, path, error);
}

bool replaceWithPart(const QString &partial, const QString &path, QString *error)
{
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("Timesheet", "cannot write %1").arg(path);
        return false;
    }
    return true;
}

QString timesheetHtml(const Timesheet &sheet)
{
    QString html = u"<html><body style=\"font-family: sans-serif; font-size: 9pt\">"_s;
    html += u"<h2>%1</h2>"_s.arg(htmlEscaped(sheet.title()));
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>"_s;
    for (const QString &column : sheet.columns())
        html += u"<th>%1</th>"_s.arg(htmlEscaped(column));
    html += u"</tr></thead>"_s;
    for (const TimesheetRow &r : sheet.rows) {
        html += u"<tr>"_s;
        for (const QString &cell : sheet.cells(r))
            html += u"<td>%1</td>"_s.arg(htmlEscaped(cell));
        html += u"</tr>"_s;
    }
    html += u"</table><p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p></body></html>"_s.arg(
        htmlEscaped(word("total", sheet.language)), hoursText(sheet.totalHours(), sheet.language),
        htmlEscaped(word("confirmed", sheet.language)), hoursText(sheet.confirmedHours(), sheet.language));
    return html;
}

} // namespace pass
