#include "importsource.h"

#include "core/import/csvreader.h"
#include "core/import/xlsxreader.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace pass {

ImportSource::ImportSource() = default;
ImportSource::~ImportSource() = default;

QString ImportSource::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_reader ? m_reader->errorString() : QString();
}

QStringList ImportSource::sheets() const
{
    return m_xlsx ? m_xlsx->sheetNames() : QStringList();
}

bool ImportSource::open(const QString &path, const ImportMapping &hints)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = QObject::tr("cannot open the file: %1").arg(m_file.errorString());
        return false;
    }
    const QByteArray magic = m_file.peek(4);
    // Spreadsheets we cannot read: say what they are and what to do, rather than let the CSV
    // reader call them binary data. The OLE2 compound file is Excel 97-2003's .xls; an
    // OpenDocument file is a ZIP whose first, stored entry is "mimetype".
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        m_error = QObject::tr("this is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV and import that");
        return false;
    }
    if (magic.startsWith("PK\x03\x04")) {
        const QByteArray head = m_file.peek(128);
        if (head.mid(30, 8) == "mimetype" && head.mid(38).startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            m_error = QObject::tr("this is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV and import that");
            return false;
        }
    }
    const bool zip = hints.format.isEmpty()
        ? magic.startsWith("PK\x03\x04") || path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)
        : hints.format == u"xlsx";
    if (zip) {
        m_file.close();
        m_xlsx = std::make_unique<XlsxReader>(path);
        m_reader = m_xlsx.get();
        if (!m_xlsx->open())
            return false;
        if (!hints.sheet.isEmpty())
            return m_xlsx->selectSheet(hints.sheet) && findHeader();
        // The first sheet with a recognisable header (the province's workbook opens on a
        // cover sheet); the first sheet when none has one.
        const QStringList names = m_xlsx->sheetNames();
        for (const QString &name : names) {
            if (!m_xlsx->selectSheet(name))
                return false;
            if (findHeader() && ImportMapping::headerScore(m_header) >= 2)
                return true;
            if (!m_xlsx->errorString().isEmpty())
                return false;
        }
        return m_xlsx->selectSheet(names.value(0)) && findHeader();
    }
    m_csv = std::make_unique<CsvReader>(&m_file);
    m_reader = m_csv.get();
    return m_csv->start(CsvDialect{hints.separator, hints.encoding}) && findHeader();
}

bool ImportSource::findHeader()
{
    m_pending.clear();
    m_header.clear();
    m_headerLine = 0;
    int best = -1, bestScore = 0;
    SourceRow row;
    while (m_pending.size() < kHeaderSearchRows && m_reader->next(&row)) {
        if (row.isBlank())
            continue;
        const int score = ImportMapping::headerScore(row.cells());
        if (score > bestScore) {
            best = int(m_pending.size());
            bestScore = score;
        }
        m_pending.append(row);
    }
    if (!m_reader->errorString().isEmpty())
        return false;
    if (m_pending.isEmpty()) {
        m_error = QObject::tr("the file has no rows");
        return false;
    }
    // Without a recognisable header the first row is taken as one: the user maps it by hand.
    if (best < 0 || bestScore < 2)
        best = 0;
    m_header = m_pending.at(best).cells();
    for (QString &h : m_header)
        h = h.trimmed();
    m_headerLine = m_pending.at(best).line;
    m_pending.remove(0, best + 1);
    return true;
}

bool ImportSource::next(SourceRow *row)
{
    while (!m_pending.isEmpty()) {
        *row = m_pending.takeFirst();
        return true;
    }
    while (m_reader->next(row)) {
        if (!row->isBlank())
            return true;
    }
    return false;
}

} // namespace pass
