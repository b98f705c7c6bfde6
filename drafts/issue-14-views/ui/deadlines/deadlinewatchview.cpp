#include "deadlinewatchview.h"

#include "core/workspace/workspace.h"
#include "ui/dashboard/scopefilterbar.h"
#include "ui/deadlines/deadlinewatchmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

DeadlineWatchView::DeadlineWatchView(Workspace *workspace, std::optional<QDate> lastSeen, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_lastSeen(lastSeen), m_filters(new ScopeFilterBar(this)),
      m_days(new QSpinBox(this)), m_summary(new QLabel(this)), m_table(new QTableView(this)), m_groups(new QTreeWidget(this)),
      m_model(new DeadlineWatchModel(this))
{
    m_filters->setPeriodVisible(false);
    m_filters->setAuthorities(m_workspace->authorities());
    for (const Authority &a : m_workspace->authorities())
        m_names.insert(a.istat, a.name);
    m_days->setRange(1, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    auto *top = new QHBoxLayout;
    auto *daysLabel = new QLabel(tr("Passing their term &within"), this);
    daysLabel->setBuddy(m_days);
    top->addWidget(daysLabel);
    top->addWidget(m_days);
    top->addWidget(m_summary, 1);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_groups->setColumnCount(3);
    m_groups->setHeaderLabels({tr("Authority / responsible officer"), tr("Due soon"), tr("Overdue")});
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_groups);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_filters, &ScopeFilterBar::scopeChanged, this, &DeadlineWatchView::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, &DeadlineWatchView::refresh);
    connect(m_workspace, &Workspace::changed, this, &DeadlineWatchView::onChanged);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openCaseFile(m_model->data(index, Qt::UserRole).toString());
    });
    connect(&m_watcher, &QFutureWatcher<DeadlineWatchResult>::finished, this, [this] {
        show(m_watcher.result());
        if (m_pending) {
            m_pending = false;
            refresh();
        }
    });
    refresh();
}

DeadlineWatchView::~DeadlineWatchView()
{
    m_watcher.waitForFinished();
}

const DeadlineWatchResult &DeadlineWatchView::result() const
{
    return m_model->result();
}

void DeadlineWatchView::setWithinDays(int days)
{
    m_days->setValue(days);
}

void DeadlineWatchView::onChanged(const ChangeSet &changes)
{
    if (changes.touches(ChangeSet::Entity::CaseFile) || changes.touches(ChangeSet::Entity::Catalogue))
        refresh();
}

void DeadlineWatchView::refresh()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    DeadlineWatch::Options options;
    options.scope = m_filters->scope();
    options.scope.from.reset();
    options.scope.to.reset();
    options.withinDays = m_days->value();
    options.lastSeen = m_lastSeen;
    options.limit = 5000; // a screenful many times over; every one is counted anyway
    m_watcher.setFuture(m_workspace->readInBackground<DeadlineWatchResult>([options](QSqlDatabase db) {
        QString error;
        return DeadlineWatch(db).list(options, &error);
    }));
}

void DeadlineWatchView::show(const DeadlineWatchResult &result)
{
    m_model->setResult(result, m_names);
    m_table->resizeColumnsToContents();
    const QString variant = m_filters->scope().netOfSuspensions ? tr("net of suspensions") : tr("gross, calendar days");
    m_summary->setText(tr("%1 due within %2 days, %3 overdue, %4 new since the last start — terms %5")
                           .arg(result.dueSoon)
                           .arg(m_days->value())
                           .arg(result.overdue)
                           .arg(result.newSinceLastSeen)
                           .arg(variant));
    m_groups->clear();
    QTreeWidgetItem *authority = nullptr;
    for (const DeadlineGroup &g : result.groups) {
        if (!authority || authority->data(0, Qt::UserRole).toString() != g.authorityIstat) {
            authority = new QTreeWidgetItem(m_groups, {m_names.value(g.authorityIstat, g.authorityIstat), u"0"_s, u"0"_s});
            authority->setData(0, Qt::UserRole, g.authorityIstat);
            authority->setExpanded(true);
        }
        new QTreeWidgetItem(authority, {g.responsible.isEmpty() ? tr("(no officer)") : g.responsible, QString::number(g.dueSoon),
                                        QString::number(g.overdue)});
        authority->setText(1, QString::number(authority->text(1).toLongLong() + g.dueSoon));
        authority->setText(2, QString::number(authority->text(2).toLongLong() + g.overdue));
    }
    m_groups->resizeColumnToContents(0);
    emit countsChanged(result.dueSoon, result.overdue, result.newSinceLastSeen);
    emit refreshed();
}

} // namespace pass
