#include "bottleneckview.h"

#include "core/workspace/workspace.h"
#include "reports/reporttexts.h"
#include "ui/dashboard/scopefilterbar.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QTableWidgetItem *numberItem(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, decimals == 0 ? QVariant(qint64(value)) : QVariant(QString::number(value, 'f', decimals)));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

BottleneckView::BottleneckView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_filters(new ScopeFilterBar(this)), m_shares(new QLabel(this))
{
    const QStringList bands{tr("≤ 50 % of the term"), tr("50–100 %"), tr("overdue < 30 days"), tr("overdue 30–180"),
                            tr("overdue > 180"), tr("Open")};
    m_byProcedure = makeTable(this, QStringList{tr("Procedure")} + bands);
    m_byAuthority = makeTable(this, QStringList{tr("Authority")} + bands);
    m_ranking = makeTable(this, {tr("Pressure"), tr("Authority"), tr("Procedure"), tr("Average duration"), tr("Legal term"),
                                 tr("Duration ÷ term"), tr("Backlog"), tr("Started"), tr("Backlog ÷ started")});
    m_filters->setPeriodVisible(false);
    m_filters->setAuthorities(m_workspace->authorities());
    for (const Authority &a : m_workspace->authorities())
        m_authorityNames.insert(a.istat, a.name);
    for (const ProcedureType &p : m_workspace->procedureTypes())
        m_procedureNames.insert(p.code, p.name);
    m_shares->setWordWrap(true);
    auto *grid = new QGridLayout;
    const auto title = [this](const QString &text) {
        auto *l = new QLabel(u"<b>"_s + text.toHtmlEscaped() + u"</b>"_s, this);
        return l;
    };
    grid->addWidget(title(tr("Open case files by age, per procedure")), 0, 0);
    grid->addWidget(title(tr("Open case files by age, per authority")), 0, 1);
    grid->addWidget(m_byProcedure, 1, 0);
    grid->addWidget(m_byAuthority, 1, 1);
    grid->addWidget(title(tr("Where to go first: authority × procedure by pressure")), 2, 0, 1, 2);
    grid->addWidget(m_ranking, 3, 0, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_shares);
    layout->addLayout(grid, 1);
    connect(m_filters, &ScopeFilterBar::scopeChanged, this, &BottleneckView::refresh);
    connect(m_workspace, &Workspace::changed, this, &BottleneckView::onChanged);
    connect(&m_watcher, &QFutureWatcher<BottleneckReport>::finished, this, [this] {
        show(m_watcher.result());
        if (m_pending) {
            m_pending = false;
            refresh();
        }
    });
    refresh();
}

BottleneckView::~BottleneckView()
{
    m_watcher.waitForFinished();
}

void BottleneckView::onChanged(const ChangeSet &changes)
{
    if (changes.touches(ChangeSet::Entity::CaseFile) || changes.touches(ChangeSet::Entity::Catalogue))
        refresh();
}

void BottleneckView::refresh()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    IndicatorScope scope = m_filters->scope();
    scope.from.reset();
    scope.to.reset();
    m_watcher.setFuture(m_workspace->readInBackground<BottleneckReport>(
        [scope](QSqlDatabase db) { return BottleneckAnalysis(db).build(scope); }));
}

void BottleneckView::fillAges(QTableWidget *table, const QList<BottleneckReport::AgeProfile> &rows, bool authorities)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto &p = rows.at(r);
        const QString name = authorities ? m_authorityNames.value(p.key, p.key) : p.key;
        auto *label = new QTableWidgetItem(name);
        label->setToolTip(authorities ? p.key : m_procedureNames.value(p.key));
        table->setItem(r, 0, label);
        for (int b = 0; b < BottleneckReport::BandCount; ++b) {
            auto *item = numberItem(double(p.counts[size_t(b)]));
            if (b >= BottleneckReport::OverdueUnder30Days && p.counts[size_t(b)] > 0)
                item->setForeground(QColor(0xa0, 0x1c, 0x1c));
            table->setItem(r, 1 + b, item);
        }
        table->setItem(r, 1 + BottleneckReport::BandCount, numberItem(double(p.total())));
    }
    table->resizeColumnsToContents();
}

void BottleneckView::show(const BottleneckReport &report)
{
    m_report = report;
    const ReportLanguage lang = QLocale().language() == QLocale::English ? ReportLanguage::English : ReportLanguage::Italian;
    const auto pct = [lang](const std::optional<double> &v) { return v ? formatPercent(*v, lang) : u"—"_s; };
    m_shares->setText(tr("%1: %2 express decisions, %3 with a services conference, %4 with suspended terms. "
                         "Ages on today's date; backlog %5.")
                          .arg(report.semester.label())
                          .arg(report.concludedExpress)
                          .arg(pct(report.conferenceSharePct()), pct(report.suspensionSharePct()),
                               backlogVariantLabel(m_filters->scope().netOfSuspensions, lang)));
    fillAges(m_byProcedure, report.byProcedure, false);
    fillAges(m_byAuthority, report.byAuthority, true);
    m_ranking->setSortingEnabled(false);
    const int rows = int(std::min<qsizetype>(report.ranking.size(), 500));
    m_ranking->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const auto &p = report.ranking.at(r);
        m_ranking->setItem(r, 0, numberItem(p.pressure, 2));
        m_ranking->setItem(r, 1, new QTableWidgetItem(m_authorityNames.value(p.authorityIstat, p.authorityIstat)));
        m_ranking->setItem(r, 2, new QTableWidgetItem(p.procedureCode));
        m_ranking->setItem(r, 3, p.averageDurationDays ? numberItem(*p.averageDurationDays, 1) : new QTableWidgetItem(u"—"_s));
        m_ranking->setItem(r, 4, numberItem(p.legalTermDays));
        m_ranking->setItem(r, 5, numberItem(p.durationRatio, 2));
        m_ranking->setItem(r, 6, numberItem(double(p.backlog)));
        m_ranking->setItem(r, 7, numberItem(double(p.started)));
        m_ranking->setItem(r, 8, numberItem(p.backlogRatio, 2));
    }
    m_ranking->resizeColumnsToContents();
    emit refreshed();
}

} // namespace pass
