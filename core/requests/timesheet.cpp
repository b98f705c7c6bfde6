#include "timesheet.h"

#include "core/domain/requestlabels.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', 2);
}

bool addPart(QuaZip *zip, const QString &name, const QByteArray &data)
{
    QuaZipFile f(zip);
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = f.write(data) == data.size();
    f.close();
    return ok && f.getZipError() == UNZ_OK;
}

const char *const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
    R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)"
    R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
    R"(</Types>)";
const char *const kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char *const kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";
// Style 1: bold; style 2: dd/mm/yyyy; style 3: 0.00 (hours).
const char *const kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>)"
    R"(<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(</styleSheet>)";

// The sheet's XML, built in memory: a month of visits is small.
class Sheet
{
public:
    Sheet() : m_xml(&m_data)
    {
        m_xml.writeStartDocument(u"1.0"_s, true);
        m_xml.writeStartElement(u"worksheet"_s);
        m_xml.writeDefaultNamespace(u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s);
        m_xml.writeStartElement(u"sheetData"_s);
    }
    void row()
    {
        if (m_row > 0)
            m_xml.writeEndElement();
        ++m_row;
        m_col = 0;
        m_xml.writeStartElement(u"row"_s);
        m_xml.writeAttribute(u"r"_s, QString::number(m_row));
    }
    void text(const QString &value, int style = 0)
    {
        cell(style);
        m_xml.writeAttribute(u"t"_s, u"inlineStr"_s);
        m_xml.writeStartElement(u"is"_s);
        m_xml.writeTextElement(u"t"_s, value);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    void number(double value, int style = 0)
    {
        cell(style);
        m_xml.writeTextElement(u"v"_s, QString::number(value, 'g', 15));
        m_xml.writeEndElement();
    }
    void date(QDate d) { number(double(QDate(1899, 12, 30).daysTo(d)), 2); }
    void skip() { ++m_col; }
    QByteArray finish()
    {
        if (m_row > 0)
            m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_data;
    }

private:
    void cell(int style)
    {
        m_xml.writeStartElement(u"c"_s);
        m_xml.writeAttribute(u"r"_s, QChar(u'A' + m_col++) + QString::number(m_row));
        if (style)
            m_xml.writeAttribute(u"s"_s, QString::number(style));
    }

    QByteArray m_data;
    QXmlStreamWriter m_xml;
    int m_row = 0;
    int m_col = 0;
};

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

QStringList Timesheet::columns()
{
    return {QCoreApplication::translate("Timesheet", "Date"), QCoreApplication::translate("Timesheet", "Authority"), QCoreApplication::translate("Timesheet", "Request"), QCoreApplication::translate("Timesheet", "Mode"), QCoreApplication::translate("Timesheet", "Start"), QCoreApplication::translate("Timesheet", "End"), QCoreApplication::translate("Timesheet", "Hours"),
            QCoreApplication::translate("Timesheet", "Activities"), QCoreApplication::translate("Timesheet", "Confirmation")};
}

QStringList Timesheet::cells(const TimesheetRow &row)
{
    return {row.date.toString(u"dd/MM/yyyy"), row.authority, row.request, visitModeLabel(row.mode),
            row.start.isValid() ? row.start.toString(u"HH:mm") : QString(),
            row.end.isValid() ? row.end.toString(u"HH:mm") : QString(), hoursText(row.hours), row.activities,
            visitConfirmationLabel(row.confirmation)};
}

Timesheet buildTimesheet(QSqlDatabase db, const QString &expert, QDate month)
{
    Timesheet sheet;
    sheet.expert = expert;
    sheet.month = QDate(month.year(), month.month(), 1);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT v.visit_date, coalesce(a.name, r.authority_istat), r.subject, v.mode, v.start_time, "
              "v.end_time, v.hours, v.activities, v.confirmation FROM visits v "
              "JOIN support_requests r ON r.id = v.request_id LEFT JOIN authorities a ON a.istat = r.authority_istat "
              "WHERE v.expert = ? AND v.visit_date BETWEEN ? AND ? ORDER BY v.visit_date, v.start_time, v.id"_s);
    q.addBindValue(expert);
    q.addBindValue(sheet.month.toString(Qt::ISODate));
    q.addBindValue(sheet.month.addMonths(1).addDays(-1).toString(Qt::ISODate));
    q.exec();
    while (q.next()) {
        TimesheetRow row;
        row.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        row.authority = q.value(1).toString();
        row.request = q.value(2).toString();
        row.mode = visitModeFromWireName(q.value(3).toString()).value_or(VisitMode::OnSite);
        row.start = QTime::fromString(q.value(4).toString(), u"HH:mm");
        row.end = QTime::fromString(q.value(5).toString(), u"HH:mm");
        row.hours = q.value(6).toDouble();
        row.activities = q.value(7).toString();
        row.confirmation = visitConfirmationFromWireName(q.value(8).toString()).value_or(VisitConfirmation::Pending);
        sheet.rows.append(row);
    }
    return sheet;
}

