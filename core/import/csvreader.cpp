#include "csvreader.h"

#include <QHash>
#include <QObject>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

constexpr qsizetype kHead = 64 * 1024;

bool looksLikeUtf16WithoutBom(QByteArrayView head)
{
    qsizetype oddZero = 0, evenZero = 0;
    const qsizetype n = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += head[i] == 0;
        oddZero += head[i + 1] == 0;
    }
    return n >= 8 && (oddZero > n / 4 || evenZero > n / 4);
}

// Field counts of the first records of head when split on sep, honouring quotes.
QList<int> fieldCounts(QByteArrayView head, char sep)
{
    QList<int> counts;
    int fields = 1;
    bool quoted = false;
    bool lineHasData = false;
    for (qsizetype i = 0; i < head.size() && counts.size() < 50; ++i) {
        const char c = head[i];
        if (quoted) {
            if (c == '"')
                quoted = false; // a doubled quote re-enters at once: same effect
            continue;
        }
        if (c == '"') {
            quoted = true;
            lineHasData = true;
        } else if (c == sep) {
            ++fields;
            lineHasData = true;
        } else if (c == '\n' || c == '\r') {
            if (lineHasData)
                counts << fields;
            fields = 1;
            lineHasData = false;
        } else if (c != ' ') {
            lineHasData = true;
        }
    }
    return counts;
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : m_device(device) { }

bool CsvReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

char CsvReader::detectSeparator(QByteArrayView head)
{
    // The separator that splits most records into the same number (> 1) of fields wins; title
    // rows above the header and commas inside text ("Rossi, Mario") do not sway it.
    char best = ',';
    int bestScore = -1;
    for (char sep : {';', ',', '\t', '|'}) {
        const QList<int> counts = fieldCounts(head, sep);
        QHash<int, int> freq;
        for (int c : counts) {
            if (c > 1)
                ++freq[c];
        }
        int modal = 0, modalFreq = 0;
        for (auto it = freq.cbegin(); it != freq.cend(); ++it) {
            if (it.value() > modalFreq || (it.value() == modalFreq && it.key() > modal)) {
                modal = it.key();
                modalFreq = it.value();
            }
        }
        const int score = modalFreq * 1000 + modal;
        if (modalFreq > 0 && score > bestScore) {
            best = sep;
            bestScore = score;
        }
    }
    return best;
}

bool CsvReader::start(CsvDialect requested)
{
    m_dialect = requested;
    QByteArray head = m_device->peek(kHead);
    if (head.isEmpty())
        return fail(QObject::tr("the file is empty"));

    qsizetype skip = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        skip = 3;
        if (m_dialect.encoding == TextEncoding::Auto)
            m_dialect.encoding = TextEncoding::Utf8;
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_bom = true;
        skip = 2;
        if (m_dialect.encoding == TextEncoding::Auto)
            m_dialect.encoding = head.at(0) == '\xFF' ? TextEncoding::Utf16LE : TextEncoding::Utf16BE;
    }
    if (head.startsWith("PK\x03\x04"))
        return fail(QObject::tr("this is a ZIP archive (an Excel workbook?), not a CSV file"));

    const bool utf16 = m_dialect.encoding == TextEncoding::Utf16LE || m_dialect.encoding == TextEncoding::Utf16BE;
    if (utf16) {
        m_utf16 = std::make_unique<QStringDecoder>(m_dialect.encoding == TextEncoding::Utf16LE
                                                       ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE);
        head = QString(m_utf16->decode(head.mid(skip))).toUtf8();
        m_utf16 = std::make_unique<QStringDecoder>(m_dialect.encoding == TextEncoding::Utf16LE
                                                       ? QStringConverter::Utf16LE
                                                       : QStringConverter::Utf16BE);
    } else {
        head = head.mid(skip);
        if (head.contains('\0')) {
            if (looksLikeUtf16WithoutBom(head))
                return fail(QObject::tr("the file looks like UTF-16 text without a byte order mark: "
                                        "choose the UTF-16 encoding or save it as CSV UTF-8"));
            return fail(QObject::tr("the file contains binary data (NUL bytes): it is not a CSV text file"));
        }
        qsizetype controls = 0;
        for (char c : std::as_const(head)) {
            const auto b = static_cast<unsigned char>(c);
            controls += b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
        }
        if (controls * 100 > head.size())
            return fail(QObject::tr("the file contains binary data (control characters): it is not a CSV text file"));
    }
    if (m_dialect.encoding == TextEncoding::Auto) {
        // A Windows-1252 file with accents is never valid UTF-8; an ASCII head stays in Auto
        // so that a stray Windows-1252 byte further down is still read right.
        if (!isValidUtf8(head, true))
            m_dialect.encoding = TextEncoding::Windows1252;
    }
    m_utf8Strict = m_dialect.encoding == TextEncoding::Utf8;
    if (m_dialect.separator == 0)
        m_dialect.separator = detectSeparator(head);

    if (skip > 0)
        m_device->read(skip);
    m_consumed = skip;
    return true;
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    QByteArray chunk = m_device->read(m_chunkSize);
    if (chunk.isEmpty()) {
        m_eof = true;
        if (m_utf16) {
            // A dangling half code unit at the end of a UTF-16 file.
            const QString rest = m_utf16->decode(QByteArrayView());
            if (m_utf16->hasError())
                return fail(QObject::tr("the file ends in the middle of a UTF-16 character"));
            if (!rest.isEmpty()) {
                m_buf = rest.toUtf8();
                m_pos = 0;
                return true;
            }
        }
        m_buf.clear();
        m_pos = 0;
        return false;
    }
    m_consumed += chunk.size();
    if (m_utf16) {
        m_buf = QString(m_utf16->decode(chunk)).toUtf8();
        if (m_utf16->hasError())
            return fail(QObject::tr("the file is not valid UTF-16 text"));
    } else {
        m_buf = std::move(chunk);
    }
    m_pos = 0;
    return true;
}

