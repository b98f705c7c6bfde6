#include "casefilepanel.h"

#include "core/exchange/caseexportjob.h"
#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilesidepanel.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "ui/common/domainlabels.h"
#include "ui/common/unreadablechoices.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
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
      m_state(new QComboBox(this)),
      m_dueDays(new QSpinBox(this)),
      m_search(new QLineEdit(this)),
      m_officer(new QLineEdit(this)),
      m_clear(new QPushButton(tr("&Clear filters"), this)),
      m_split(new QSplitter(Qt::Horizontal, this)),
      m_table(new QTableView(m_split)),
      m_empty(new QLabel(m_table->viewport())),
      m_undoStack(new QUndoStack(this))
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

    m_state->setAccessibleName(tr("State filter"));
    m_state->addItem(tr("Any state"), int(CaseFileState::Any));
    m_state->addItem(tr("Open"), int(CaseFileState::Open));
    m_state->addItem(tr("Open and overdue"), int(CaseFileState::Overdue));
    m_state->addItem(tr("Due soon"), int(CaseFileState::DueSoon));
    m_state->addItem(tr("Concluded"), int(CaseFileState::Concluded));
    m_state->addItem(tr("Withdrawn"), int(CaseFileState::Withdrawn));
    m_state->setItemData(2, tr("Open case files whose legal term, in calendar days with suspensions included, "
                               "is already past today"), Qt::ToolTipRole);
    m_state->setItemData(3, tr("Open case files, not overdue, whose legal term ends within the days set "
                               "in \"Due soon within\""), Qt::ToolTipRole);
    m_dueDays->setRange(0, 365);
    m_dueDays->setValue(CaseFileFilter().dueWithinDays);
    m_dueDays->setSuffix(tr(" days"));
    m_dueDays->setAccessibleName(tr("Due soon within this many days"));
    // One rule for the yellow rows and the "Due soon" state: this number decides both.
    m_dueDays->setToolTip(tr("An open case file whose legal term ends within this many days is due soon: "
                             "its row is yellow and the \"Due soon\" state shows it"));
    m_search->setPlaceholderText(tr("Protocol number starts with…"));
    m_search->setAccessibleName(tr("Search by protocol number"));
    m_search->setClearButtonEnabled(true);
    m_officer->setPlaceholderText(tr("Responsible officer"));
    m_officer->setAccessibleName(tr("Filter by responsible officer"));
    m_officer->setClearButtonEnabled(true);
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
    filters->addStretch();
    filters->addWidget(m_clear);

    auto *more = new QHBoxLayout;
    more->addWidget(buddyLabel(tr("S&tate:"), m_state, this));
    more->addWidget(m_state);
    more->addSpacing(8);
    more->addWidget(buddyLabel(tr("D&ue soon within:"), m_dueDays, this));
    more->addWidget(m_dueDays);
    more->addSpacing(8);
    more->addWidget(buddyLabel(tr("&Search:"), m_search, this));
    more->addWidget(m_search, 2);
    more->addSpacing(8);
    more->addWidget(buddyLabel(tr("O&fficer:"), m_officer, this));
    more->addWidget(m_officer, 1);

    m_table->setAccessibleName(tr("Case files"));
    m_table->setAccessibleDescription(tr("One row per case file; overdue ones are highlighted in red, "
                                         "those due soon in yellow"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
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

    m_side = new CaseFileSidePanel(m_workspace, m_undoStack, m_split);
    m_split->addWidget(m_table);
    m_split->addWidget(m_side);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    // The list gets the larger share; the editor what its form needs.
    m_split->setSizes({830, 420});
    m_split->setChildrenCollapsible(false);

    // A filter list the store could not read says so here, under the filters, in full.
    m_readProblem = UnreadableChoices::problemLabel(tr("Problem reading the filter lists"), this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(more);
    layout->addWidget(m_readProblem);
    layout->addWidget(m_split, 1);

    setTabOrder(m_authority, m_taskForce);
    setTabOrder(m_taskForce, m_procedure);
    setTabOrder(m_procedure, m_clear);
    setTabOrder(m_clear, m_state);
    setTabOrder(m_state, m_dueDays);
    setTabOrder(m_dueDays, m_search);
    setTabOrder(m_search, m_officer);
    setTabOrder(m_officer, m_table);

    connect(m_authority, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing here is choosing for every view, as in the Authorities view.
        if (!m_filling)
            m_workspace->setFocusAuthority(m_authority->currentData().toString());
        applyFilter();
    });
    connect(m_taskForce, &QComboBox::currentIndexChanged, this, [this] {
        fillProcedures();
        applyFilter();
    });
    connect(m_procedure, &QComboBox::currentIndexChanged, this, &CaseFilePanel::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CaseFilePanel::applyFilter);
    connect(m_dueDays, &QSpinBox::valueChanged, this, &CaseFilePanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &CaseFilePanel::applyFilter);
    connect(m_officer, &QLineEdit::textChanged, this, &CaseFilePanel::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &CaseFilePanel::clearFilters);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CaseFilePanel::keepSortIndicatorValid);
    connect(m_workspace, &Workspace::focusAuthorityChanged, this, &CaseFilePanel::followFocusedAuthority);
    connect(m_side, &CaseFileSidePanel::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Case files"), message);
    });

    buildActions();
    loadWorkspace();
    followFocusedAuthority(m_workspace->focusAuthority());
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        // The model refreshes itself; the filter lists follow the reference data.
        if (changes.touches(ChangeSet::Entity::Authority) || changes.touches(ChangeSet::Entity::Catalogue))
            fillReference();
    });
}