bool writeTimesheetXlsx(const Timesheet &sheet, const QString &path, QString *error)
{
    Sheet s;
    s.row();
    s.text(QCoreApplication::translate("Timesheet", "Activity sheet of %1, %2").arg(sheet.expert, QLocale().toString(sheet.month, u"MMMM yyyy")), 1);
    s.row();
    for (const QString &column : Timesheet::columns())
        s.text(column, 1);
    for (const TimesheetRow &r : sheet.rows) {
        s.row();
        const QStringList cells = Timesheet::cells(r);
        s.date(r.date);
        s.text(cells.at(1));
        s.text(cells.at(2));
        s.text(cells.at(3));
        s.text(cells.at(4));
        s.text(cells.at(5));
        s.number(r.hours, 3);
        s.text(cells.at(7));
        s.text(cells.at(8));
    }
    s.row();
    s.text(QCoreApplication::translate("Timesheet", "Total hours"), 1);
    for (int i = 0; i < 5; ++i)
        s.skip();
    s.number(sheet.totalHours(), 3);
    s.row();
    s.text(QCoreApplication::translate("Timesheet", "Confirmed hours"), 1);
    for (int i = 0; i < 5; ++i)
        s.skip();
    s.number(sheet.confirmedHours(), 3);
    const QByteArray sheetXml = s.finish();
    const QByteArray workbook =
        R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name=")"
        + QCoreApplication::translate("Timesheet", "Activities").toHtmlEscaped().toUtf8() + R"(" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    const QString partial = path + u".part"_s;
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate)) {
            *error = QCoreApplication::translate("Timesheet", "cannot write %1").arg(path);
            return false;
        }
        const bool ok = addPart(&zip, u"[Content_Types].xml"_s, kContentTypes) && addPart(&zip, u"_rels/.rels"_s, kRootRels)
            && addPart(&zip, u"xl/workbook.xml"_s, workbook) && addPart(&zip, u"xl/_rels/workbook.xml.rels"_s, kWorkbookRels)
            && addPart(&zip, u"xl/styles.xml"_s, kStyles) && addPart(&zip, u"xl/worksheets/sheet1.xml"_s, sheetXml);
        zip.close();
        if (!ok || zip.getZipError() != UNZ_OK) {
            QFile::remove(partial);
            *error = QCoreApplication::translate("Timesheet", "cannot write %1").arg(path);
            return false;
        }
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
    html += u"<h2>%1</h2>"_s.arg(htmlEscaped(QCoreApplication::translate("Timesheet", "Activity sheet of %1, %2")
                                                 .arg(sheet.expert, QLocale().toString(sheet.month, u"MMMM yyyy"))));
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>"_s;
    for (const QString &column : Timesheet::columns())
        html += u"<th>%1</th>"_s.arg(htmlEscaped(column));
    html += u"</tr></thead>"_s;
    for (const TimesheetRow &r : sheet.rows) {
        html += u"<tr>"_s;
        for (const QString &cell : Timesheet::cells(r))
            html += u"<td>%1</td>"_s.arg(htmlEscaped(cell));
        html += u"</tr>"_s;
    }
    html += u"</table><p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p></body></html>"_s.arg(
        htmlEscaped(QCoreApplication::translate("Timesheet", "Total hours")), hoursText(sheet.totalHours()), htmlEscaped(QCoreApplication::translate("Timesheet", "Confirmed hours")),
        hoursText(sheet.confirmedHours()));
    return html;
}

} // namespace pass
