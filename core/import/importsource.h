#pragma once

#include "core/import/importmapping.h"
#include "core/import/rowsource.h"

#include <QFile>
#include <QList>

#include <memory>

namespace pass {

class CsvReader;
class XlsxReader;

// An office file opened for import: CSV or XLSX told apart by content (not by extension),
// the header row found among the first rows (title rows above it are skipped), and then the
// data rows one at a time, blank rows left out.
class ImportSource
{
public:
    ImportSource();
    ~ImportSource();

    // hints supplies the user's choices: encoding, separator, sheet. Returns false with
    // errorString() set when the file cannot be read as a table.
    bool open(const QString &path, const ImportMapping &hints);
    QString errorString() const;

    bool isXlsx() const { return m_xlsx != nullptr; }
    QStringList sheets() const;
    QStringList header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    RowSource *reader() const { return m_reader; }

    // The next non-blank row after the header. false at the end or on a read error.
    bool next(SourceRow *row);

    // How many leading rows are searched for the header.
    static constexpr int kHeaderSearchRows = 30;

private:
    bool findHeader();

    QFile m_file;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<XlsxReader> m_xlsx;
    RowSource *m_reader = nullptr;
    QStringList m_header;
    qint64 m_headerLine = 0;
    QList<SourceRow> m_pending; // rows read while looking for the header
    QString m_error;
};

} // namespace pass
