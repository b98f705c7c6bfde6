#include "requestsview.h"

#include "newrequestdialog.h"
#include "requestdetailwidget.h"
#include "requestlistmodel.h"

#include "core/domain/requestlabels.h"
#include "core/workspace/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QList<RequestStatus> kStatuses{RequestStatus::Draft,     RequestStatus::Submitted, RequestStatus::Accepted,
                                     RequestStatus::Assigned,  RequestStatus::InProgress, RequestStatus::Completed,
                                     RequestStatus::Rejected,  RequestStatus::Withdrawn};
constexpr quint32 kStateVersion = 1;

} // namespace

RequestsView::RequestsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new RequestListModel(workspace, this))
{
    m_status = new QComboBox;
    m_status->setObjectName(u"statusFilter"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("All statuses"));
    for (RequestStatus s : kStatuses)
        m_status->addItem(requestStatusLabel(s), int(s));
    m_taskForce = new QComboBox;
    m_taskForce->setObjectName(u"taskForceFilter"_s);
    m_taskForce->setAccessibleName(tr("Task force"));
    m_taskForce->addItem(tr("All task forces"));
    for (const TaskForce &tf : workspace->taskForces())
        m_taskForce->addItem(tf.nameIt, tf.code);
    m_authority = new QComboBox;
    m_authority->setObjectName(u"authorityFilter"_s);
    m_authority->setAccessibleName(tr("Authority"));
    m_authority->setEditable(true);
    m_authority->setInsertPolicy(QComboBox::NoInsert);
    m_authority->setMinimumContentsLength(18);
    m_authority->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_authority->addItem(tr("All authorities"), QString());
    for (const Authority &a : workspace->authorities()) {
        if (!a.retired)
            m_authority->addItem(a.name, a.istat);
    }
    m_mine = new QCheckBox(tr("Assigned to &me"));
    m_mine->setObjectName(u"mineFilter"_s);
    m_overdue = new QCheckBox(tr("&Overdue follow-ups"));
    m_overdue->setObjectName(u"overdueFilter"_s);
    m_new = new QAction(tr("&New request…"), this);
    m_new->setObjectName(u"newRequest"_s);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_new);

    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"));
    filterLabel->setBuddy(m_status);
    filters->addWidget(filterLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_taskForce);
    filters->addWidget(m_authority);
    filters->addWidget(m_mine);
    filters->addWidget(m_overdue);
    filters->addStretch();

    m_counts = new QLabel;
    m_counts->setObjectName(u"statusCounts"_s);
    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("Requests per status"));

    m_table = new QTableView;
    m_table->setObjectName(u"requestTable"_s);
    m_table->setAccessibleName(tr("Support requests"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestListModel::Subject, QHeaderView::Stretch);
    header->resizeSection(RequestListModel::Created, 90);
    header->resizeSection(RequestListModel::Authority, 170);
    header->resizeSection(RequestListModel::TaskForce, 190);
    header->resizeSection(RequestListModel::Status, 100);
    header->resizeSection(RequestListModel::Priority, 80);
    header->resizeSection(RequestListModel::Experts, 200);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_detail = new RequestDetailWidget(workspace);

    // The list above, the detail under it: both get the window's full width.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({250, 550});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_counts);
    layout->addWidget(m_splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &RequestsView::applyFilter);
    connect(m_taskForce, &QComboBox::currentIndexChanged, this, &RequestsView::applyFilter);
    connect(m_authority, &QComboBox::activated, this, [this] {
        // Picking an authority here narrows every view to it (the workspace's focus).
        m_workspace->setFocusAuthority(m_authority->currentData().toString());
    });
    connect(m_mine, &QCheckBox::toggled, this, &RequestsView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &RequestsView::applyFilter);
    connect(m_new, &QAction::triggered, this, &RequestsView::newRequest);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsView::showSelected);
    connect(m_detail, &RequestDetailWidget::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Support requests"), message); });
    connect(workspace, &Workspace::changed, this, &RequestsView::onChanged);
    connect(workspace, &Workspace::focusAuthorityChanged, this, &RequestsView::onFocusAuthority);

    updateRoleControls();
    onFocusAuthority(workspace->focusAuthority());
    applyFilter();
}

QList<QAction *> RequestsView::viewActions() const
{
    return {m_new};
}

QWidget *RequestsView::focusTarget()
{
    return m_table;
}

QByteArray RequestsView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateVersion << m_splitter->saveState() << m_status->currentIndex() << m_taskForce->currentIndex()
        << m_mine->isChecked() << m_overdue->isChecked();
    return state;
}