void CaseFilePanel::buildActions()
{
    auto shortcutAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    auto *focusFilters = shortcutAction(tr("&Filters"), QKeySequence::Find, [this] { this->focusFilters(); });
    focusFilters->setStatusTip(tr("Move the focus to the case-file filters"));
    auto *clear = shortcutAction(tr("&Clear filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                 [this] { clearFilters(); });
    auto *table = shortcutAction(tr("Case &files"), QKeySequence(Qt::CTRL | Qt::Key_T),
                                 [this] { m_table->setFocus(Qt::ShortcutFocusReason); });
    m_newCase = shortcutAction(tr("&New case file"), QKeySequence::New, [this] { m_side->startNew(); });
    m_deleteCase = shortcutAction(tr("&Delete case file…"), QKeySequence::Delete, [this] { m_side->deleteCurrent(); });
    m_copy = shortcutAction(tr("&Copy rows"), QKeySequence::Copy,
                            [this] { QGuiApplication::clipboard()->setText(selectedRowsAsText()); });
    m_copy->setStatusTip(tr("Copy the selected rows as tab-separated text, for a spreadsheet"));
    m_export = shortcutAction(tr("&Export list…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { chooseExportFile(); });
    m_export->setStatusTip(tr("Save the case files the filters show as CSV or Excel"));
    auto *history = shortcutAction(tr("&History"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { m_side->showHistoryTab(); });

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, and the platform's own redo key where it differs (Ctrl+Y).
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_actions = {m_newCase, m_deleteCase, undo, redo, m_copy, m_export, history, focusFilters, clear, table};
    addActions(m_actions);
}

CaseFilePanel::~CaseFilePanel() = default;

void CaseFilePanel::fillReference()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    using namespace UnreadableChoices;
    const QString authority = m_authority->currentData().toString();
    const QString taskForce = m_taskForce->currentData().toString();
    QStringList problems;
    QString error;
    QList<Authority> authorities = m_workspace->authorities(&error);
    if (!error.isEmpty()) {
        problems << authoritiesUnreadable(error);
        showUnreadable(m_authority, problems.constLast());
    } else {
        std::sort(authorities.begin(), authorities.end(),
                  [](const Authority &a, const Authority &b) { return a.name.localeAwareCompare(b.name) < 0; });
        showReadable(m_authority);
        m_authority->clear();
        m_authority->addItem(tr("All authorities"));
        for (const Authority &a : std::as_const(authorities))
            m_authority->addItem(a.name, a.istat);
        m_authority->setCurrentIndex(std::max(0, m_authority->findData(authority)));
    }

    error.clear();
    const QList<TaskForce> taskForces = m_workspace->taskForces(&error);
    if (!error.isEmpty()) {
        problems << tr("I cannot read the task forces from the store: %1").arg(error);
        showUnreadable(m_taskForce, problems.constLast());
    } else {
        const bool italian = QLocale().language() == QLocale::Italian;
        showReadable(m_taskForce);
        m_taskForce->clear();
        m_taskForce->addItem(tr("All task forces"));
        for (const TaskForce &tf : taskForces)
            m_taskForce->addItem(italian ? tf.nameIt : tf.nameEn, tf.code);
        m_taskForce->setCurrentIndex(std::max(0, m_taskForce->findData(taskForce)));
    }

    error.clear();
    m_types = m_workspace->procedureTypes(&error);
    m_typesError = error.isEmpty() ? QString() : tr("I cannot read the procedures from the store: %1").arg(error);
    if (!m_typesError.isEmpty())
        problems << m_typesError;
    fillProcedures();
    m_readProblem->setText(problems.join(u'\n'));
    m_readProblem->setVisible(!problems.isEmpty());
    m_filling = wasFilling;
}

void CaseFilePanel::loadWorkspace()
{
    m_filling = true;
    fillReference();

    m_model = new CaseFileTableModel(m_workspace, this);
    m_table->setModel(m_model);
    connect(m_model, &CaseFileTableModel::countsChanged, this, &CaseFilePanel::countsChanged);
    connect(m_model, &CaseFileTableModel::countsChanged, this, &CaseFilePanel::updateEmptyState);

    QHeaderView *header = m_table->horizontalHeader();
    // Each column as wide as a typical value (or its title), so that all of them fit beside the
    // editor in a 1440-pixel window.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QString samples[] = {u"Provincia di Cremona"_s, u"APP-NEG-OEPV"_s, u"2026/000288"_s,
                               QLocale().toString(QDate(2026, 12, 30), QLocale::ShortFormat) + u"00"_s,
                               QLocale().toString(QDate(2026, 12, 30), QLocale::ShortFormat) + u"00"_s,
                               DomainLabels::outcome(Outcome::Express), CaseFileTableModel::tr("%1 of %2 days").arg(120).arg(150)};
    for (int c = 0; c < CaseFileTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        header->resizeSection(c, std::max(metrics.horizontalAdvance(samples[c]), metrics.horizontalAdvance(title) + 16) + 14);
    }
    // The authority name takes the spare width; the others keep sizes fitted to their content.
    header->setSectionResizeMode(CaseFileTableModel::AuthorityColumn, QHeaderView::Stretch);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaseFilePanel::showCurrentCase);
    // Enter on a row (or a double click) goes on to edit it with the keyboard.
    connect(m_table, &QTableView::activated, this, [this] {
        showCurrentCase();
        m_side->editCurrent();
    });
    m_filling = false;
    announceCounts();
}

void CaseFilePanel::announceCounts()
{
    if (!m_model)
        return;
    // -1 while a filter's count runs, as the model says it (its first page is not the count).
    const qint64 shown = m_model->isCounting() ? -1 : m_model->rowCount();
    updateEmptyState(shown, m_model->totalCount());
    Q_EMIT countsChanged(shown, m_model->totalCount());
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
    if (!m_typesError.isEmpty()) {
        UnreadableChoices::showUnreadable(m_procedure, m_typesError);
        m_filling = wasFilling;
        return;
    }
    const QString previous = m_procedure->currentData().toString();
    const QString taskForce = m_taskForce->currentData().toString();
    UnreadableChoices::showReadable(m_procedure);
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
    if (!procedure.isEmpty())
        filter.procedureCodes << procedure;
    filter.taskForceCode = m_taskForce->currentData().toString();
    filter.state = CaseFileState(m_state->currentData().toInt());
    filter.dueWithinDays = m_dueDays->value();
    filter.protocolPrefix = m_search->text().trimmed();
    filter.responsible = m_officer->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->setFilter(filter);
    QGuiApplication::restoreOverrideCursor();
}

void CaseFilePanel::followFocusedAuthority(const QString &istat)
{
    if (m_authority->currentData().toString() == istat)
        return;
    m_filling = true;
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(istat)));
    m_filling = false;
    applyFilter();
}

