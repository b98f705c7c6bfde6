#include "xlsxworkbook.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFile>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

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

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
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

QByteArray workbook(const QStringList &names)
{
    QByteArray x = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns=")" + QByteArray(kMain)
                   + R"(" xmlns:r=")" + QByteArray(kRel) + R"("><sheets>)";
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        x += R"(<sheet name=")" + escaped(names.at(i)) + R"(" sheetId=")" + n + R"(" r:id="rId)" + n + R"("/>)";
    }
    return x + "</sheets></workbook>";
}

QByteArray workbookRels(int sheets)
{
    QByteArray x = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                   R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    const QByteArray type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    for (int i = 1; i <= sheets + 1; ++i) {
        const QByteArray n = QByteArray::number(i);
        x += R"(<Relationship Id="rId)" + n + R"(" Type=")" + type
             + (i <= sheets ? "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>" : QByteArray("styles\" Target=\"styles.xml\"/>"));
    }
    return x + "</Relationships>";
}

// The order of cellXfs follows XlsxWorkbook::Style.
const QByteArray kStyles =
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

const QByteArray kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";

} // namespace

XlsxWorkbook::XlsxWorkbook(const QString &path) : m_path(path) { }

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_zip && m_zip->isOpen())
        discard();
}

bool XlsxWorkbook::open()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    return m_zip->open(QuaZip::mdCreate);
}

bool XlsxWorkbook::startSheet(const QString &name)
{
    if (m_sheet && !closeSheet())
        return false;
    m_sheetNames << name.left(31);
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(u"xl/worksheets/sheet%1.xml"_s.arg(m_sheetNames.size()))))
        return false;
    m_xml.setDevice(m_sheet.get());
    m_xml.writeStartDocument(u"1.0"_s, true);
    m_xml.writeStartElement(u"worksheet"_s);
    m_xml.writeDefaultNamespace(QString::fromLatin1(kMain));
    m_xml.writeStartElement(u"sheetData"_s);
    m_row = 0;
    return true;
}

bool XlsxWorkbook::closeSheet()
{
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    m_sheet->close();
    const bool ok = !m_xml.hasError() && m_sheet->getZipError() == UNZ_OK;
    m_sheet.reset();
    return ok;
}

void XlsxWorkbook::startRow()
{
    ++m_row;
    m_xml.writeStartElement(u"row"_s);
    m_xml.writeAttribute(u"r"_s, QString::number(m_row));
}

void XlsxWorkbook::endRow()
{
    m_xml.writeEndElement();
}

QString XlsxWorkbook::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

void XlsxWorkbook::begin(int column, Style style)
{
    m_xml.writeStartElement(u"c"_s);
    m_xml.writeAttribute(u"r"_s, columnName(column) + QString::number(m_row));
    if (style != Plain)
        m_xml.writeAttribute(u"s"_s, QString::number(int(style)));
}

void XlsxWorkbook::text(int column, const QString &value, Style style)
{
    if (value.isEmpty())
        return;
    begin(column, style);
    m_xml.writeAttribute(u"t"_s, u"inlineStr"_s);
    m_xml.writeStartElement(u"is"_s);
    m_xml.writeTextElement(u"t"_s, value);
    m_xml.writeEndElement();
    m_xml.writeEndElement();
}

void XlsxWorkbook::number(int column, double value, Style style)
{
    begin(column, style);
    m_xml.writeTextElement(u"v"_s, QString::number(value, 'g', 15));
    m_xml.writeEndElement();
}

void XlsxWorkbook::boolean(int column, bool value)
{
    begin(column, Plain);
    m_xml.writeAttribute(u"t"_s, u"b"_s);
    m_xml.writeTextElement(u"v"_s, value ? u"1"_s : u"0"_s);
    m_xml.writeEndElement();
}

bool XlsxWorkbook::finish()
{
    const int sheets = int(m_sheetNames.size());
    bool ok = (!m_sheet || closeSheet()) && addPart(m_zip.get(), u"[Content_Types].xml"_s, contentTypes(sheets))
        && addPart(m_zip.get(), u"_rels/.rels"_s, kRootRels) && addPart(m_zip.get(), u"xl/workbook.xml"_s, workbook(m_sheetNames))
        && addPart(m_zip.get(), u"xl/_rels/workbook.xml.rels"_s, workbookRels(sheets))
        && addPart(m_zip.get(), u"xl/styles.xml"_s, kStyles);
    m_zip->close();
    ok = ok && m_zip->getZipError() == UNZ_OK;
    if (!ok)
        QFile::remove(m_path);
    return ok;
}

void XlsxWorkbook::discard()
{
    m_sheet.reset();
    m_zip->close();
    QFile::remove(m_path);
}

} // namespace pass
