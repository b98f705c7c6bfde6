#pragma once

#include "reports/chartmodel.h"

#include <QWidget>

class QAction;

namespace pass {

// Shows one chart model, drawn by the same painter as the printed report, and exports it as
// PNG, SVG or PDF or prints it (context menu, or the Menu key / Shift+F10 when it has the
// focus). A click, Enter or Space emits activated() (the dashboard's drill-down).
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setChart(const ChartModel &chart);
    const ChartModel &chart() const { return m_chart; }
    // The tooltip (the forecast's method, what a click does) and the text a screen reader gets.
    void setToolTipText(const QString &text);
    // Whether a click or Enter drills down: only then activated() is emitted.
    void setActivatable(bool activatable) { m_activatable = activatable; }
    bool isActivatable() const { return m_activatable; }

    // Writes the chart at `size` to a file whose suffix says the format (.png, .svg, .pdf).
    bool exportTo(const QString &path, QSize size = QSize(1200, 600), QString *error = nullptr) const;
    QSize sizeHint() const override { return {420, 260}; }

public Q_SLOTS:
    void exportWithDialog();
    void print();

Q_SIGNALS:
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString describe() const;

    ChartModel m_chart;
    QString m_toolTip;
    bool m_activatable = false;
};

} // namespace pass
