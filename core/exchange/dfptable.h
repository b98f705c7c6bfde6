#pragma once

#include "core/domain/semester.h"
#include "core/indicators/indicatorscope.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace pass {

enum class ReportLanguage { Italian, English };

// One row of the DFP semester template (DPCM 12.11.2021, Allegato B, Appendice 2).
struct DfpTableRow
{
    QString procedureCode;
    QString procedureName;
    qint64 concludedTacit = 0;
    qint64 concludedExpress = 0;
    qint64 expressWithSuspension = 0;
    qint64 expressWithConference = 0;
    std::optional<double> averageDurationDays;
    std::optional<int> legalTermDays;
    qint64 started = 0;
    std::optional<qint64> backlog; // the table's variant (gross or net of suspensions)
    qint64 concludedLate = 0;
    QString note;
};

// The DFP semester table of one authority, or of every authority in a scope summed, with the
// header lines that name what it is: authority, semester, backlog variant, extraction date.
// The tabular part is built once here and written as CSV and XLSX; the PDF report shows the
// same rows.
struct DfpTable
{
    QString scopeLabel;       // "Crema (019035)" or "Tutti gli enti — Provincia di Cremona"
    Semester semester;
    bool netOfSuspensions = false;
    QDate extractedOn;        // the scope's day
    std::optional<QDate> asOf; // set when the semester is still running
    ReportLanguage language = ReportLanguage::Italian;
    QList<DfpTableRow> rows;  // catalogue order

    // The template's column titles, in its order.
    static QStringList columnTitles(ReportLanguage language);
    // "Ente", "Semestre", "Arretrato" (variant), "Data di estrazione", with their values.
    QList<std::pair<QString, QString>> headerFields() const;
    // A row's cells as text in column order (numbers plain, one decimal for durations).
    QStringList cells(const DfpTableRow &row) const;

    // The table of `semester` for the scope (its authority, or all it selects). Rows: the
    // procedures the authority's kind handles, and any other with a figure in the semester.
    static DfpTable build(QSqlDatabase db, const IndicatorScope &scope, Semester semester, ReportLanguage language,
                          QString *error);

    bool writeCsv(QIODevice *out, QString *error) const;
    bool writeXlsx(const QString &path, QString *error) const;
};

// Labels shared by the reports: the variant, the semester's months, dates.
QString backlogVariantLabel(bool netOfSuspensions, ReportLanguage language);
QString semesterLabel(Semester semester, ReportLanguage language);
QString reportDate(QDate date, ReportLanguage language);

} // namespace pass
