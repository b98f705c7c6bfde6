#include "timesheetpdf.h"

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
    {
        QPdfWriter writer(partial);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setTitle(QCoreApplication::translate("Timesheet", "Activity sheet of %1, %2")
                            .arg(sheet.expert, sheet.month.toString(u"yyyy-MM")));
        writer.setCreator(u"PAsS Desktop"_s);
        QTextDocument document;
        document.setHtml(pass::timesheetHtml(sheet));
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    if (!QFile::exists(partial) || QFile(partial).size() == 0) {
        QFile::remove(partial);
        *error = QCoreApplication::translate("Timesheet", "cannot write %1").arg(path);
        return false;
    }
    return pass::replaceWithPart(partial, path, error);
}
