#pragma once

#include "reports/chartmodel.h"

#include <QWidget>

namespace pass {

// Shows one chart model, drawn by the same painter as the printed report, and exports it as
// PNG, SVG or PDF or prints it (context menu). A click emits activated() (drill-down).
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setChart(const ChartModel &chart);
    const ChartModel &chart() const { return m_chart; }
    void setToolTipText(const QString &text) { m_toolTip = text; }

    // Writes the chart at `size` to a file whose suffix says the format (.png, .svg, .pdf).
    bool exportTo(const QString &path, QSize size = QSize(1200, 600), QString *error = nullptr) const;
    QSize sizeHint() const override { return {420, 240}; }

public Q_SLOTS:
    void exportWithDialog();
    void print();

Q_SIGNALS:
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    ChartModel m_chart;
    QString m_toolTip;
};

} // namespace pass
