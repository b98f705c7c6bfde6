#include "xlsxreader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QFileInfo>
#include <QObject>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024; // workbook.xml and rels are small

// "BC12" → 54 (0-based column), or -1.
int columnFromRef(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > 16384)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

} // namespace

XlsxReader::XlsxReader(QString path) : m_path(std::move(path)) { }

XlsxReader::XlsxReader(QIODevice *device) : m_device(device) { }

XlsxReader::~XlsxReader()
{
    m_xml.reset();
    if (m_sheetFile)
        m_sheetFile->close();
    m_sheetFile.reset();
    if (m_zip)
        m_zip->close();
}

bool XlsxReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString XlsxReader::columnLetters(int index)
{
    QString s;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

bool XlsxReader::readPart(const QString &name, QByteArray *data)
{
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive))
        return false;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QObject::tr("cannot read %1 in the workbook (damaged ZIP)").arg(name));
    if (file.usize() > kMaxPartBytes)
        return fail(QObject::tr("%1 in the workbook is too large").arg(name));
    *data = file.read(kMaxPartBytes + 1);
    const bool ok = file.getZipError() == UNZ_OK && data->size() <= kMaxPartBytes;
    file.close();
    if (!ok || file.getZipError() != UNZ_OK)
        return fail(QObject::tr("cannot read %1 in the workbook (damaged ZIP)").arg(name));
    return true;
}

bool XlsxReader::open()
{
    if (m_device) {
        if (m_device->size() == 0)
            return fail(QObject::tr("the file is empty (0 bytes): not an Excel workbook"));
        m_zip = std::make_unique<QuaZip>(m_device);
    } else {
        const QFileInfo info(m_path);
        if (!info.exists())
            return fail(QObject::tr("the file does not exist"));
        if (info.size() == 0)
            return fail(QObject::tr("the file is empty (0 bytes): not an Excel workbook"));
        m_zip = std::make_unique<QuaZip>(m_path);
    }
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(QObject::tr("the file is not a valid ZIP archive (damaged, truncated or another format), "
                                "so it is not an XLSX workbook"));
    return readWorkbook() && readSharedStrings();
}

bool XlsxReader::readWorkbook()
{
    QByteArray workbook, rels;
    if (!readPart(u"xl/workbook.xml"_s, &workbook)) {
        return fail(QObject::tr("the ZIP archive has no xl/workbook.xml: it is not an Excel workbook "
                                "(an .xls from Excel 97–2003 must be saved as .xlsx first)"));
    }
    QHash<QString, QString> targets; // relationship id → part
    if (readPart(u"xl/_rels/workbook.xml.rels"_s, &rels)) {
        QXmlStreamReader xml(rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                QString target = xml.attributes().value("Target"_L1).toString();
                target = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
                targets.insert(xml.attributes().value("Id"_L1).toString(), target);
            }
        }
    }
    if (!m_error.isEmpty())
        return false;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            QString rid;
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name() == u"id")
                    rid = attr.value().toString(); // r:id, whatever the prefix is bound to
            }
            const QString sheetId = a.value("sheetId"_L1).toString();
            m_sheetNames << a.value("name"_L1).toString();
            m_sheetParts << targets.value(rid, u"xl/worksheets/sheet%1.xml"_s.arg(sheetId));
        }
    }
    if (xml.hasError())
        return fail(QObject::tr("xl/workbook.xml is not valid XML (line %1): %2")
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
    if (m_sheetNames.isEmpty())
        return fail(QObject::tr("the workbook has no sheets"));
    return true;
}

bool XlsxReader::readSharedStrings()
{
    if (!m_zip->setCurrentFile(u"xl/sharedStrings.xml"_s, QuaZip::csInsensitive))
        return true; // a workbook with numbers and inline strings only
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return fail(QObject::tr("cannot read xl/sharedStrings.xml (damaged ZIP)"));
    QXmlStreamReader xml(&file);
    qint64 chars = 0;
    QString current;
    bool inSi = false, inPhonetic = false;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (file.getZipError() != UNZ_OK)
            return fail(QObject::tr("xl/sharedStrings.xml: the compressed data is damaged"));
        if (xml.isStartElement()) {
            if (xml.name() == u"si") {
                inSi = true;
                current.clear();
            } else if (xml.name() == u"rPh") {
                inPhonetic = true; // Japanese reading hints, not part of the text
            } else if (xml.name() == u"t" && inSi && !inPhonetic) {
                current += xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"si") {
                chars += current.size();
                if (chars > kMaxSharedChars)
                    return fail(QObject::tr("the workbook's shared strings exceed %1 million characters")
                                    .arg(kMaxSharedChars / 1000000));
                m_shared << current;
                inSi = false;
            } else if (xml.name() == u"rPh") {
                inPhonetic = false;
            }
        }
    }
    if (xml.hasError())
        return fail(QObject::tr("xl/sharedStrings.xml is not valid XML (line %1): %2")
                        .arg(xml.lineNumber())
                        .arg(xml.errorString()));
    return true;
}

