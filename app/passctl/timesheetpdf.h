#pragma once

#include "core/requests/timesheet.h"

// The timesheet as an A4 PDF through QTextDocument and QPdfWriter (Qt Gui: passctl runs a
// QGuiApplication on the offscreen platform for this command, the core stays without Gui).
bool writeTimesheetPdf(const pass::Timesheet &sheet, const QString &path, QString *error);
