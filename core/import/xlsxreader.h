#pragma once

#include "core/import/rowsource.h"

#include <QStringList>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;
class QXmlStreamReader;

namespace pass {

// Streams the rows of one worksheet of an XLSX workbook: the ZIP is read through QuaZip and
// the sheet's XML through QXmlStreamReader, one row at a time. Shared strings are loaded
// first (Excel keeps them in one part), up to a bound that stops ZIP bombs.
class XlsxReader : public RowSource
{
public:
    explicit XlsxReader(QString path);
    // Reads from an open device instead of a file (not owned; the fuzzer feeds memory).
    explicit XlsxReader(QIODevice *device);
    ~XlsxReader() override;

    // Opens the workbook and reads its sheet list and shared strings. Returns false with
    // errorString() set when the file is not a readable workbook.
    bool open();
    QStringList sheetNames() const { return m_sheetNames; }
    // Starts streaming a sheet (by name; empty: the first).
    bool selectSheet(const QString &name);
    QString currentSheet() const { return m_sheet; }

    bool next(SourceRow *row) override;
    QString errorString() const override { return m_error; }
    qint64 position() const override;
    qint64 size() const override;
    QString columnLabel(int index) const override;
    QString rowLabel(qint64 line) const override;
    QString formatDescription() const override;

    static QString columnLetters(int index);
    static constexpr qint64 kMaxSharedChars = 32 * 1024 * 1024;

private:
    bool fail(const QString &message);
    bool readPart(const QString &name, QByteArray *data);
    bool readWorkbook();
    bool readSharedStrings();
    QString cellValue(const QString &type);
    bool advance();

    QString m_path;
    QIODevice *m_device = nullptr;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    std::unique_ptr<QXmlStreamReader> m_xml;
    QStringList m_sheetNames;
    QStringList m_sheetParts;
    QStringList m_shared;
    QString m_sheet;
    QString m_sheetPart;
    qint64 m_lastRow = 0;
    bool m_inData = false;
    QString m_error;
};

} // namespace pass
