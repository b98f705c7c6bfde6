#pragma once

#include "core/import/importfield.h"
#include "core/import/textcodec.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace pass {

// How one source's columns and values become case-file fields: proposed by matching the
// header, adjusted by the user, saved for the next import from the same source. Columns are
// kept by header name, so a saved mapping survives columns moved around.
class ImportMapping
{
public:
    // Proposes a mapping for a header row by names and synonyms (see importfield.h).
    static ImportMapping propose(const QStringList &header);
    // How many distinct fields a row of cells would map to: the header row scores highest.
    static int headerScore(const QStringList &cells);

    // The column index of a field in header, or -1 when the field is not mapped.
    int column(ImportField f) const { return m_columns.value(f, -1); }
    void setColumn(ImportField f, int column);
    QStringList header() const { return m_header; }
    // Binds the saved names to a (possibly reordered) header; names not found become unmapped
    // and are listed by missingColumns().
    void bindHeader(const QStringList &header);
    // This mapping applied to a file's header, values and options kept. A saved mapping (it has
    // the header it was made for) binds by column names. One without a header — written by
    // hand, naming only the columns that matter — is applied by those names over the proposal
    // for this header. One with neither is the proposal.
    ImportMapping boundTo(const QStringList &header) const;
    // The fields whose chosen column the header bound last does not have, with that column's
    // name, in field order: the import says so instead of silently leaving them unmapped.
    QList<std::pair<ImportField, QString>> missingColumns() const { return m_missing; }

    // Values chosen by the user for words the importer does not know, folded as keys:
    // outcome → express | tacit | withdrawn | open; procedure_code → a catalogue code.
    QString valueFor(ImportField f, QStringView rawValue) const;
    void setValue(ImportField f, const QString &rawValue, const QString &meaning);

    // The authority when the file has no authority column (--authority).
    QString defaultAuthority;
    // The outcome of a case with an end date and no outcome column (e.g. "Data rilascio" of a
    // permit register means express); empty: such rows are reported.
    QString endedOutcome;
    TextEncoding encoding = TextEncoding::Auto;
    char separator = 0; // 0: detect
    QString sheet;      // XLSX: the sheet to read; empty: the first with a header
    QString format;     // "csv" or "xlsx" to override detection; empty: by content

    // Identifies the source layout: the folded header names, in any order. Saved mappings are keyed by it.
    QString fingerprint() const;

    QJsonObject toJson() const;
    static ImportMapping fromJson(const QJsonObject &json);

private:
    QStringList m_header;
    QHash<ImportField, int> m_columns;
    QHash<ImportField, QString> m_columnNames; // saved names, for bindHeader()
    QList<std::pair<ImportField, QString>> m_missing; // names bindHeader() did not find
    QHash<ImportField, QHash<QString, QString>> m_values;
};

} // namespace pass
