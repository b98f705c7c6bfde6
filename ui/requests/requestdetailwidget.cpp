#include "requestdetailwidget.h"

#include "documentspanel.h"

#include "core/domain/requestlabels.h"
#include "core/workspace/workspace.h"
#include "ui/common/visitcountersign.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QList<RequestMove> kActions{RequestMove::Submit, RequestMove::Accept, RequestMove::Reject, RequestMove::Assign,
                                  RequestMove::Start, RequestMove::Complete, RequestMove::Withdraw};

QLabel *valueLabel(const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

// The default way to ask: one line of text for the move's reason, experts or summary.
std::optional<MoveInput> askWithDialog(RequestMove move, QWidget *parent)
{
    bool ok = false;
    MoveInput input;
    switch (move) {
    case RequestMove::Reject:
    case RequestMove::Withdraw:
        input.reason = QInputDialog::getMultiLineText(parent, RequestWorkflow::moveLabel(move),
                                                      RequestDetailWidget::tr("Reason:"), {}, &ok);
        break;
    case RequestMove::Assign:
        input.experts = QInputDialog::getText(parent, RequestWorkflow::moveLabel(move),
                                              RequestDetailWidget::tr("Experts (user names, separated by commas):"),
                                              QLineEdit::Normal, {}, &ok)
                            .split(u',', Qt::SkipEmptyParts);
        for (QString &e : input.experts)
            e = e.trimmed();
        break;
    case RequestMove::Complete:
        input.summary = QInputDialog::getMultiLineText(parent, RequestWorkflow::moveLabel(move),
                                                       RequestDetailWidget::tr("Closing summary:"), {}, &ok);
        break;
    default:
        ok = true;
    }
    return ok ? std::optional(input) : std::nullopt;
}

QString timelineHtml(const QList<TimelineEntry> &entries)
{
    QString html;
    for (const TimelineEntry &e : entries) {
        QString what;
        switch (e.kind) {
        case TimelineEntry::Kind::Status:
            what = RequestDetailWidget::tr("status: <b>%1</b>")
                       .arg(requestStatusLabel(requestStatusFromWireName(e.text).value_or(RequestStatus::Draft)));
            break;
        case TimelineEntry::Kind::Message:
            what = RequestDetailWidget::tr("message: %1").arg(e.text.toHtmlEscaped());
            break;
        case TimelineEntry::Kind::Visit:
            what = RequestDetailWidget::tr("visit: %1").arg(e.text.toHtmlEscaped());
            break;
        }
        html += u"<p><span style=\"color:#555\">%1 · %2</span><br>%3%4%5</p>"_s.arg(
            e.at.left(16).replace(u'T', u' ').toHtmlEscaped(), e.who.toHtmlEscaped(), what,
            e.detail.isEmpty() ? QString() : u" <i>(%1)</i>"_s.arg(e.detail.toHtmlEscaped()),
            e.pending ? RequestDetailWidget::tr(" — <i>not sent yet</i>") : QString());
    }
    return html;
}

} // namespace

