// libFuzzer target: the XLSX reader (QuaZip + QXmlStreamReader) over arbitrary bytes.
#include "core/import/xlsxreader.h"

#include <QBuffer>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    pass::XlsxReader reader(&buffer);
    if (!reader.open())
        return 0;
    const QStringList sheets = reader.sheetNames();
    for (const QString &sheet : sheets) {
        if (!reader.selectSheet(sheet))
            continue;
        pass::SourceRow row;
        int rows = 0;
        while (reader.next(&row) && ++rows < 10000)
            (void)row.cells();
    }
    return 0;
}
