#include "timesheetpdf.h"

#include "reports/paginateddocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

bool writeTimesheetPdf(const pass::Timesheet &sheet, const QString &path, QString *error)
{
    const QString partial = path + u".part"_s;
    int pages = 0;
    {
        QPdfWriter writer(partial);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
        const QString title = sheet.title();
        writer.setTitle(title);
        writer.setCreator(u"PAsS Desktop"_s);
        QTextDocument document;
        document.setHtml(pass::timesheetHtml(sheet));
        // The same layout as the monitoring report: the header on every page, "pag. X di Y" at
        // the foot, the table's header row repeated where it continues.
        pages = pass::paintPages(document, &writer, title, sheet.pageTemplate());
    }
    if (pages == 0 || !QFile::exists(partial) || QFile(partial).size() == 0) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("Timesheet", "cannot write %1").arg(path);
        return false;
    }
    return pass::replaceWithPart(partial, path, error);
}
