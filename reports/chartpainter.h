#pragma once

#include "reports/chartmodel.h"

#include <QRectF>

class QPainter;

namespace pass {

// Draws a chart model into a rectangle with QPainter: the same drawing on screen, in PNG, SVG
// and PDF exports and in the printed report. Font sizes follow the painter's font.
void paintChart(QPainter &painter, const QRectF &rect, const ChartModel &chart);

} // namespace pass
