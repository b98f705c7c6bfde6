#pragma once

#include "core/import/rowsource.h"
#include "core/import/textcodec.h"

#include <QIODevice>
#include <QStringDecoder>

#include <memory>

namespace pass {

// The CSV dialect of an office export. separator 0 means "detect".
struct CsvDialect
{
    char separator = 0;
    TextEncoding encoding = TextEncoding::Auto;
};

// Streams RFC 4180 records as offices really write them: comma, semicolon or tab, quoted
// fields with separators, quotes and newlines inside, CRLF/LF/CR line ends, a BOM, blank
// lines. Works on bytes (separators and quotes are ASCII in every supported encoding) and
// keeps at most one chunk and one record in memory.
class CsvReader : public RowSource
{
public:
    // device must be open for reading; it is not owned.
    explicit CsvReader(QIODevice *device);

    // Looks at the head of the file to detect what the requested dialect leaves open
    // (encoding, separator) and rejects binary data. Returns false with errorString() set.
    bool start(CsvDialect requested = {});
    CsvDialect dialect() const { return m_dialect; }
    bool hasBom() const { return m_bom; }

    bool next(SourceRow *row) override;
    QString errorString() const override { return m_error; }
    qint64 position() const override { return m_consumed; }
    qint64 size() const override { return m_device->size(); }
    QString columnLabel(int index) const override;
    QString rowLabel(qint64 line) const override;
    QString formatDescription() const override;

    // The largest record accepted: a longer one is almost always an unterminated quote that
    // swallowed the rest of the file, and would otherwise hold all of it in memory.
    static constexpr qsizetype kMaxRecordBytes = 1 << 20;

    static char detectSeparator(QByteArrayView head);
    // Tests read with tiny chunks to exercise records cut by a chunk boundary.
    void setChunkSize(qsizetype bytes) { m_chunkSize = bytes; }

private:
    bool refill();
    bool fail(const QString &message);
    bool checkUtf8(SourceRow *row, qint64 line);

    QIODevice *m_device;
    CsvDialect m_dialect;
    bool m_bom = false;
    bool m_utf8Strict = false;
    bool m_eof = false;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_chunkSize = 1 << 20;
    qint64 m_consumed = 0; // bytes of the device already turned into records
    qint64 m_line = 1;
    QString m_error;
    std::unique_ptr<QStringDecoder> m_utf16; // UTF-16 files are transcoded to UTF-8 per chunk
};

} // namespace pass
