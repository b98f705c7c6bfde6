#include "xlsxcaseexporter.h"

#include "core/exchange/casecsvexporter.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QDate>
#include <QFile>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QXmlStreamWriter>

#include <memory>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// The canonical columns, shared with the CSV export so the two never drift apart.
const QStringList kColumns = CaseCsvExporter::columns();
constexpr const char *kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char *kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

bool addPart(QuaZip *zip, const QString &name, const QByteArray &data)
{
    QuaZipFile f(zip);
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool ok = f.write(data) == data.size();
    f.close();
    return ok && f.getZipError() == UNZ_OK;
}

QByteArray contentTypes(int sheets)
{
    QByteArray x = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                   R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                   R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                   R"(<Default Extension="xml" ContentType="application/xml"/>)"
                   R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
                   R"(<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>)";
    for (int i = 1; i <= sheets; ++i)
        x += R"(<Override PartName="/xl/worksheets/sheet)" + QByteArray::number(i)
             + R"(.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)";
    return x + "</Types>";
}

QByteArray workbook(int sheets)
{
    QByteArray x = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns=")" + QByteArray(kMain)
                   + R"(" xmlns:r=")" + QByteArray(kRel) + R"("><sheets>)";
    for (int i = 1; i <= sheets; ++i) {
        const QByteArray n = QByteArray::number(i);
        x += R"(<sheet name="case_files)" + (i > 1 ? " (" + n + ")" : QByteArray()) + R"(" sheetId=")" + n
             + R"(" r:id="rId)" + n + R"("/>)";
    }
    return x + "</sheets></workbook>";
}

QByteArray workbookRels(int sheets)
{
    QByteArray x = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                   R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (int i = 1; i <= sheets; ++i) {
        const QByteArray n = QByteArray::number(i);
        x += R"(<Relationship Id="rId)" + n + R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet)" + n + R"(.xml"/>)";
    }
    const QByteArray s = QByteArray::number(sheets + 1);
    x += R"(<Relationship Id="rId)" + s + R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)";
    return x + "</Relationships>";
}

// Style 1: bold (header); style 2: dd/mm/yyyy (dates).
const QByteArray kStyles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
    R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>)"
    R"(<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>)"
    R"(<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>)"
    R"(<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>)"
    R"(<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>)"
    R"(<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>)"
    R"(<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>)"
    R"(<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>)"
    R"(</styleSheet>)";

// One worksheet part being streamed.
class SheetWriter
{
public:
    bool open(QuaZip *zip, int index)
    {
        m_file = std::make_unique<QuaZipFile>(zip);
        if (!m_file->open(QIODevice::WriteOnly, QuaZipNewInfo(u"xl/worksheets/sheet%1.xml"_s.arg(index))))
            return false;
        m_xml.setDevice(m_file.get());
        m_xml.writeStartDocument(u"1.0"_s, true);
        m_xml.writeStartElement(u"worksheet"_s);
        m_xml.writeDefaultNamespace(QString::fromLatin1(kMain));
        m_xml.writeStartElement(u"sheetData"_s);
        m_row = 0;
        startRow();
        for (qsizetype c = 0; c < kColumns.size(); ++c)
            text(int(c), kColumns.at(c), 1);
        endRow();
        return true;
    }
    bool close()
    {
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        m_file->close();
        return !m_xml.hasError() && m_file->getZipError() == UNZ_OK;
    }
    void startRow()
    {
        ++m_row;
        m_xml.writeStartElement(u"row"_s);
        m_xml.writeAttribute(u"r"_s, QString::number(m_row));
    }
    void endRow() { m_xml.writeEndElement(); }
    void text(int col, const QString &value, int style = 0)
    {
        if (value.isEmpty())
            return;
        begin(col, style);
        m_xml.writeAttribute(u"t"_s, u"inlineStr"_s);
        m_xml.writeStartElement(u"is"_s);
        m_xml.writeTextElement(u"t"_s, value);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    void number(int col, qint64 value, int style = 0)
    {
        begin(col, style);
        m_xml.writeTextElement(u"v"_s, QString::number(value));
        m_xml.writeEndElement();
    }
    void boolean(int col, bool value)
    {
        begin(col, 0);
        m_xml.writeAttribute(u"t"_s, u"b"_s);
        m_xml.writeTextElement(u"v"_s, value ? u"1"_s : u"0"_s);
        m_xml.writeEndElement();
    }
    int row() const { return m_row; }

private:
    void begin(int col, int style)
    {
        m_xml.writeStartElement(u"c"_s);
        m_xml.writeAttribute(u"r"_s, QChar(u'A' + col) + QString::number(m_row));
        if (style)
            m_xml.writeAttribute(u"s"_s, QString::number(style));
    }

    std::unique_ptr<QuaZipFile> m_file;
    QXmlStreamWriter m_xml;
    int m_row = 0;
};

} // namespace

qint64 XlsxCaseExporter::write(const QString &path, const CaseFileFilter &filter, QString *error,
                               const std::function<bool(qint64)> &progress)
{
    QSqlQuery q(m_db);
    if (!CaseCsvExporter::selectRows(q, m_db, filter, error))
        return -1;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QObject::tr("cannot create %1").arg(path);
        return -1;
    }
    auto failed = [&](const QString &message) {
        *error = message;
        zip.close();
        QFile::remove(path);
        return qint64(-1);
    };
    const QDate epoch(1899, 12, 30); // Excel's day 0
    int sheets = 1;
    SheetWriter sheet;
    if (!sheet.open(&zip, sheets))
        return failed(QObject::tr("cannot write %1").arg(path));
    qint64 rows = 0;
    while (q.next()) {
        if (sheet.row() > kRowsPerSheet) {
            if (!sheet.close() || !sheet.open(&zip, ++sheets))
                return failed(QObject::tr("cannot write %1").arg(path));
        }
        sheet.startRow();
        for (int c = 0; c < int(kColumns.size()); ++c) {
            const QVariant v = q.value(c);
            if (v.isNull())
                continue;
            if (c == 4 || c == 5) {
                const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
                if (d.isValid())
                    sheet.number(c, epoch.daysTo(d), 2);
            } else if (c == 7 || c == 8) {
                sheet.boolean(c, v.toBool());
            } else if (c == 10) {
                sheet.number(c, v.toLongLong());
            } else {
                sheet.text(c, v.toString()); // ISTAT codes stay text: leading zeros kept
            }
        }
        sheet.endRow();
        ++rows;
        if (progress && (rows & 8191) == 0 && !progress(rows))
            return failed(QObject::tr("Export cancelled"));
    }
    if (!sheet.close() || !addPart(&zip, u"[Content_Types].xml"_s, contentTypes(sheets))
        || !addPart(&zip, u"_rels/.rels"_s,
                    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)")
        || !addPart(&zip, u"xl/workbook.xml"_s, workbook(sheets))
        || !addPart(&zip, u"xl/_rels/workbook.xml.rels"_s, workbookRels(sheets))
        || !addPart(&zip, u"xl/styles.xml"_s, kStyles))
        return failed(QObject::tr("cannot write %1").arg(path));
    zip.close();
    if (zip.getZipError() != UNZ_OK)
        return failed(QObject::tr("cannot write %1").arg(path));
    return rows;
}

} // namespace pass
