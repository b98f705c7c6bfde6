#include "requestsview.h"

#include "newrequestdialog.h"
#include "requestdetailwidget.h"
#include "requestlistmodel.h"

#include "core/domain/requestlabels.h"
#include "core/store/referencestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QList<RequestStatus> kStatuses{RequestStatus::Draft,     RequestStatus::Submitted, RequestStatus::Accepted,
                                     RequestStatus::Assigned,  RequestStatus::InProgress, RequestStatus::Completed,
                                     RequestStatus::Rejected,  RequestStatus::Withdrawn};

} // namespace

RequestsView::RequestsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequestListModel(this))
{
    auto *filters = new QHBoxLayout;
    m_status = new QComboBox;
    m_status->setObjectName(u"statusFilter"_s);
    m_status->addItem(tr("All statuses"));
    for (RequestStatus s : kStatuses)
        m_status->addItem(requestStatusLabel(s), int(s));
    m_taskForce = new QComboBox;
    m_taskForce->addItem(tr("All task forces"));
    m_authority = new QLineEdit;
    m_authority->setPlaceholderText(tr("Authority (ISTAT code)"));
    m_authority->setClearButtonEnabled(true);
    m_mine = new QCheckBox(tr("Assigned to &me"));
    m_overdue = new QCheckBox(tr("&Overdue follow-ups"));
    m_new = new QPushButton(tr("&New request…"));
    filters->addWidget(m_status);
    filters->addWidget(m_taskForce);
    filters->addWidget(m_authority);
    filters->addWidget(m_mine);
    filters->addWidget(m_overdue);
    filters->addStretch();
    filters->addWidget(m_new);

    m_counts = new QLabel;
    m_counts->setObjectName(u"statusCounts"_s);
    m_counts->setWordWrap(true);

    m_table = new QTableView;
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestListModel::Subject, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RequestListModel::TaskForce, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(RequestListModel::TaskForce, 150);
    m_table->horizontalHeader()->setSectionResizeMode(RequestListModel::Experts, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(RequestListModel::Experts, 160);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_detail = new RequestDetailWidget;

    auto *splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({880, 560});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_counts);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &RequestsView::applyFilter);
    connect(m_taskForce, &QComboBox::currentIndexChanged, this, &RequestsView::applyFilter);
    connect(m_authority, &QLineEdit::editingFinished, this, &RequestsView::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &RequestsView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &RequestsView::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &RequestsView::newRequest);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsView::showSelected);
    connect(m_detail, &RequestDetailWidget::requestChanged, this, [this](const QString &id) {
        refresh();
        m_detail->showRequest(id);
    });
}

void RequestsView::setDatabase(QSqlDatabase db, const std::optional<WorkflowActor> &actor)
{
    m_db = db;
    m_actor = actor;
    m_taskForce->blockSignals(true);
    while (m_taskForce->count() > 1)
        m_taskForce->removeItem(1);
    for (const TaskForce &tf : ReferenceStore(db).taskForces())
        m_taskForce->addItem(tf.nameIt, tf.code);
    m_taskForce->blockSignals(false);
    m_mine->setEnabled(actor && actor->role == UserRole::Expert);
    m_new->setEnabled(actor && actor->role == UserRole::Authority);
    m_new->setToolTip(m_new->isEnabled() ? QString()
                                         : RequestWorkflow::check(RequestMove::Create,
                                                                  actor.value_or(WorkflowActor{}), SupportRequest{})
                                               .message);
    m_model->setDatabase(db);
    m_detail->setDatabase(db, actor);
    applyFilter();
}

void RequestsView::refresh()
{
    const QString current = m_detail->requestId();
    m_model->reload();
    updateCounts();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row)->id == current) {
            m_table->selectRow(row);
            break;
        }
    }
}

void RequestsView::applyFilter()
{
    RequestFilter f;
    if (m_status->currentIndex() > 0)
        f.status = RequestStatus(m_status->currentData().toInt());
    f.taskForce = m_taskForce->currentData().toString();
    f.authority = m_authority->text().trimmed();
    if (m_mine->isChecked() && m_actor)
        f.assignedTo = m_actor->username;
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
    if (!m_db.isOpen())
        return;
    const auto counts = RequestListQuery(m_db).countsByStatus(m_model->filter());
    QStringList parts;
    for (RequestStatus s : kStatuses)
        parts << u"%1: <b>%2</b>"_s.arg(requestStatusLabel(s)).arg(counts.value(s));
    m_counts->setText(tr("%n request(s) shown", nullptr, m_model->total()) + u" — "_s + parts.join(u" · "_s));
}

void RequestsView::showSelected()
{
    const RequestRow *row = m_model->row(m_table->currentIndex().row());
    m_detail->showRequest(row ? row->id : QString());
}

void RequestsView::newRequest()
{
    if (!m_actor)
        return;
    NewRequestDialog dialog(m_db, *m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_detail->showRequest(dialog.requestId());
}

} // namespace pass
