#pragma once

#include "core/exchange/dfptable.h"
#include "core/indicators/dashboardfigures.h"
#include "core/indicators/deadlinewatch.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace pass {

// The monitoring report of one authority (or of a scope) for a semester: key figures against
// the baseline and the target, the DFP table, the charts, the deadline watch and the method.
// Built once as a text document that the PDF, the printer and the print preview all use.
class MonitoringReport
{
public:
    struct Options
    {
        IndicatorScope scope;      // usually one authority; its variant and day
        Semester semester;
        ReportLanguage language = ReportLanguage::Italian;
        int deadlineDays = 30;
        int deadlineRows = 200;    // the longest list the report prints
    };

    MonitoringReport();
    ~MonitoringReport();

    bool build(QSqlDatabase db, const Options &options, QString *error);
    // Pages it onto a PDF writer, a printer or a preview's printer; returns the page count.
    int print(QPagedPaintDevice *device);
    // A4 portrait PDF. False with *error set when the file cannot be written.
    bool writePdf(const QString &path, QString *error);

    QString header() const { return m_header; }
    const DfpTable &table() const { return m_table; }
    const DashboardFigures &figures() const { return m_figures; }
    QTextDocument *document() const { return m_document.get(); }

private:
    QString html(const DeadlineWatchResult &deadlines) const;
    void addCharts();

    Options m_options;
    DfpTable m_table;
    DashboardFigures m_figures;
    QString m_header;
    std::unique_ptr<QTextDocument> m_document;
};

} // namespace pass