bool CsvReader::checkUtf8(SourceRow *row, qint64 line)
{
    for (int i = 0; i < row->size(); ++i) {
        const QByteArrayView raw = row->rawCell(i);
        if (!isAscii(raw) && !isValidUtf8(raw)) {
            return fail(QObject::tr("%1, %2: the bytes are not valid UTF-8; the file is probably "
                                    "Windows-1252 (ANSI): choose that encoding")
                            .arg(rowLabel(line), columnLabel(i)));
        }
    }
    return true;
}

bool CsvReader::next(SourceRow *row)
{
    row->clear();
    row->setEncoding(m_dialect.encoding);
    if (!m_error.isEmpty())
        return false;
    const char sep = m_dialect.separator;
    QByteArray &out = row->bytes();

    // Returns false at the end of the input (or a read error, which sets m_error).
    auto ensure = [this] { return m_pos < m_buf.size() || (refill() && m_pos < m_buf.size()); };

    for (;;) {
        if (!ensure())
            return false;
        row->line = m_line;
        int field = 0;
        for (;;) {
            if (!ensure()) { // separator right before the end: one more empty field
                row->endCell();
                break;
            }
            if (m_buf[m_pos] == '"') {
                const qint64 openLine = m_line;
                ++m_pos;
                for (;;) {
                    if (!ensure()) {
                        if (!m_error.isEmpty())
                            return false;
                        return fail(QObject::tr("%1, %2: a quoted field is never closed (unterminated quote)")
                                        .arg(rowLabel(openLine), columnLabel(field)));
                    }
                    const char *begin = m_buf.constData() + m_pos;
                    const char *end = m_buf.constData() + m_buf.size();
                    const char *q = static_cast<const char *>(memchr(begin, '"', end - begin));
                    const char *stop = q ? q : end;
                    m_line += std::count(begin, stop, '\n');
                    out.append(begin, stop - begin);
                    m_pos += stop - begin;
                    if (out.size() > kMaxRecordBytes)
                        return fail(QObject::tr("%1: the record is longer than 1 MiB; a quote is probably "
                                                "never closed").arg(rowLabel(openLine)));
                    if (!q)
                        continue;
                    ++m_pos; // the quote
                    if (!ensure())
                        break;
                    if (m_buf[m_pos] == '"') { // "" inside quotes
                        out.append('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                // Text after the closing quote is kept as it is (what Excel does): fall through.
            }
            // Unquoted text up to the separator or the end of the line.
            for (;;) {
                if (!ensure())
                    break;
                const char *begin = m_buf.constData() + m_pos;
                const char *end = m_buf.constData() + m_buf.size();
                const char *p = begin;
                while (p < end && *p != sep && *p != '\n' && *p != '\r' && *p != '\0')
                    ++p;
                out.append(begin, p - begin);
                m_pos += p - begin;
                if (out.size() > kMaxRecordBytes)
                    return fail(QObject::tr("%1: the record is longer than 1 MiB").arg(rowLabel(row->line)));
                if (p == end)
                    continue;
                if (*p == '\0')
                    return fail(QObject::tr("%1, %2: binary data (a NUL byte) in a text file")
                                    .arg(rowLabel(m_line), columnLabel(field)));
                break;
            }
            row->endCell();
            ++field;
            if (!ensure())
                break;
            const char c = m_buf[m_pos];
            if (c == sep) {
                ++m_pos;
                continue;
            }
            // End of line: CRLF, LF or a lone CR (old Mac exports).
            ++m_pos;
            ++m_line;
            if (c == '\r' && ensure() && m_buf[m_pos] == '\n')
                ++m_pos;
            break;
        }
        if (!m_error.isEmpty())
            return false;
        if (row->size() == 1 && out.isEmpty()) { // an empty line
            row->clear();
            row->setEncoding(m_dialect.encoding);
            continue;
        }
        if (m_utf8Strict && !checkUtf8(row, row->line))
            return false;
        return true;
    }
}

QString CsvReader::columnLabel(int index) const
{
    return QObject::tr("column %1").arg(index + 1);
}

QString CsvReader::rowLabel(qint64 line) const
{
    return QObject::tr("line %1").arg(line);
}

QString CsvReader::formatDescription() const
{
    const QString sep = m_dialect.separator == '\t' ? u"tab"_s : QString(QLatin1Char(m_dialect.separator));
    QString enc = m_dialect.encoding == TextEncoding::Auto ? u"UTF-8"_s : encodingName(m_dialect.encoding);
    if (m_bom)
        enc += u" (BOM)"_s;
    return QObject::tr("CSV, separator '%1', encoding %2").arg(sep, enc);
}

} // namespace pass
