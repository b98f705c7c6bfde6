#pragma once

#include <QString>
#include <QStringList>
#include <QXmlStreamWriter>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace pass {

// A minimal SpreadsheetML workbook written straight into a ZIP through QuaZip: sheets are
// streamed row by row (inline strings, no shared-string table to hold), then finish() adds the
// package parts. Not libxlsxwriter: it bundles its own minizip, whose symbols clash with
// QuaZip's in one process (see core/import/CMakeLists.txt).
class XlsxWorkbook
{
public:
    // Cell styles of the workbook's style sheet.
    enum Style { Plain = 0, Bold = 1, Date = 2, OneDecimal = 3 };

    explicit XlsxWorkbook(const QString &path);
    ~XlsxWorkbook();

    bool open();
    // Starts the next sheet (closing the previous one); names must be unique, at most 31 chars.
    bool startSheet(const QString &name);
    void startRow();
    void endRow();
    void text(int column, const QString &value, Style style = Plain);
    void number(int column, double value, Style style = Plain);
    void boolean(int column, bool value);
    int row() const { return m_row; }
    // Closes the last sheet and writes the package parts. false: the file is removed.
    bool finish();
    // Gives up: closes and removes the file.
    void discard();

    // "A", "B", ..., "Z", "AA", ...: the column letters of a 0-based index.
    static QString columnName(int column);

private:
    void begin(int column, Style style);
    bool closeSheet();

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamWriter m_xml;
    QStringList m_sheetNames;
    int m_row = 0;
};

} // namespace pass
