// libFuzzer target: the CSV reader and the value parsers over arbitrary bytes. Any input must
// end in records or a readable error — never a crash, a hang or unbounded memory.
#include "core/import/csvreader.h"
#include "core/import/importmapping.h"
#include "core/import/valueparsers.h"

#include <QBuffer>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte picks the dialect, so separators and forced encodings get explored too:
    // bits 0-1 the separator (detect , ; tab), bits 2-3 the encoding (auto utf-8 windows-1252
    // auto). The seeds in fuzz/corpus/csv carry that byte in front of the fixture (written by
    // fuzz/make_csv_corpus.py); a raw fixture would be read one byte short.
    pass::CsvDialect dialect;
    if (size > 0) {
        const uint8_t mode = data[0];
        const char seps[] = {0, ',', ';', '\t'};
        dialect.separator = seps[mode & 3];
        const pass::TextEncoding encs[] = {pass::TextEncoding::Auto, pass::TextEncoding::Utf8,
                                           pass::TextEncoding::Windows1252, pass::TextEncoding::Auto};
        dialect.encoding = encs[(mode >> 2) & 3];
        ++data;
        --size;
    }
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    pass::CsvReader reader(&buffer);
    reader.setChunkSize(7); // small chunks: every record crosses chunk boundaries
    if (!reader.start(dialect))
        return 0;
    pass::SourceRow row;
    int rows = 0;
    while (reader.next(&row) && ++rows < 10000) {
        const QStringList cells = row.cells();
        if (rows == 1)
            (void)pass::ImportMapping::propose(cells);
        for (const QString &cell : cells) {
            pass::DateStatus status;
            (void)pass::parseImportDate(cell, &status, (rows & 1) != 0);
            (void)pass::parseFlag(cell);
            (void)pass::classifyOutcome(cell);
        }
    }
    return 0;
}
