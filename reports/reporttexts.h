#pragma once

#include "core/exchange/dfptable.h"

#include <QString>

namespace pass {

// The words of the reports and their charts in the language the report is asked for, which
// need not be the window's: a coordinator may send an English report from an Italian desktop.
QString reportText(const char *key, ReportLanguage language);
QString formatNumber(double value, int decimals, ReportLanguage language);
QString formatPercent(double value, ReportLanguage language);

} // namespace pass