RequestDetailWidget::RequestDetailWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , askInput(askWithDialog)
    , m_workspace(workspace)
{
    m_title = new QLabel;
    m_title->setObjectName(u"requestTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);

    m_fields = new QFormLayout;
    m_authority = valueLabel(tr("Authority"));
    m_taskForce = valueLabel(tr("Task force"));
    m_procedures = valueLabel(tr("Procedures"));
    m_kind = valueLabel(tr("Kind"));
    m_priority = valueLabel(tr("Priority"));
    m_status = valueLabel(tr("Status"));
    m_experts = valueLabel(tr("Experts"));
    m_reason = valueLabel(tr("Notes"));
    m_fields->addRow(tr("Authority:"), m_authority);
    m_fields->addRow(tr("Task force:"), m_taskForce);
    m_fields->addRow(tr("Procedures:"), m_procedures);
    m_fields->addRow(tr("Kind:"), m_kind);
    m_fields->addRow(tr("Priority:"), m_priority);
    m_fields->addRow(tr("Status:"), m_status);
    m_fields->addRow(tr("Experts:"), m_experts);
    m_fields->addRow(tr("Notes:"), m_reason);
    m_description = valueLabel(tr("Description"));

    // The actions in two rows, so that the detail fits beside or under the list.
    auto *actions = new QGridLayout;
    for (int i = 0; i < kActions.size(); ++i) {
        const RequestMove move = kActions.at(i);
        auto *button = new QPushButton(RequestWorkflow::moveLabel(move));
        button->setObjectName(u"action_"_s + RequestWorkflow::moveName(move));
        button->setAccessibleName(RequestWorkflow::moveLabel(move));
        connect(button, &QPushButton::clicked, this, [this, move] { runMove(move); });
        m_buttons.insert(move, button);
        actions->addWidget(button, i / 4, i % 4);
    }
    m_refusals = new QLabel;
    m_refusals->setObjectName(u"refusals"_s);
    m_refusals->setWordWrap(true);
    m_refusals->setStyleSheet(u"color: #555"_s);
    m_refusals->setAccessibleName(tr("Why some actions are not available"));

    auto *visitsLabel = new QLabel(tr("&Visits of this request"));
    m_visits = new QTableWidget(0, 4);
    m_visits->setObjectName(u"requestVisits"_s);
    m_visits->setAccessibleName(tr("Visits of this request"));
    visitsLabel->setBuddy(m_visits);
    m_visits->setHorizontalHeaderLabels({tr("Date"), tr("Expert"), tr("Hours"), tr("Confirmation")});
    m_visits->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_visits->horizontalHeader()->setStretchLastSection(true);
    m_visits->verticalHeader()->hide();
    m_visits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_visits->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_visits->setSelectionMode(QAbstractItemView::SingleSelection);
    m_visits->setTabKeyNavigation(false);
    m_confirm = new QPushButton(tr("Con&firm visit"));
    m_confirm->setObjectName(u"confirmVisit"_s);
    m_dispute = new QPushButton(tr("Dis&pute visit…"));
    m_dispute->setObjectName(u"disputeVisit"_s);
    auto *visitActions = new QHBoxLayout;
    visitActions->addWidget(m_confirm);
    visitActions->addWidget(m_dispute);
    visitActions->addStretch();

    auto *left = new QVBoxLayout;
    left->addLayout(m_fields);
    left->addLayout(actions);
    left->addWidget(m_refusals);
    left->addWidget(visitsLabel);
    left->addWidget(m_visits, 1);
    left->addLayout(visitActions);

    auto *timelineLabel = new QLabel(tr("&Timeline"));
    m_timeline = new QTextBrowser;
    m_timeline->setAccessibleName(tr("Timeline"));
    timelineLabel->setBuddy(m_timeline);
    m_comment = new QLineEdit;
    m_comment->setAccessibleName(tr("New message"));
    m_comment->setPlaceholderText(tr("Write a message and press Enter"));
    m_documents = new DocumentsPanel(workspace, this);
    connect(m_documents, &DocumentsPanel::failed, this, &RequestDetailWidget::failed);

    auto *right = new QVBoxLayout;
    right->addWidget(m_description);
    right->addWidget(m_documents);
    right->addWidget(timelineLabel);
    right->addWidget(m_timeline, 1);
    right->addWidget(m_comment);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(columns, 1);

    connect(m_comment, &QLineEdit::returnPressed, this, &RequestDetailWidget::addComment);
    connect(m_visits, &QTableWidget::itemSelectionChanged, this, &RequestDetailWidget::refreshVisitActions);
    m_countersign = new VisitCountersign(workspace, m_confirm, m_dispute, this);
    connect(m_countersign, &VisitCountersign::countersigned, this, [this] { showRequest(m_id); });
    connect(m_countersign, &VisitCountersign::failed, this, &RequestDetailWidget::failed);
    // What the detail shows changes with the request, its visits and messages, and with the
    // account (a first sign-in learns the role).
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        using E = ChangeSet::Entity;
        if (m_id.isEmpty())
            return;
        if (changes.touches(E::SupportRequest) || changes.touches(E::Visit) || changes.touches(E::RequestMessage)
            || changes.touches(E::Outbox) || changes.touches(E::SyncState))
            showRequest(m_id);
    });
    showRequest({});
}

