#include "chartview.h"

#include "reports/chartpainter.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSvgGenerator>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace pass {

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(260, 180);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ChartView::setChart(const ChartModel &chart)
{
    m_chart = chart;
    setAccessibleName(chart.title);
    update();
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintChart(painter, rect(), m_chart);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    QWidget::mouseReleaseEvent(event);
    emit activated();
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
    menu.addAction(tr("Export as PNG, SVG or PDF…"), this, &ChartView::exportWithDialog);
    menu.addAction(tr("Print…"), this, &ChartView::print);
    menu.exec(event->globalPos());
}

bool ChartView::exportTo(const QString &path, QSize size, QString *error) const
{
    const QString lower = path.toLower();
    const QRectF area(QPointF(0, 0), QSizeF(size));
    if (lower.endsWith(u".png")) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
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
        QPainter painter(&svg);
        paintChart(painter, area, m_chart);
        if (painter.end())
            return true;
    } else if (lower.endsWith(u".pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setResolution(150);
        pdf.setTitle(m_chart.title);
        QPainter painter(&pdf);
        paintChart(painter, QRectF(painter.viewport()), m_chart);
        if (painter.end())
            return true;
    } else {
        if (error)
            *error = tr("Choose a file ending in .png, .svg or .pdf");
        return false;
    }
    if (error)
        *error = tr("Cannot write %1").arg(path);
    return false;
}

void ChartView::exportWithDialog()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), m_chart.title + u".png"_s,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                                      &selected);
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
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    paintChart(painter, QRectF(painter.viewport()), m_chart);
}

} // namespace pass