bool XlsxReader::selectSheet(const QString &name)
{
    const int index = name.isEmpty() ? 0 : int(m_sheetNames.indexOf(name));
    if (index < 0)
        return fail(QObject::tr("the workbook has no sheet named '%1' (sheets: %2)")
                        .arg(name, m_sheetNames.join(u", "_s)));
    m_xml.reset();
    if (m_sheetFile)
        m_sheetFile->close();
    m_sheet = m_sheetNames.at(index);
    m_sheetPart = m_sheetParts.at(index);
    m_lastRow = 0;
    m_inData = false;
    if (!m_zip->setCurrentFile(m_sheetPart, QuaZip::csInsensitive))
        return fail(QObject::tr("the workbook lists sheet '%1' but has no %2").arg(m_sheet, m_sheetPart));
    m_sheetFile = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheetFile->open(QIODevice::ReadOnly))
        return fail(QObject::tr("cannot read %1 (damaged ZIP)").arg(m_sheetPart));
    m_xml = std::make_unique<QXmlStreamReader>(m_sheetFile.get());
    return true;
}

bool XlsxReader::advance()
{
    // A read error of the ZIP stream (corrupt deflate data) is not an XML error: without this
    // check the reader would keep asking the device for data that never comes.
    if (m_xml->atEnd() || m_xml->hasError() || !m_error.isEmpty())
        return false;
    m_xml->readNext();
    if (m_sheetFile->getZipError() != UNZ_OK)
        return fail(QObject::tr("%1: the compressed data is damaged").arg(m_sheetPart));
    return !m_xml->hasError();
}

QString XlsxReader::cellValue(const QString &type)
{
    // Inside <c>: read <v> or <is><t>, up to </c>.
    QString value;
    while (advance()) {
        if (m_xml->isStartElement()) {
            if (m_xml->name() == u"v" || m_xml->name() == u"t")
                value += m_xml->readElementText();
        } else if (m_xml->isEndElement() && m_xml->name() == u"c") {
            break;
        }
    }
    if (type == u"s") {
        bool ok = false;
        const int i = value.toInt(&ok);
        if (!ok || i < 0 || i >= m_shared.size()) {
            fail(QObject::tr("%1: a cell refers to shared string %2, which does not exist")
                     .arg(m_sheetPart, value));
            return {};
        }
        return m_shared.at(i);
    }
    if (type == u"b")
        return value == u"1" ? u"TRUE"_s : u"FALSE"_s;
    if (type == u"e")
        return {}; // #N/A, #DIV/0!: no value
    if ((type.isEmpty() || type == u"n") && (value.contains(u'E') || value.contains(u'e'))) {
        bool ok = false;
        const double d = value.toDouble(&ok);
        if (ok)
            return QString::number(d, 'f', d == qint64(d) ? 0 : 6);
    }
    return value;
}

bool XlsxReader::next(SourceRow *row)
{
    row->clear();
    if (!m_xml || !m_error.isEmpty())
        return false;
    QStringList cells;
    while (advance()) {
        if (!m_xml->isStartElement())
            continue;
        if (m_xml->name() == u"sheetData") {
            m_inData = true;
        } else if (m_inData && m_xml->name() == u"row") {
            const QStringView r = m_xml->attributes().value("r"_L1);
            bool ok = false;
            const qint64 n = r.toLongLong(&ok);
            row->line = ok && n > m_lastRow ? n : m_lastRow + 1;
            m_lastRow = row->line;
            // Cells up to </row>.
            while (advance()) {
                if (m_xml->isEndElement() && m_xml->name() == u"row")
                    break;
                if (!m_xml->isStartElement() || m_xml->name() != u"c")
                    continue;
                const QXmlStreamAttributes a = m_xml->attributes();
                int col = columnFromRef(a.value("r"_L1));
                if (col < 0)
                    col = int(cells.size());
                if (col >= 16384)
                    return fail(QObject::tr("%1: column beyond XFD").arg(rowLabel(row->line)));
                const QString v = cellValue(a.value("t"_L1).toString());
                if (!m_error.isEmpty())
                    return false;
                while (cells.size() < col)
                    cells << QString();
                if (cells.size() == col)
                    cells << v;
                else
                    cells[col] = v;
            }
            if (m_xml->hasError() || !m_error.isEmpty())
                break;
            row->setCells(std::move(cells));
            return true;
        }
    }
    if (!m_error.isEmpty())
        return false;
    if (m_xml->hasError())
        return fail(QObject::tr("sheet '%1' is not valid XML (%2, line %3): %4")
                        .arg(m_sheet, m_sheetPart)
                        .arg(m_xml->lineNumber())
                        .arg(m_xml->errorString()));
    return false;
}

qint64 XlsxReader::position() const
{
    return m_sheetFile ? m_sheetFile->pos() : 0;
}

qint64 XlsxReader::size() const
{
    return m_sheetFile ? m_sheetFile->usize() : 0;
}

QString XlsxReader::columnLabel(int index) const
{
    return QObject::tr("column %1").arg(columnLetters(index));
}

QString XlsxReader::rowLabel(qint64 line) const
{
    return QObject::tr("sheet '%1' row %2").arg(m_sheet).arg(line);
}

QString XlsxReader::formatDescription() const
{
    return QObject::tr("XLSX, sheet '%1' of %2").arg(m_sheet).arg(m_sheetNames.size());
}

} // namespace pass
