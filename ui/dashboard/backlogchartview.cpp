#include "backlogchartview.h"

#include "core/workspace/workspace.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QToolTip>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>
#include <iterator>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// A round upper bound for the value axis, so ticks fall on readable numbers.
double niceCeiling(double value)
{
    if (value <= 0)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value * 1.05)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// A fixed colour per task force (in catalogue order), told apart also by colour-blind readers
// (Okabe-Ito based), so a task force keeps its colour whichever selection is shown.
const QColor kTaskForceColors[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                                   QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                                   QColor(0xD5, 0x5E, 0x00), QColor(0x8C, 0x6D, 0x31),
                                   QColor(0x17, 0xBE, 0xCF), QColor(0x99, 0x99, 0x99)};
const QColor kTotalColor(0x0b, 0x3d, 0x91);
const QColor kBaselineColor(0x6c, 0x75, 0x7d);
const QColor kTargetColor(0x21, 0x25, 0x29);

} // namespace

BacklogChartView::BacklogChartView(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_taskForce(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_view(new QChartView(this))
{
    m_taskForce->setAccessibleName(tr("Task force shown in the chart"));
    m_taskForce->setMinimumContentsLength(24);
    m_taskForce->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *label = new QLabel(tr("Backlog &chart:"), this);
    label->setBuddy(m_taskForce);

    auto *note = new QLabel(tr("Gross backlog: case files still open at the end of the semester "
                               "and past their legal term, in calendar days with suspensions "
                               "included. * running semester, counted at its last day."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_status->setAccessibleName(tr("Chart status"));

    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_taskForce);
    top->addWidget(m_status);
    top->addStretch();

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Backlog per semester"));
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumHeight(260);
    m_view->setChart(new QChart);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    setTabOrder(m_taskForce, m_view);

    connect(m_taskForce, &QComboBox::currentIndexChanged, this, &BacklogChartView::reload);
    connect(&m_watcher, &QFutureWatcher<BacklogChartData>::finished, this, [this] {
        showData(m_watcher.result());
        m_loading = false;
        if (m_reloadPending) {
            m_reloadPending = false;
            reload();
            return;
        }
        Q_EMIT loaded();
    });

    fillTaskForces();
    // New or changed case files, terms or targets change the figures.
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        using Entity = ChangeSet::Entity;
        if (changes.touches(Entity::Catalogue))
            fillTaskForces();
        if (changes.touches(Entity::CaseFile) || changes.touches(Entity::Catalogue) || changes.touches(Entity::Target))
            reload();
    });
    reload();
}

BacklogChartView::~BacklogChartView()
{
    m_watcher.waitForFinished();
}

QChart *BacklogChartView::chart() const
{
    return m_view->chart();
}

bool BacklogChartView::isLoading() const
{
    return m_loading || m_reloadPending;
}

void BacklogChartView::fillTaskForces()
{
    const QSignalBlocker blocker(m_taskForce);
    const QString current = m_taskForce->currentData().toString();
    const bool italian = QLocale().language() == QLocale::Italian;
    m_taskForce->clear();
    m_taskForce->addItem(tr("All task forces"));
    for (const TaskForce &tf : m_workspace->taskForces())
        m_taskForce->addItem(italian ? tf.nameIt : tf.nameEn, tf.code);
    m_taskForce->setCurrentIndex(std::max(0, m_taskForce->findData(current)));
}

QByteArray BacklogChartView::saveState() const
{
    return m_taskForce->currentData().toString().toUtf8();
}

void BacklogChartView::restoreState(const QByteArray &state)
{
    const int index = m_taskForce->findData(QString::fromUtf8(state));
    if (index > 0)
        m_taskForce->setCurrentIndex(index);
}

void BacklogChartView::reload()
{
    if (m_loading) {
        m_reloadPending = true; // the newest selection wins once the running one is done
        return;
    }
    m_loading = true;
    m_status->setText(tr("Computing the indicators…"));
    const QString taskForce = m_taskForce->currentData().toString();
    const bool italian = QLocale().language() == QLocale::Italian;
    m_watcher.setFuture(m_workspace->readInBackground<BacklogChartData>([taskForce, italian](QSqlDatabase db) {
        if (!db.isOpen()) {
            BacklogChartData failed;
            failed.error = QObject::tr("The store cannot be read.");
            return failed;
        }
        return BacklogChartData::load(db, taskForce, italian);
    }));
}

void BacklogChartView::showData(const BacklogChartData &data)
{
    m_data = data;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    if (!data.error.isEmpty()) {
        m_status->setText(tr("The indicators could not be computed: %1").arg(data.error));
    } else if (data.semesters.isEmpty()) {
        m_status->setText(tr("No case files yet: the chart appears once there are some."));
    } else {
        m_status->clear();
    }

    // The running semester's backlog is counted at its last day, still to come: say so.
    QStringList labels = data.semesterLabels();
    if (const qsizetype running = data.semesters.indexOf(Semester::current()); running >= 0)
        labels[running] += u'*';
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(labels);
    axisX->setTitleText(tr("Semester"));
    auto *axisY = new QValueAxis(chart);
    axisY->setRange(0, niceCeiling(data.maxValue()));
    axisY->setLabelFormat(u"%d"_s);
    axisY->setTickCount(6);
    axisY->setTitleText(tr("Case files in backlog"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    };

    for (qsizetype s = 0; s < data.series.size(); ++s) {
        const BacklogChartData::Series &values = data.series.at(s);
        auto *line = new QLineSeries(chart);
        line->setName(values.name);
        for (qsizetype i = 0; i < values.values.size(); ++i) {
            if (!std::isnan(values.values.at(i)))
                line->append(double(i), values.values.at(i));
        }
        attach(line);
        QPen pen = line->pen();
        const int colorIndex = m_taskForce->findData(values.taskForceCode) - 1;
        pen.setColor(values.taskForceCode.isEmpty() || colorIndex < 0
                         ? kTotalColor
                         : kTaskForceColors[colorIndex % std::size(kTaskForceColors)]);
        const bool main = values.taskForceCode.isEmpty() || data.series.size() == 1;
        pen.setWidth(main ? 4 : 2);
        line->setPointsVisible(main);
        line->setPen(pen);
        // The figure under the pointer, since a line alone does not say how many.
        connect(line, &QLineSeries::hovered, this, [this, s](const QPointF &point, bool state) {
            if (!state || s >= m_data.series.size()) {
                QToolTip::hideText();
                return;
            }
            const BacklogChartData::Series &series = m_data.series.at(s);
            const qsizetype i = qRound(point.x());
            if (i < 0 || i >= series.values.size() || std::isnan(series.values.at(i)))
                return;
            QToolTip::showText(QCursor::pos(), tr("%1, %2: %3 case files in backlog")
                                                   .arg(series.name, m_data.semesters.at(i).label())
                                                   .arg(series.values.at(i)));
        });
    }

    if (data.baselineIndex >= 0) {
        auto *baseline = new QLineSeries(chart);
        baseline->setName(tr("Baseline %1").arg(data.baselineSemester.label()));
        baseline->append(data.baselineIndex, 0);
        baseline->append(data.baselineIndex, axisY->max());
        attach(baseline);
        QPen pen(kBaselineColor, 2, Qt::DashLine);
        baseline->setPen(pen);
    }
    if (data.target && !data.targetPath.isEmpty()) {
        auto *target = new QLineSeries(chart);
        target->setName(tr("Target: −%1% by %2")
                            .arg(QLocale().toString(data.target->backlogReductionPct, 'g', 3),
                                 QLocale().toString(data.target->dueDate, u"d MMMM yyyy"_s)));
        target->append(data.targetPath);
        attach(target);
        target->setPen(QPen(kTargetColor, 3, Qt::DashDotLine));
        auto *end = new QScatterSeries(chart);
        end->append(data.targetPath.last());
        end->setColor(kTargetColor);
        end->setMarkerSize(10);
        attach(end);
        // The end marker only repeats the target line: keep it out of the legend.
        for (QLegendMarker *marker : chart->legend()->markers(end))
            marker->setVisible(false);
    }

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_view->setAccessibleDescription(describe(data));
}

QString BacklogChartView::describe(const BacklogChartData &data) const
{
    // The chart is a picture to a screen reader: give it the figures that matter in words.
    if (data.targetSeries < 0 || data.semesters.isEmpty())
        return tr("No figures to show.");
    const BacklogChartData::Series &series = data.series.at(data.targetSeries);
    qsizetype last = series.values.size() - 1;
    while (last >= 0 && std::isnan(series.values.at(last)))
        --last;
    if (last < 0)
        return tr("No figures to show.");
    QString text = tr("%1: backlog %2 in %3.")
                       .arg(series.name)
                       .arg(series.values.at(last))
                       .arg(data.semesters.at(last).label());
    if (data.baselineIndex >= 0 && !std::isnan(series.values.at(data.baselineIndex)))
        text += u' ' + tr("Baseline %1: %2.").arg(data.baselineSemester.label()).arg(series.values.at(data.baselineIndex));
    return text;
}

} // namespace pass