void CaseFilePanel::showCurrentCase()
{
    const QModelIndex current = m_table->currentIndex();
    // A refreshed list has no current row for a moment: the editor keeps what it shows.
    if (!current.isValid())
        return;
    const QString id = current.data(CaseFileTableModel::CaseIdRole).toString();
    if (id != m_side->caseId())
        m_side->showCase(id);
}

QString CaseFilePanel::selectedRowsAsText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int c = 0; c < CaseFileTableModel::ColumnCount; ++c)
        header << m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    lines << header.join(u'\t');
    for (const int row : std::as_const(rows)) {
        QStringList cells;
        for (int c = 0; c < CaseFileTableModel::ColumnCount; ++c)
            cells << m_model->index(row, c).data().toString().replace(u'\t', u' ').replace(u'\n', u' ');
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void CaseFilePanel::chooseExportFile()
{
    const QString csv = tr("CSV (*.csv)");
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    QString chosen = csv;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the case files shown"),
                                                QDir::home().filePath(tr("case-files") + u".csv"_s),
                                                csv + u";;"_s + xlsx, &chosen);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += chosen == xlsx ? u".xlsx"_s : u".csv"_s;
    exportTo(path);
}

void CaseFilePanel::exportTo(const QString &path)
{
    if (m_exportJob)
        return;
    m_exportJob = new CaseExportJob(m_workspace->storePath(), m_model->filter(), CaseExportJob::formatFor(path), path, this);
    auto *progress = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress->setWindowTitle(tr("Export"));
    progress->setMinimumDuration(500);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_exportJob, &CaseExportJob::cancel);
    connect(m_exportJob, &CaseExportJob::progress, progress, [progress](qint64 rows, qint64 total) {
        progress->setValue(total > 0 ? int(rows * 100 / total) : 0);
    });
    connect(m_exportJob, &CaseExportJob::finished, this, [this, progress, path](qint64 rows, const QString &error) {
        progress->deleteLater();
        m_exportJob->deleteLater();
        m_exportJob = nullptr;
        if (!error.isEmpty() && isVisible())
            QMessageBox::warning(this, tr("Export"), tr("The export to %1 did not complete: %2").arg(path, error));
        Q_EMIT exportFinished(rows, error);
    });
    m_exportJob->start();
}

