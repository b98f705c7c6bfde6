#include "casefilepanel.h"

#include "core/workspace/workspace.h"
#include "ui/casefiles/casefiletablemodel.h"

#include <QAction>
#include <QDataStream>

#include <QCheckBox>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

CaseFilePanel::CaseFilePanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_authority(new QComboBox(this)),
      m_taskForce(new QComboBox(this)),
      m_procedure(new QComboBox(this)),
      m_overdue(new QCheckBox(tr("Open and &overdue only"), this)),
      m_clear(new QPushButton(tr("&Clear filters"), this)),
      m_table(new QTableView(this)),
      m_empty(new QLabel(m_table->viewport()))
{
    m_authority->setAccessibleName(tr("Authority filter"));
    m_authority->setToolTip(tr("Show the case files of one authority; type to search the list"));
    m_authority->setMinimumContentsLength(14);
    m_authority->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_taskForce->setAccessibleName(tr("Task force filter"));
    m_taskForce->setMinimumContentsLength(12);
    m_taskForce->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_procedure->setAccessibleName(tr("Procedure filter"));
    m_procedure->setMinimumContentsLength(8);
    m_procedure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_overdue->setAccessibleName(tr("Show only open case files past their legal term"));
    m_overdue->setToolTip(tr("Open case files whose legal term, in calendar days with suspensions "
                             "included, is already past today"));
    m_clear->setAccessibleName(tr("Clear all filters"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&Authority:"), m_authority, this));
    filters->addWidget(m_authority, 2);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Task force:"), m_taskForce, this));
    filters->addWidget(m_taskForce, 2);
    filters->addSpacing(8);
    filters->addWidget(buddyLabel(tr("&Procedure:"), m_procedure, this));
    filters->addWidget(m_procedure, 1);
    filters->addSpacing(8);
    filters->addWidget(m_overdue);
    filters->addStretch();
    filters->addWidget(m_clear);

    m_table->setAccessibleName(tr("Case files"));
    m_table->setAccessibleDescription(tr("One row per case file; overdue ones are highlighted in red, "
                                         "those close to their legal term in yellow"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Tab moves to the next control instead of walking a million cells.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, whatever the row count.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);

    // Said in the list itself, where the eye looks, when there is nothing to show.
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    auto *emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    setTabOrder(m_authority, m_taskForce);
    setTabOrder(m_taskForce, m_procedure);
    setTabOrder(m_procedure, m_overdue);
    setTabOrder(m_overdue, m_clear);
    setTabOrder(m_clear, m_table);

    connect(m_authority, &QComboBox::currentIndexChanged, this, &CaseFilePanel::applyFilter);
    connect(m_taskForce, &QComboBox::currentIndexChanged, this, [this] {
        fillProcedures();
        applyFilter();
    });
    connect(m_procedure, &QComboBox::currentIndexChanged, this, &CaseFilePanel::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &CaseFilePanel::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &CaseFilePanel::clearFilters);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CaseFilePanel::keepSortIndicatorValid);

    auto *focusFilters = new QAction(tr("&Filters"), this);
    focusFilters->setShortcut(QKeySequence::Find);
    focusFilters->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    focusFilters->setStatusTip(tr("Move the focus to the case-file filters"));
    connect(focusFilters, &QAction::triggered, this, &CaseFilePanel::focusFilters);
    auto *clear = new QAction(tr("&Clear filters"), this);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clear, &QAction::triggered, this, &CaseFilePanel::clearFilters);
    auto *table = new QAction(tr("Case &files"), this);
    table->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    table->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(table, &QAction::triggered, this, [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    m_actions = {focusFilters, clear, table};
    addActions(m_actions);

    loadWorkspace();
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        // The model refreshes itself; the filter lists follow the reference data.
        if (changes.touches(ChangeSet::Entity::Authority) || changes.touches(ChangeSet::Entity::Catalogue))
            fillReference();
    });
}

CaseFilePanel::~CaseFilePanel() = default;

void CaseFilePanel::fillReference()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QString authority = m_authority->currentData().toString();
    const QString taskForce = m_taskForce->currentData().toString();
    QList<Authority> authorities = m_workspace->authorities();
    std::sort(authorities.begin(), authorities.end(),
              [](const Authority &a, const Authority &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_authority->clear();
    m_authority->addItem(tr("All authorities"));
    for (const Authority &a : std::as_const(authorities))
        m_authority->addItem(a.name, a.istat);

    const bool italian = QLocale().language() == QLocale::Italian;
    m_taskForce->clear();
    m_taskForce->addItem(tr("All task forces"));
    for (const TaskForce &tf : m_workspace->taskForces())
        m_taskForce->addItem(italian ? tf.nameIt : tf.nameEn, tf.code);
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(authority)));
    m_taskForce->setCurrentIndex(std::max(0, m_taskForce->findData(taskForce)));
    m_types = m_workspace->procedureTypes();
    fillProcedures();
    m_filling = wasFilling;
}

