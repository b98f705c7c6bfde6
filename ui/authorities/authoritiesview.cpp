#include "authoritiesview.h"

#include "core/workspace/workspace.h"
#include "ui/authorities/authoritytablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Name or ISTAT code contains the typed text; "piccoli comuni only" when asked.
class AuthorityFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool smallOnly = false;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex name = sourceModel()->index(row, AuthorityTableModel::NameColumn, parent);
        if (smallOnly && !name.data(AuthorityTableModel::SmallRole).toBool())
            return false;
        const QString text = filterRegularExpression().pattern();
        return text.isEmpty() || name.data().toString().contains(text, Qt::CaseInsensitive)
            || name.data(AuthorityTableModel::IstatRole).toString().startsWith(text);
    }
};

} // namespace

AuthoritiesView::AuthoritiesView(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_model(new AuthorityTableModel(this)),
      m_proxy(new AuthorityFilterProxy(this)),
      m_table(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_smallOnly(new QCheckBox(tr("Only piccoli comuni (up to 5,000 inhabitants)"), this)),
      m_summary(new QLabel(this)),
      m_focus(new QLabel(this)),
      m_choose(new QPushButton(tr("Show only this authority"), this)),
      m_clear(new QPushButton(tr("All authorities"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search by name or ISTAT code"));
    m_search->setAccessibleName(tr("Search authorities"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_smallOnly);
    layout->addLayout(bar);

    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuthorityTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuthorityTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuthorityTableModel::NameColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Authorities in your scope"));
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_focus->setWordWrap(true);
    bottom->addWidget(m_focus, 1);
    bottom->addWidget(m_choose);
    bottom->addWidget(m_clear);
    layout->addLayout(bottom);

    auto *choose = new QAction(tr("Show only the chosen authority"), this);
    choose->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    choose->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(choose);
    m_actions << choose;
    connect(choose, &QAction::triggered, this, &AuthoritiesView::chooseCurrent);

    connect(m_search, &QLineEdit::textChanged, this, &AuthoritiesView::applyFilter);
    connect(m_smallOnly, &QCheckBox::toggled, this, &AuthoritiesView::applyFilter);
    connect(m_table, &QTableView::activated, this, &AuthoritiesView::chooseCurrent);
    connect(m_choose, &QPushButton::clicked, this, &AuthoritiesView::chooseCurrent);
    connect(m_clear, &QPushButton::clicked, this, &AuthoritiesView::clearChoice);
    connect(m_workspace, &Workspace::changed, this, &AuthoritiesView::onChanged);
    connect(m_workspace, &Workspace::focusAuthorityChanged, this, &AuthoritiesView::showFocus);
    connect(&m_watcher, &QFutureWatcher<AuthoritySummaries::Result>::finished, this, [this] {
        const AuthoritySummaries::Result result = m_watcher.result();
        m_model->setSummaries(result);
        m_loading = false;
        if (!result.error.isEmpty()) {
            m_summary->setText(result.error);
        } else {
            m_summary->setText(tr("%n authority(ies) in your scope. Overdue: open case files past their legal term "
                                  "today. Backlog: the DFP figure (gross calendar days) at the end of %1 (baseline) "
                                  "and of %2 (running semester, as of today).", nullptr, int(result.rows.size()))
                                   .arg(result.baseline.label(), result.now.label()));
        }
        if (std::exchange(m_reloadAgain, false))
            reload();
        Q_EMIT loaded();
    });
    showFocus(m_workspace->focusAuthority());
    reload();
}

AuthoritiesView::~AuthoritiesView()
{
    m_watcher.waitForFinished();
}

QWidget *AuthoritiesView::focusTarget()
{
    return m_table;
}

void AuthoritiesView::reload()
{
    if (m_loading) {
        m_reloadAgain = true; // one more read once this one is in
        return;
    }
    m_loading = true;
    if (m_model->rowCount() == 0)
        m_summary->setText(tr("Reading the authorities…"));
    m_watcher.setFuture(m_workspace->authoritySummaries());
}

void AuthoritiesView::onChanged(const ChangeSet &changes)
{
    using E = ChangeSet::Entity;
    if (changes.touches(E::CaseFile) || changes.touches(E::Authority) || changes.touches(E::Catalogue)
        || changes.touches(E::Target) || changes.touches(E::SupportRequest))
        reload();
}

void AuthoritiesView::applyFilter()
{
    static_cast<AuthorityFilterProxy *>(m_proxy)->smallOnly = m_smallOnly->isChecked();
    m_proxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(m_search->text().trimmed())));
    // setFilterRegularExpression re-filters only when the pattern changes.
    m_proxy->invalidate();
}

void AuthoritiesView::chooseCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    m_workspace->setFocusAuthority(current.data(AuthorityTableModel::IstatRole).toString());
}

void AuthoritiesView::clearChoice()
{
    m_workspace->setFocusAuthority({});
}

void AuthoritiesView::showFocus(const QString &istat)
{
    m_clear->setEnabled(!istat.isEmpty());
    if (istat.isEmpty()) {
        m_focus->setText(tr("All authorities are shown in the other views."));
        return;
    }
    QString name = istat;
    for (const AuthoritySummary &s : m_model->summaries().rows) {
        if (s.authority.istat == istat)
            name = s.authority.name;
    }
    m_focus->setText(tr("The other views show only %1 (%2).").arg(name, istat));
}

QByteArray AuthoritiesView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_smallOnly->isChecked() << m_table->horizontalHeader()->saveState();
    return state;
}

void AuthoritiesView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    bool small = false;
    QByteArray header;
    in >> version >> small >> header;
    if (version != 1 || in.status() != QDataStream::Ok)
        return;
    m_smallOnly->setChecked(small);
    m_table->horizontalHeader()->restoreState(header);
}

} // namespace pass