void CaseFilePanel::clearFilters()
{
    m_filling = true;
    m_authority->setCurrentIndex(0);
    m_taskForce->setCurrentIndex(0);
    fillProcedures();
    m_procedure->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_dueDays->setValue(CaseFileFilter().dueWithinDays);
    m_search->clear();
    m_officer->clear();
    m_filling = false;
    m_workspace->setFocusAuthority({});
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
    out << quint8(2) << m_authority->currentData().toString() << m_taskForce->currentData().toString()
        << m_procedure->currentData().toString() << m_state->currentData().toInt() << m_dueDays->value()
        << m_officer->text() << m_split->saveState();
    return state;
}

void CaseFilePanel::restoreState(const QByteArray &state)
{
    // The protocol search starts empty: it is a look-up, not a setting.
    QDataStream in(state);
    quint8 version = 0;
    QString authority, taskForce, procedure, officer;
    int caseState = 0, dueDays = CaseFileFilter().dueWithinDays;
    QByteArray split;
    in >> version >> authority >> taskForce >> procedure >> caseState >> dueDays >> officer >> split;
    if (in.status() != QDataStream::Ok || version != 2)
        return;
    m_filling = true;
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(authority)));
    m_taskForce->setCurrentIndex(std::max(0, m_taskForce->findData(taskForce)));
    fillProcedures();
    m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(procedure)));
    m_state->setCurrentIndex(std::max(0, m_state->findData(caseState)));
    m_dueDays->setValue(dueDays);
    m_officer->setText(officer);
    m_split->restoreState(split);
    m_filling = false;
    // The authority chosen here is the one every view follows.
    m_workspace->setFocusAuthority(m_authority->currentData().toString());
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
