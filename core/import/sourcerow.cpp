#include "sourcerow.h"

namespace pass {

void SourceRow::clear()
{
    m_bytes.resize(0); // keeps the capacity: one allocation for the whole file
    m_ends.resize(0);
    m_text.clear();
    m_isText = false;
}

void SourceRow::setCells(QStringList cells)
{
    m_text = std::move(cells);
    m_isText = true;
}

QByteArrayView SourceRow::rawCell(int i) const
{
    if (m_isText || i < 0 || i >= m_ends.size())
        return {};
    const int begin = i == 0 ? 0 : m_ends.at(i - 1);
    return QByteArrayView(m_bytes.constData() + begin, m_ends.at(i) - begin);
}

QString SourceRow::cell(int i) const
{
    if (m_isText)
        return i >= 0 && i < m_text.size() ? m_text.at(i) : QString();
    const QByteArrayView raw = rawCell(i);
    if (raw.isEmpty())
        return {};
    if (m_encoding == TextEncoding::Windows1252)
        return fromWindows1252(raw);
    if (m_encoding == TextEncoding::Auto && !isAscii(raw) && !isValidUtf8(raw))
        return fromWindows1252(raw); // an ASCII-looking file with a stray Windows-1252 byte
    return QString::fromUtf8(raw);
}

void SourceRow::cellInto(int i, QString *out) const
{
    const QByteArrayView raw = rawCell(i);
    if (m_isText || !isAscii(raw)) {
        *out = cell(i);
        return;
    }
    // ASCII is the same in every encoding this reads: widen it in place.
    out->resize(raw.size());
    char16_t *to = reinterpret_cast<char16_t *>(out->data());
    for (qsizetype k = 0; k < raw.size(); ++k)
        to[k] = char16_t(uchar(raw[k]));
}

QStringList SourceRow::cells() const
{
    QStringList out;
    out.reserve(size());
    for (int i = 0; i < size(); ++i)
        out << cell(i);
    return out;
}

bool SourceRow::isBlank() const
{
    if (m_isText) {
        for (const QString &s : m_text) {
            if (!s.trimmed().isEmpty())
                return false;
        }
        return true;
    }
    for (char c : m_bytes) {
        if (c != ' ' && c != '\t')
            return false;
    }
    return true;
}

} // namespace pass
