#pragma once

#include "core/indicators/indicatorrow.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace pass {

// The indicator table as passctl and the exports write it. CSV columns:
// semester,task_force,procedure_code,authority_istat,started,concluded,concluded_tacit,
// concluded_express,express_with_conference,express_with_suspension,avg_duration_days,
// legal_term_days,backlog,concluded_late  (empty cells where a figure does not exist).
namespace IndicatorFormat {
QStringList csvColumns();
QByteArray toCsv(const QList<IndicatorRow> &rows);
QJsonArray toJson(const QList<IndicatorRow> &rows);
} // namespace IndicatorFormat

} // namespace pass
