#include "deadlinewatchview.h"

#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "ui/common/backlogvariant.h"
#include "ui/common/scopefilterbar.h"
#include "ui/deadlines/deadlinemonitor.h"
#include "ui/deadlines/deadlinewatchmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

DeadlineWatchView::DeadlineWatchView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_filters(new ScopeFilterBar(workspace, this)), m_days(new QSpinBox(this)),
      m_summary(new QLabel(this)), m_table(new QTableView(this)), m_groups(new QTreeWidget(this)),
      m_model(new DeadlineWatchModel(this)),
      m_read(this, [this](const DeadlineWatchResult &result) { showResult(result); })
{
    m_filters->setPeriodVisible(false);
    for (const Authority &a : m_workspace->authorities())
        m_names.insert(a.istat, a.name);
    m_days->setRange(1, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days before the term expires"));
    auto *top = new QHBoxLayout;
    auto *daysLabel = new QLabel(tr("Passing their term &within"), this);
    daysLabel->setBuddy(m_days);
    top->addWidget(daysLabel);
    top->addWidget(m_days);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Deadline watch summary"));
    top->addWidget(m_summary, 1);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Case files by urgency"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Column widths from the first rows: the most urgent, not all two thousand.
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_groups->setColumnCount(3);
    m_groups->setAccessibleName(tr("Counts per authority and responsible officer"));
    m_groups->setHeaderLabels({tr("Authority / responsible officer"), tr("Due soon"), tr("Overdue")});
    m_groups->setRootIsDecorated(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"deadlineSplit"_s);
    split->addWidget(m_table);
    split->addWidget(m_groups);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({940, 320});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    setTabOrder(m_days, m_table);
    setTabOrder(m_table, m_groups);

    connect(m_filters, &ScopeFilterBar::scopeChanged, this, &DeadlineWatchView::refresh);
    connect(m_days, &QSpinBox::valueChanged, this, &DeadlineWatchView::refresh);
    connect(m_workspace, &Workspace::changed, this, &DeadlineWatchView::onChanged);
    refresh();
}

DeadlineWatchView::~DeadlineWatchView() = default;

QWidget *DeadlineWatchView::focusTarget()
{
    return m_table;
}

QByteArray DeadlineWatchView::saveState() const
{
    return QByteArray::number(m_days->value());
}

void DeadlineWatchView::restoreState(const QByteArray &state)
{
    bool ok = false;
    const int days = state.toInt(&ok);
    if (ok)
        m_days->setValue(days);
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
    if (changes.touches(ChangeSet::Entity::Authority)) {
        for (const Authority &a : m_workspace->authorities())
            m_names.insert(a.istat, a.name);
    }
}

void DeadlineWatchView::refresh()
{
    m_summary->setText(tr("Reading the open case files…"));
    DeadlineWatch::Options options;
    options.scope = m_filters->scope();
    options.withinDays = m_days->value();
    options.lastSeen = DeadlineMonitor::of(m_workspace)->previousStart();
    options.limit = kRowLimit;
    m_read.run([workspace = m_workspace, options] {
        return workspace->readInBackground<DeadlineWatchResult>([options](QSqlDatabase db) {
            QString error;
            return DeadlineWatch(db).list(options, &error);
        });
    });
}

void DeadlineWatchView::showResult(const DeadlineWatchResult &result)
{
    m_model->setResult(result, m_names);
    m_table->resizeColumnsToContents();
    const qint64 listed = result.dueSoon + result.overdue;
    QString text = tr("%1 due within %2 days, %3 overdue, %4 new since the last start; %5.")
                       .arg(QLocale().toString(result.dueSoon))
                       .arg(m_days->value())
                       .arg(QLocale().toString(result.overdue), QLocale().toString(result.newSinceLastSeen),
                            BacklogVariant::termsNote(m_filters->scope().netOfSuspensions));
    if (listed > result.entries.size())
        text += u' ' + tr("The table lists the %1 most urgent.").arg(QLocale().toString(qint64(result.entries.size())));
    m_summary->setText(text);
    m_groups->clear();
    QTreeWidgetItem *authority = nullptr;
    qint64 dueSoon = 0, overdue = 0;
    const auto closeAuthority = [&] {
        if (authority) {
            authority->setText(1, QLocale().toString(dueSoon));
            authority->setText(2, QLocale().toString(overdue));
        }
    };
    for (const DeadlineGroup &g : result.groups) {
        if (!authority || authority->data(0, Qt::UserRole).toString() != g.authorityIstat) {
            closeAuthority();
            authority = new QTreeWidgetItem(m_groups, {m_names.value(g.authorityIstat, g.authorityIstat)});
            authority->setData(0, Qt::UserRole, g.authorityIstat);
            dueSoon = overdue = 0;
        }
        auto *officer = new QTreeWidgetItem(authority, {g.responsible.isEmpty() ? tr("(no officer)") : g.responsible,
                                                        QLocale().toString(g.dueSoon), QLocale().toString(g.overdue)});
        officer->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        officer->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        dueSoon += g.dueSoon;
        overdue += g.overdue;
    }
    closeAuthority();
    // Few authorities: open them; a whole region's list stays folded.
    if (m_groups->topLevelItemCount() <= 12)
        m_groups->expandAll();
    for (int c = 0; c < m_groups->columnCount(); ++c)
        m_groups->resizeColumnToContents(c);
    Q_EMIT refreshed();
}

} // namespace pass