void RequestsView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter;
    int status = 0;
    int taskForce = 0;
    bool mine = false;
    bool overdue = false;
    in >> version >> splitter >> status >> taskForce >> mine >> overdue;
    if (in.status() != QDataStream::Ok || version != kStateVersion)
        return;
    m_splitter->restoreState(splitter);
    const QSignalBlocker blockers[]{QSignalBlocker(m_status), QSignalBlocker(m_taskForce), QSignalBlocker(m_mine),
                                    QSignalBlocker(m_overdue)};
    if (status >= 0 && status < m_status->count())
        m_status->setCurrentIndex(status);
    if (taskForce >= 0 && taskForce < m_taskForce->count())
        m_taskForce->setCurrentIndex(taskForce);
    m_mine->setChecked(mine && m_mine->isEnabled());
    m_overdue->setChecked(overdue);
    applyFilter();
}

void RequestsView::onChanged(const ChangeSet &changes)
{
    using E = ChangeSet::Entity;
    if (changes.touches(E::SyncState))
        updateRoleControls(); // a first sign-in learns the role
    // Visits bring follow-ups (the overdue filter); the outbox marks unsent rows.
    if (changes.touches(E::SupportRequest) || changes.touches(E::Visit) || changes.touches(E::Outbox)
        || changes.touches(E::SyncState))
        reload();
}

void RequestsView::onFocusAuthority(const QString &istat)
{
    const int index = m_authority->findData(istat);
    const QSignalBlocker blocker(m_authority);
    m_authority->setCurrentIndex(index >= 0 ? index : 0);
    applyFilter();
}

void RequestsView::updateRoleControls()
{
    const auto actor = m_workspace->requests().actor();
    const bool expert = actor && actor->role == UserRole::Expert;
    m_mine->setEnabled(expert);
    m_mine->setToolTip(expert ? tr("Only the requests you are assigned to")
                              : tr("Only experts are assigned to requests"));
    if (!expert && m_mine->isChecked())
        m_mine->setChecked(false);
    const MoveVerdict create = RequestWorkflow::check(
        RequestMove::Create, actor.value_or(WorkflowActor{}),
        SupportRequest{{}, actor && !actor->authorities.isEmpty() ? actor->authorities.first() : QString()});
    m_new->setEnabled(actor && create.allowed);
    m_new->setToolTip(!actor ? tr("Sign in to the portal once to act on requests")
                      : create.allowed ? tr("A new request of your authority (Ctrl+Shift+N)")
                                       : create.message);
}

void RequestsView::reload()
{
    const QString current = m_detail->requestId();
    m_model->reload();
    updateCounts();
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_table->selectRow(row);
    }
    m_detail->showRequest(row >= 0 ? current : (m_model->rowCount() > 0 ? m_model->row(0)->id : QString()));
    if (row < 0 && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void RequestsView::applyFilter()
{
    RequestFilter f;
    if (m_status->currentIndex() > 0)
        f.status = RequestStatus(m_status->currentData().toInt());
    f.taskForce = m_taskForce->currentData().toString();
    f.authority = m_authority->currentData().toString();
    const auto actor = m_workspace->requests().actor();
    if (m_mine->isChecked() && actor)
        f.assignedTo = actor->username;
    f.overdueFollowUps = m_overdue->isChecked();
    m_model->setFilter(f);
    updateCounts();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_detail->showRequest({});
}

void RequestsView::updateCounts()
{
    QHash<RequestStatus, int> counts;
    QString error = m_model->readError();
    if (error.isEmpty())
        m_workspace->requests().list().countsByStatus(m_model->filter(), &counts, &error);
    if (!error.isEmpty()) {
        // An unreadable list is not an empty one: say so where the counts are.
        m_counts->setText(tr("The support requests cannot be read from the store: %1").arg(error.toHtmlEscaped()));
        return;
    }
    QStringList parts;
    for (RequestStatus s : kStatuses)
        parts << u"%1 <b>%2</b>"_s.arg(requestStatusLabel(s)).arg(counts.value(s));
    m_counts->setText(tr("%n request(s) shown", nullptr, m_model->total()) + u" — "_s + parts.join(u" · "_s));
}

void RequestsView::showSelected()
{
    const RequestRow *row = m_model->row(m_table->currentIndex().row());
    m_detail->showRequest(row ? row->id : QString());
}

void RequestsView::newRequest()
{
    const auto actor = m_workspace->requests().actor();
    if (!actor)
        return;
    NewRequestDialog dialog(m_workspace, *actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The workspace announces the new row; select it now so that the detail shows it.
    m_model->reload();
    updateCounts();
    const int row = m_model->rowOf(dialog.requestId());
    if (row >= 0)
        m_table->selectRow(row);
}

} // namespace pass