void RequestDetailWidget::showRequest(const QString &id)
{
    m_id = id;
    m_documents->showRequest(id);
    const RequestDesk desk = m_workspace->requests();
    const auto r = id.isEmpty() ? std::nullopt : desk.request(id);
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        w->setEnabled(r.has_value());
    m_title->setEnabled(true);
    if (!r) {
        m_title->setText(tr("Choose a request in the list"));
        for (QLabel *l : {m_authority, m_taskForce, m_procedures, m_kind, m_priority, m_status, m_experts, m_reason,
                          m_description, m_refusals})
            l->clear();
        m_timeline->clear();
        m_visits->setRowCount(0);
        return;
    }
    m_title->setText(r->subject);
    m_authority->setText(u"%1 (%2)"_s.arg(desk.authorityName(r->authorityIstat), r->authorityIstat));
    QString taskForce = r->taskForceCode;
    for (const TaskForce &tf : m_workspace->taskForces()) {
        if (tf.code == r->taskForceCode)
            taskForce = tf.nameIt;
    }
    m_taskForce->setText(taskForce);
    m_procedures->setText(r->procedureCodes.join(u", "_s));
    m_kind->setText(requestKindLabel(r->kind));
    m_priority->setText(priorityLabel(r->priority));
    m_status->setText(requestStatusLabel(r->status));
    m_experts->setText(r->assignedExperts.isEmpty() ? tr("none yet") : r->assignedExperts.join(u", "_s));
    m_reason->setText(!r->closingSummary.isEmpty() ? r->closingSummary : r->statusReason);
    m_description->setText(r->description);
    m_timeline->setHtml(timelineHtml(desk.timeline(id)));
    refreshActions(&*r);
    fillVisits();
}

void RequestDetailWidget::refreshActions(const SupportRequest *r)
{
    const RequestDesk desk = m_workspace->requests();
    const auto actor = desk.actor();
    QStringList refused;
    for (RequestMove move : kActions) {
        QPushButton *button = m_buttons.value(move);
        if (!actor) {
            button->setEnabled(false);
            button->setToolTip(tr("Sign in to the portal once to act on requests"));
            continue;
        }
        const MoveVerdict verdict = RequestWorkflow::check(move, *actor, *r);
        button->setEnabled(verdict.allowed);
        button->setToolTip(verdict.allowed ? RequestWorkflow::moveLabel(move) : verdict.message);
        button->setAccessibleDescription(verdict.allowed ? QString() : verdict.message);
        // The moves this request's state allows but the role does not: the reason people ask for.
        if (verdict.kind == MoveVerdict::Kind::Who)
            refused << u"<b>%1</b>: %2"_s.arg(RequestWorkflow::moveLabel(move).toHtmlEscaped(), verdict.message.toHtmlEscaped());
    }
    m_refusals->setText(!actor ? tr("Sign in to the portal once to act on requests") : refused.join(u" · "_s));
    m_refusals->setVisible(!m_refusals->text().isEmpty());
    m_comment->setEnabled(actor && RequestWorkflow::check(RequestMove::Comment, *actor, *r).allowed);
}

void RequestDetailWidget::fillVisits()
{
    VisitFilter filter;
    filter.requestId = m_id;
    const QList<VisitLogRow> rows = m_workspace->requests().visits(filter);
    const QString selected = m_visits->currentRow() >= 0 && m_visits->item(m_visits->currentRow(), 0)
        ? m_visits->item(m_visits->currentRow(), 0)->data(Qt::UserRole).toString()
        : QString();
    m_visits->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const VisitLogRow &v = rows.at(i);
        const QString confirmation = v.confirmationNote.isEmpty()
            ? visitConfirmationLabel(v.confirmation)
            : u"%1: %2"_s.arg(visitConfirmationLabel(v.confirmation), v.confirmationNote);
        const QStringList cells{QLocale().toString(v.date, QLocale::ShortFormat), v.expert,
                                QLocale().toString(v.hours, 'f', 1), confirmation};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, v.id);
            item->setToolTip(c == 3 ? confirmation : v.activities);
            m_visits->setItem(i, c, item);
        }
        if (v.id == selected)
            m_visits->selectRow(i);
    }
    if (m_visits->currentRow() < 0 && !rows.isEmpty())
        m_visits->selectRow(0);
    refreshVisitActions();
}

void RequestDetailWidget::refreshVisitActions()
{
    const QTableWidgetItem *item = m_visits->currentRow() >= 0 ? m_visits->item(m_visits->currentRow(), 0) : nullptr;
    m_countersign->setVisit(item ? item->data(Qt::UserRole).toString() : QString());
}

void RequestDetailWidget::runMove(RequestMove move)
{
    const auto input = askInput(move, this);
    if (!input)
        return;
    RequestService service = m_workspace->requests().service();
    if (!service.move(m_id, move, *input)) {
        Q_EMIT failed(service.error());
        return;
    }
    showRequest(m_id); // the workspace announces it too; showing it now keeps the focus here
}

void RequestDetailWidget::addComment()
{
    if (m_comment->text().trimmed().isEmpty())
        return;
    RequestService service = m_workspace->requests().service();
    if (!service.comment(m_id, m_comment->text())) {
        Q_EMIT failed(service.error());
        return;
    }
    m_comment->clear();
    showRequest(m_id);
}

} // namespace pass
