#pragma once

#include "core/import/textcodec.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pass {

// One record of a source file. CSV records keep their raw bytes and decode a cell only when
// it is asked for (most columns of an office export are never mapped); XLSX rows arrive as text.
class SourceRow
{
public:
    qint64 line = 0; // 1-based line of a CSV record's first byte, or the sheet's row number

    int size() const { return m_isText ? int(m_text.size()) : int(m_ends.size()); }
    QString cell(int i) const;
    // The same text written into *out, reusing its buffer when nothing else shares it.
    void cellInto(int i, QString *out) const;
    QStringList cells() const;
    // True when every cell is empty or blank (Excel's trailing ";;;;" lines).
    bool isBlank() const;

    // For readers.
    void clear();
    void setEncoding(TextEncoding e) { m_encoding = e; }
    QByteArray &bytes() { return m_bytes; }
    void endCell() { m_ends.append(int(m_bytes.size())); }
    void setCells(QStringList cells);
    QByteArrayView rawCell(int i) const;

private:
    QByteArray m_bytes;
    QList<int> m_ends;
    QStringList m_text;
    bool m_isText = false;
    TextEncoding m_encoding = TextEncoding::Utf8;
};

} // namespace pass