void CaseFilePanel::loadWorkspace()
{
    m_filling = true;
    fillReference();
    m_overdue->setChecked(false);

    m_model = new CaseFileTableModel(m_workspace, this);
    m_table->setModel(m_model);
    connect(m_model, &CaseFileTableModel::countsChanged, this, &CaseFilePanel::countsChanged);
    connect(m_model, &CaseFileTableModel::countsChanged, this, &CaseFilePanel::updateEmptyState);

    QHeaderView *header = m_table->horizontalHeader();
    const int em = m_table->fontMetrics().averageCharWidth();
    const int widths[] = {26, 14, 16, 11, 11, 25, 20};
    for (int c = 0; c < CaseFileTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c] * em + 16);
    // The authority name takes the spare width; the others keep sizes fitted to their content.
    header->setSectionResizeMode(CaseFileTableModel::AuthorityColumn, QHeaderView::Stretch);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_filling = false;
    updateEmptyState(m_model->rowCount(), m_model->totalCount());
    Q_EMIT countsChanged(m_model->rowCount(), m_model->totalCount());
}

void CaseFilePanel::updateEmptyState(qint64 shown, qint64 total)
{
    m_empty->setText(total == 0 ? tr("The store has no case files yet.")
                                : tr("No case files match the filters."));
    m_empty->setVisible(shown == 0);
}

void CaseFilePanel::fillProcedures()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QString previous = m_procedure->currentData().toString();
    const QString taskForce = m_taskForce->currentData().toString();
    m_procedure->clear();
    m_procedure->addItem(tr("All procedures"));
    for (const ProcedureType &type : std::as_const(m_types)) {
        if (!taskForce.isEmpty() && type.taskForceCode != taskForce)
            continue;
        m_procedure->addItem(type.code, type.code);
        m_procedure->setItemData(m_procedure->count() - 1, type.name, Qt::ToolTipRole);
    }
    m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(previous)));
    m_filling = wasFilling;
}

void CaseFilePanel::applyFilter()
{
    if (m_filling || !m_model)
        return;
    CaseFileFilter filter;
    filter.authorityIstat = m_authority->currentData().toString();
    const QString procedure = m_procedure->currentData().toString();
    const QString taskForce = m_taskForce->currentData().toString();
    if (!procedure.isEmpty()) {
        filter.procedureCodes << procedure;
    } else if (!taskForce.isEmpty()) {
        for (const ProcedureType &type : std::as_const(m_types)) {
            if (type.taskForceCode == taskForce)
                filter.procedureCodes << type.code;
        }
        if (filter.procedureCodes.isEmpty())
            filter.procedureCodes << QString(); // a task force without procedures shows nothing
    }
    filter.openOverdueOnly = m_overdue->isChecked();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setFilter(filter);
    QGuiApplication::restoreOverrideCursor();
}

void CaseFilePanel::clearFilters()
{
    m_filling = true;
    m_authority->setCurrentIndex(0);
    m_taskForce->setCurrentIndex(0);
    fillProcedures();
    m_procedure->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_filling = false;
    applyFilter();
}

QWidget *CaseFilePanel::focusTarget()
{
    return m_table;
}

void CaseFilePanel::focusFilters()
{
    m_authority->setFocus(Qt::ShortcutFocusReason);
}

QByteArray CaseFilePanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << m_authority->currentData().toString() << m_taskForce->currentData().toString()
        << m_procedure->currentData().toString() << m_overdue->isChecked();
    return state;
}

void CaseFilePanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QString authority, taskForce, procedure;
    bool overdue = false;
    in >> version >> authority >> taskForce >> procedure >> overdue;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    m_filling = true;
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(authority)));
    m_taskForce->setCurrentIndex(std::max(0, m_taskForce->findData(taskForce)));
    fillProcedures();
    m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(procedure)));
    m_overdue->setChecked(overdue);
    m_filling = false;
    applyFilter();
}

void CaseFilePanel::keepSortIndicatorValid(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    // Only indexed columns sort; put the indicator back where the model's order really is.
    if (m_model && !CaseFileTableModel::isSortable(column))
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

} // namespace pass
