#include "bottleneckview.h"

#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "reports/reporttexts.h"
#include "ui/common/backlogvariant.h"
#include "ui/common/scopefilterbar.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// The most rows the ranking shows: where to go first, not the whole region.
constexpr int kRankingRows = 200;

QTableWidgetItem *numberItem(double value, int decimals = 0)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value, 'f', decimals));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QLabel *title(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(u"<b>"_s + text + u"</b>"_s, parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

BottleneckView::BottleneckView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_filters(new ScopeFilterBar(workspace, this)), m_shares(new QLabel(this)),
      m_read(this, [this](const BottleneckReport &report) { showResult(report); })
{
    // Short headers, so both tables fit side by side; the header's tooltip says it in full.
    const QStringList bands{tr("≤ 50 %"), tr("50–100 %"), tr("< 30 d"), tr("30–180 d"), tr("> 180 d"), tr("Open")};
    const QStringList bandTips{tr("Open for up to half their legal term"), tr("Open for half to all of their legal term"),
                               tr("Overdue by less than 30 days"), tr("Overdue by 30 to 180 days"),
                               tr("Overdue by more than 180 days"), tr("Open case files")};
    m_byProcedure = makeTable(this, QStringList{tr("Procedure")} + bands, tr("Open case files by age, per procedure"));
    m_byAuthority = makeTable(this, QStringList{tr("Authority")} + bands, tr("Open case files by age, per authority"));
    for (QTableWidget *t : {m_byProcedure, m_byAuthority}) {
        for (int b = 0; b < bandTips.size(); ++b)
            t->horizontalHeaderItem(b + 1)->setToolTip(bandTips.at(b));
        t->horizontalHeader()->setStretchLastSection(false);
    }
    m_ranking = makeTable(this,
                          {tr("Pressure"), tr("Authority"), tr("Procedure"), tr("Decisions"), tr("Average duration"),
                           tr("Legal term"), tr("Duration ÷ term"), tr("Backlog"), tr("Started"), tr("Backlog ÷ started")},
                          tr("Authority and procedure by pressure"));
    m_ranking->horizontalHeader()->setStretchLastSection(false);
    const QString rule = tr("Pressure = √((average duration ÷ legal term)² + (backlog ÷ started)²) over the last complete "
                            "semester. Ranked only with at least %1 case files (express decisions plus backlog); each ratio "
                            "counts as if %2 more case files had the procedure's average over every authority of the store, "
                            "so that one or two very slow case files do not put a comune first.")
                             .arg(BottleneckReport::kMinimumCases)
                             .arg(BottleneckReport::kCredibilityCases);
    m_ranking->setToolTip(rule);
    m_ranking->horizontalHeaderItem(3)->setToolTip(tr("Express decisions of the semester behind the average duration"));
    m_ranking->horizontalHeaderItem(6)->setToolTip(tr("Weighted towards the procedure's average; the authority's own ratio is in each cell's tooltip"));
    m_ranking->horizontalHeaderItem(9)->setToolTip(m_ranking->horizontalHeaderItem(6)->toolTip());
    m_rankingRule = new QLabel(rule, this);
    m_rankingRule->setWordWrap(true);
    m_rankingRule->setAccessibleName(tr("How the pressure is ranked"));
    m_rankingRule->setStyleSheet(u"color: palette(dark)"_s);
    m_filters->setPeriodVisible(false);
    for (const Authority &a : m_workspace->authorities())
        m_authorityNames.insert(a.istat, a.name);
    for (const ProcedureType &p : m_workspace->procedureTypes())
        m_procedureNames.insert(p.code, p.name);
    m_shares->setWordWrap(true);
    m_shares->setAccessibleName(tr("Express decisions with a services conference or suspended terms"));
    auto *grid = new QGridLayout;
    grid->addWidget(title(tr("Open case files by a&ge against their term, per procedure (overdue by: days)"), m_byProcedure, this), 0, 0);
    grid->addWidget(title(tr("The same per a&uthority"), m_byAuthority, this), 0, 1);
    grid->addWidget(m_byProcedure, 1, 0);
    grid->addWidget(m_byAuthority, 1, 1);
    grid->addWidget(title(tr("Where to go f&irst: authority × procedure by pressure"), m_ranking, this), 2, 0, 1, 2);
    grid->addWidget(m_rankingRule, 3, 0, 1, 2);
    grid->addWidget(m_ranking, 4, 0, 1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(4, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_shares);
    layout->addLayout(grid, 1);
    connect(m_filters, &ScopeFilterBar::scopeChanged, this, &BottleneckView::refresh);
    connect(m_workspace, &Workspace::changed, this, &BottleneckView::onChanged);
    refresh();
}

BottleneckView::~BottleneckView() = default;

QWidget *BottleneckView::focusTarget()
{
    return m_ranking;
}

void BottleneckView::onChanged(const ChangeSet &changes)
{
    if (changes.touches(ChangeSet::Entity::CaseFile) || changes.touches(ChangeSet::Entity::Catalogue))
        refresh();
    if (changes.touches(ChangeSet::Entity::Authority)) {
        for (const Authority &a : m_workspace->authorities())
            m_authorityNames.insert(a.istat, a.name);
    }
}

void BottleneckView::refresh()
{
    m_shares->setText(tr("Reading the open case files…"));
    const IndicatorScope scope = m_filters->scope();
    m_read.run([workspace = m_workspace, scope] {
        return workspace->readInBackground<BottleneckReport>(
            [scope](QSqlDatabase db) { return BottleneckAnalysis(db).build(scope); });
    });
}

void BottleneckView::fillAges(QTableWidget *table, const QList<BottleneckReport::AgeProfile> &rows, bool authorities)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto &p = rows.at(r);
        auto *label = new QTableWidgetItem(authorities ? m_authorityNames.value(p.key, p.key) : p.key);
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
    // The names take the room left, not an empty strip at the right.
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void BottleneckView::showResult(const BottleneckReport &report)
{
    m_report = report;
    const ReportLanguage lang = QLocale().language() == QLocale::English ? ReportLanguage::English : ReportLanguage::Italian;
    const auto pct = [lang](const std::optional<double> &v) { return v ? formatPercent(*v, lang) : u"—"_s; };
    if (!report.error.isEmpty()) {
        m_shares->setText(tr("The figures cannot be computed: %1").arg(report.error));
    } else {
        m_shares->setText(tr("In %1: %2 express decisions, %3 with a services conference, %4 with suspended terms. "
                             "Ages as of today; %5.")
                              .arg(report.semester.label(), QLocale().toString(report.concludedExpress),
                                   pct(report.conferenceSharePct()), pct(report.suspensionSharePct()),
                                   BacklogVariant::termsNote(m_filters->scope().netOfSuspensions)));
    }
    fillAges(m_byProcedure, report.byProcedure, false);
    fillAges(m_byAuthority, report.byAuthority, true);
    const int rows = int(std::min<qsizetype>(report.ranking.size(), kRankingRows));
    m_ranking->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const auto &p = report.ranking.at(r);
        m_ranking->setItem(r, 0, numberItem(p.pressure, 2));
        m_ranking->setItem(r, 1, new QTableWidgetItem(m_authorityNames.value(p.authorityIstat, p.authorityIstat)));
        auto *procedure = new QTableWidgetItem(p.procedureCode);
        procedure->setToolTip(m_procedureNames.value(p.procedureCode));
        m_ranking->setItem(r, 2, procedure);
        m_ranking->setItem(r, 3, numberItem(double(p.concludedExpress)));
        m_ranking->setItem(r, 4, p.averageDurationDays ? numberItem(*p.averageDurationDays, 1) : new QTableWidgetItem(u"—"_s));
        m_ranking->setItem(r, 5, numberItem(p.legalTermDays));
        auto *duration = numberItem(p.weightedDurationRatio, 2);
        duration->setToolTip(tr("This authority alone: %1 over %2 express decisions; the procedure's average: %3")
                                 .arg(p.averageDurationDays ? QLocale().toString(p.durationRatio, 'f', 2) : u"—"_s)
                                 .arg(p.concludedExpress)
                                 .arg(p.procedureDurationRatio ? QLocale().toString(*p.procedureDurationRatio, 'f', 2) : u"—"_s));
        m_ranking->setItem(r, 6, duration);
        m_ranking->setItem(r, 7, numberItem(double(p.backlog)));
        m_ranking->setItem(r, 8, numberItem(double(p.started)));
        auto *backlog = numberItem(p.weightedBacklogRatio, 2);
        backlog->setToolTip(tr("This authority alone: %1 (backlog %2, started %3); the procedure's average: %4")
                                .arg(QLocale().toString(p.backlogRatio, 'f', 2))
                                .arg(p.backlog)
                                .arg(p.started)
                                .arg(QLocale().toString(p.procedureBacklogRatio, 'f', 2)));
        m_ranking->setItem(r, 9, backlog);
    }
    m_ranking->resizeColumnsToContents();
    m_ranking->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rankingRule->setText(m_ranking->toolTip() + u' '
                           + tr("Not ranked, with fewer case files: %1 authority × procedure pairs.").arg(report.unrankedPairs));
    Q_EMIT refreshed();
}

} // namespace pass
