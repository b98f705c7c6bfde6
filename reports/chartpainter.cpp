#include "chartpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// A round step for about five grid lines up to `top`.
double niceStep(double top)
{
    if (top <= 0)
        return 1;
    const double raw = top / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

QString axisLabel(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::round(v))) : QString::number(v, 'f', 1);
}

} // namespace

void paintChart(QPainter &painter, const QRectF &rect, const ChartModel &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont base = painter.font();
    const QFontMetricsF fm(base);
    const double line = fm.height();
    painter.fillRect(rect, Qt::white);

    // Title, legend, note: the plot gets what is left.
    QFont titleFont = base;
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    // A title longer than the chart ends in "…" (the view's tooltip and accessible name hold it whole).
    const QString title = QFontMetricsF(titleFont).elidedText(chart.title, Qt::ElideRight, rect.width() - line * 0.3);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.3), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(base);
    if (!chart.emptyText.isEmpty()) {
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF body(rect.left() + line, rect.top() + line * 1.6, rect.width() - line * 2, rect.height() - line * 2.2);
        painter.drawText(body, Qt::AlignCenter | Qt::TextWordWrap, chart.emptyText);
        painter.restore();
        return;
    }
    const double legendTop = rect.top() + line * 1.4;
    double x = rect.left();
    const auto legendItem = [&](const QString &label, const QColor &color, Qt::PenStyle style, bool filled) {
        const double w = fm.horizontalAdvance(label) + line * 2.2;
        if (x + w > rect.right())
            return;
        const QRectF swatch(x, legendTop + line * 0.25, line * 1.4, line * 0.5);
        if (filled)
            painter.fillRect(swatch, color);
        else {
            painter.setPen(QPen(color, std::max(1.0, line / 8), style));
            painter.drawLine(QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y()));
        }
        painter.setPen(Qt::black);
        painter.drawText(QPointF(x + line * 1.6, legendTop + fm.ascent()), label);
        x += w;
    };
    for (const ChartModel::Series &s : chart.series)
        legendItem(s.label, s.color, s.style, s.bars);
    if (chart.band)
        legendItem(chart.band->label, chart.band->color, Qt::SolidLine, true);
    const double noteHeight = chart.note.isEmpty() ? 0 : line * 2.4;
    // Above the plot, one line of its own: the unit on the left, over the value axis, and the
    // annotations (the clearance rates) over their bars; inside the plot they covered the data
    // and each other.
    const double headTop = legendTop + line * 1.4;
    const double unitWidth = chart.unit.isEmpty() ? 0 : fm.horizontalAdvance(chart.unit) + line * 0.4;
    const double axisLabelWidth = std::max(fm.horizontalAdvance(u"0000000"_s), unitWidth);
    const QRectF plot(rect.left() + axisLabelWidth, headTop + line * 1.2, rect.width() - axisLabelWidth - line * 0.5,
                      rect.bottom() - headTop - line * 1.2 - line * 2.6 - noteHeight);
    if (plot.height() < line * 2 || chart.categories.isEmpty()) {
        painter.restore();
        return;
    }

    double top = 0;
    for (const ChartModel::Series &s : chart.series)
        for (const auto &v : s.values)
            if (v)
                top = std::max(top, *v);
    if (chart.band)
        for (const auto &v : chart.band->high)
            if (v)
                top = std::max(top, *v);
    const double step = niceStep(top * 1.05);
    const double yMax = std::max(step, std::ceil(top * 1.05 / step) * step);
    const int n = int(chart.categories.size());
    const double slot = plot.width() / n;
    const auto xAt = [&](int i) { return plot.left() + slot * (i + 0.5); };
    const auto yAt = [&](double v) { return plot.bottom() - plot.height() * v / yMax; };

    // Grid and axes.
    painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
    for (double v = 0; v <= yMax + 1e-9; v += step) {
        painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0));
        painter.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.left(), yAt(v) - line / 2, axisLabelWidth - line * 0.3, line),
                         Qt::AlignRight | Qt::AlignVCenter, axisLabel(v));
    }
    if (!chart.unit.isEmpty()) {
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(rect.left(), headTop, unitWidth, line), Qt::AlignLeft | Qt::AlignVCenter, chart.unit);
        painter.setPen(Qt::black);
    }
    // Every label when they fit, else every k-th.
    const double labelWidth = fm.horizontalAdvance(u"2024-S2"_s) * 1.15;
    const int every = std::max(1, int(std::ceil(labelWidth / slot)));
    for (int i = 0; i < n; ++i) {
        // The running semester is always named; its neighbours make room for it.
        const bool running = i == chart.runningIndex;
        const bool crowded = chart.runningIndex >= 0 && !running && std::abs(i - chart.runningIndex) < every;
        if ((i % every != 0 || crowded) && !running)
            continue;
        // Kept inside the chart at both ends.
        const double left = std::clamp(xAt(i) - labelWidth / 2, rect.left(), rect.right() - labelWidth);
        painter.drawText(QRectF(left, plot.bottom() + line * 0.2, labelWidth, line), Qt::AlignCenter, chart.categories.at(i));
    }
    if (chart.runningIndex >= 0 && chart.runningIndex < n) {
        const QRectF running(xAt(chart.runningIndex) - slot / 2, plot.top(), slot, plot.height());
        painter.fillRect(running, QColor(0xf3, 0xf0, 0xe0));
        painter.setPen(QColor(0x80, 0x70, 0x30));
        const QString label = chart.runningLabel;
        painter.drawText(QRectF(std::min(running.left(), plot.right() - fm.horizontalAdvance(label)), plot.bottom() + line * 1.2,
                                fm.horizontalAdvance(label) + 2, line),
                         Qt::AlignLeft, label);
    }
    if (chart.baselineIndex >= 0 && chart.baselineIndex < n) {
        painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0, Qt::DotLine));
        painter.drawLine(QPointF(xAt(chart.baselineIndex), plot.top()), QPointF(xAt(chart.baselineIndex), plot.bottom()));
    }

    // The band under the lines.
    if (chart.band) {
        QPolygonF upper, lower;
        for (int i = 0; i < n && i < chart.band->high.size(); ++i) {
            if (chart.band->high.at(i) && chart.band->low.at(i)) {
                upper << QPointF(xAt(i), yAt(*chart.band->high.at(i)));
                lower.prepend(QPointF(xAt(i), yAt(*chart.band->low.at(i))));
            }
        }
        QColor fill = chart.band->color;
        fill.setAlpha(110);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPolygon(upper + lower);
        painter.setBrush(Qt::NoBrush);
    }

    // Bars side by side, then lines.
    QList<const ChartModel::Series *> bars;
    for (const ChartModel::Series &s : chart.series)
        if (s.bars)
            bars << &s;
    for (qsizetype b = 0; b < bars.size(); ++b) {
        const double width = slot * 0.8 / double(bars.size());
        for (int i = 0; i < n && i < bars.at(b)->values.size(); ++i) {
            if (const auto v = bars.at(b)->values.at(i)) {
                const double left = xAt(i) - slot * 0.4 + width * double(b);
                QColor color = bars.at(b)->color;
                if (i == chart.runningIndex)
                    color.setAlpha(120); // partial: counted as of today
                painter.fillRect(QRectF(left, yAt(*v), width * 0.92, plot.bottom() - yAt(*v)), color);
            }
        }
    }
    for (const ChartModel::Series &s : chart.series) {
        if (s.bars)
            continue;
        QPen pen(s.color, std::max(1.5, line / 7), s.style);
        painter.setPen(pen);
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < n && i < s.values.size(); ++i) {
            if (!s.values.at(i)) {
                open = false;
                continue;
            }
            const QPointF p(xAt(i), yAt(*s.values.at(i)));
            if (open)
                path.lineTo(p);
            else
                path.moveTo(p);
            open = true;
        }
        painter.drawPath(path);
        if (s.style == Qt::SolidLine) {
            painter.setBrush(s.color);
            for (int i = 0; i < n && i < s.values.size(); ++i) {
                if (!s.values.at(i))
                    continue;
                const double r = line / 6;
                const QPointF p(xAt(i), yAt(*s.values.at(i)));
                if (i == chart.runningIndex)
                    painter.setBrush(Qt::white); // hollow: a partial figure
                painter.drawEllipse(p, r, r);
                painter.setBrush(s.color);
            }
            painter.setBrush(Qt::NoBrush);
        }
    }
    painter.setPen(QColor(0x33, 0x33, 0x33));
    for (int i = 0; i < n && i < chart.annotations.size(); ++i) {
        if (!chart.annotations.at(i).isEmpty() && (i % every == 0))
            painter.drawText(QRectF(xAt(i) - slot, headTop, slot * 2, line), Qt::AlignCenter, chart.annotations.at(i));
    }
    painter.setPen(QPen(Qt::black, 0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    if (!chart.note.isEmpty()) {
        QFont small = base;
        small.setPointSizeF(base.pointSizeF() * 0.85);
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(rect.left(), rect.bottom() - noteHeight, rect.width(), noteHeight),
                         Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignBottom, chart.note);
    }
    painter.restore();
}

} // namespace pass
