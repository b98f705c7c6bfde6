#include "paginateddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace pass {

int paintPages(QTextDocument &document, QPagedPaintDevice *device, const QString &header, const QString &pageTemplate)
{
    QPainter painter(device);
    if (!painter.isActive())
        return 0;
    // Lay the document out for this device, so that point sizes mean the same on paper.
    document.documentLayout()->setPaintDevice(device);
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    QFont small = document.defaultFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetricsF fm(small, device);
    const double band = fm.height() * 2.2;
    const QSizeF body(paper.width(), paper.height() - 2 * band);
    document.setPageSize(body);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, paper.width(), band * 0.8), Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.setPen(QPen(Qt::gray, 0));
        painter.drawLine(QPointF(0, band * 0.85), QPointF(paper.width(), band * 0.85));
        painter.save();
        painter.translate(0, band - double(i) * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, double(i) * body.height()), body));
        painter.restore();
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, paper.height() - band * 0.8, paper.width(), band * 0.8), Qt::AlignRight | Qt::AlignVCenter,
                         pageTemplate.arg(i + 1).arg(pages));
    }
    return pages;
}

} // namespace pass
