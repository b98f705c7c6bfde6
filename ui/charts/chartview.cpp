#include "chartview.h"

#include "reports/chartpainter.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStyleOptionFocusRect>
#include <QSvgGenerator>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace pass {

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(240, 170);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::DefaultContextMenu);
}

void ChartView::setChart(const ChartModel &chart)
{
    m_chart = chart;
    setAccessibleName(chart.title);
    setAccessibleDescription(describe());
    update();
}

void ChartView::setToolTipText(const QString &text)
{
    m_toolTip = text;
    setAccessibleDescription(describe());
}

// A chart is a picture to a screen reader: the last value of each line in words, and the tooltip.
QString ChartView::describe() const
{
    QStringList parts;
    for (const ChartModel::Series &s : m_chart.series) {
        for (qsizetype i = s.values.size() - 1; i >= 0; --i) {
            if (s.values.at(i) && i < m_chart.categories.size()) {
                parts << u"%1 %2: %3"_s.arg(s.label, m_chart.categories.at(i), QString::number(*s.values.at(i), 'f', 0));
                break;
            }
        }
    }
    if (!m_toolTip.isEmpty())
        parts << m_toolTip;
    return parts.join(u"; "_s);
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(painter, rect(), m_chart);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    if (m_activatable && event->button() == Qt::LeftButton)
        Q_EMIT activated();
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (m_activatable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        Q_EMIT activated();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_toolTip.isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_toolTip, this);
        return true;
    }
    return QWidget::event(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.setAccessibleName(tr("Chart commands"));
    if (m_activatable)
        menu.addAction(tr("Show in &detail"), this, &ChartView::activated);
    menu.addAction(tr("&Export as PNG, SVG or PDF…"), this, &ChartView::exportWithDialog);
    menu.addAction(tr("&Print…"), this, &ChartView::print);
    const QPoint at = event->reason() == QContextMenuEvent::Keyboard ? mapToGlobal(rect().center()) : event->globalPos();
    menu.exec(at);
}

bool ChartView::exportTo(const QString &path, QSize size, QString *error) const
{
    const QString lower = path.toLower();
    const QRectF area(QPointF(0, 0), QSizeF(size));
    if (lower.endsWith(u".png")) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QFont font = painter.font();
        font.setPixelSize(std::max(12, size.height() / 40));
        painter.setFont(font);
        paintChart(painter, area, m_chart);
        painter.end();
        if (image.save(path, "PNG"))
            return true;
    } else if (lower.endsWith(u".svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_chart.title);
        svg.setDescription(m_chart.note);
        QPainter painter;
        if (painter.begin(&svg)) {
            paintChart(painter, area, m_chart);
            if (painter.end())
                return true;
        }
    } else if (lower.endsWith(u".pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        pdf.setTitle(m_chart.title);
        QPainter painter;
        if (painter.begin(&pdf)) {
            paintChart(painter, QRectF(painter.viewport()), m_chart);
            if (painter.end())
                return true;
        }
    } else {
        if (error)
            *error = tr("Choose a file name ending in .png, .svg or .pdf: %1").arg(path);
        return false;
    }
    if (error)
        *error = tr("Cannot write %1").arg(path);
    return false;
}

void ChartView::exportWithDialog()
{
    QString name = m_chart.title;
    name.replace(QRegularExpression(u"[^\\w\\- ]+"_s), u"-"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), name.trimmed() + u".png"_s,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, QSize(1600, 800), &error))
        QMessageBox::warning(this, tr("Export the chart"), error);
}

void ChartView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_chart.title);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    paintChart(painter, QRectF(painter.viewport()), m_chart);
}

} // namespace pass
