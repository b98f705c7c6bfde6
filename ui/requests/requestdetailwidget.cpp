#include "requestdetailwidget.h"

#include "documentspanel.h"

#include "core/domain/requestlabels.h"
#include "core/requests/requestservice.h"
#include "core/requests/requesttimeline.h"
#include "core/requests/visitqueries.h"
#include "core/store/requeststore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QList<RequestMove> kActions{RequestMove::Submit, RequestMove::Accept, RequestMove::Reject, RequestMove::Assign,
                                  RequestMove::Start, RequestMove::Complete, RequestMove::Withdraw};

QLabel *valueLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
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
        html += u"<p><span style=\"color:#666\">%1 · %2</span><br>%3%4%5</p>"_s.arg(
            e.at.left(16).replace(u'T', u' ').toHtmlEscaped(), e.who.toHtmlEscaped(), what,
            e.detail.isEmpty() ? QString() : u" <i>(%1)</i>"_s.arg(e.detail.toHtmlEscaped()),
            e.pending ? RequestDetailWidget::tr(" — <i>not sent yet</i>") : QString());
    }
    return html;
}

} // namespace

RequestDetailWidget::RequestDetailWidget(QWidget *parent)
    : QWidget(parent)
    , askInput(askWithDialog)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel;
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    m_fields = new QFormLayout;
    m_authority = valueLabel();
    m_taskForce = valueLabel();
    m_procedures = valueLabel();
    m_kind = valueLabel();
    m_priority = valueLabel();
    m_status = valueLabel();
    m_experts = valueLabel();
    m_reason = valueLabel();
    m_fields->addRow(tr("Authority:"), m_authority);
    m_fields->addRow(tr("Task force:"), m_taskForce);
    m_fields->addRow(tr("Procedures:"), m_procedures);
    m_fields->addRow(tr("Kind:"), m_kind);
    m_fields->addRow(tr("Priority:"), m_priority);
    m_fields->addRow(tr("Status:"), m_status);
    m_fields->addRow(tr("Experts:"), m_experts);
    m_fields->addRow(tr("Notes:"), m_reason);
    layout->addLayout(m_fields);
    m_description = valueLabel();
    layout->addWidget(m_description);

    auto *actions = new QHBoxLayout;
    for (RequestMove move : kActions) {
        auto *button = new QPushButton(RequestWorkflow::moveLabel(move));
        button->setObjectName(u"action_"_s + RequestWorkflow::moveName(move));
        connect(button, &QPushButton::clicked, this, [this, move] { runMove(move); });
        m_buttons.insert(move, button);
        actions->addWidget(button);
    }
    actions->addStretch();
    layout->addLayout(actions);

    m_layout = layout;
    layout->addWidget(new QLabel(tr("Timeline")));
    m_timeline = new QTextBrowser;
    layout->addWidget(m_timeline, 1);
    m_comment = new QLineEdit;
    m_comment->setPlaceholderText(tr("Write a message and press Enter"));
    connect(m_comment, &QLineEdit::returnPressed, this, &RequestDetailWidget::addComment);
    layout->addWidget(m_comment);
    setEnabled(false);
}

void RequestDetailWidget::showDocuments(Workspace *workspace)
{
    if (m_documents)
        return;
    m_documents = new DocumentsPanel(workspace, this);
    connect(m_documents, &DocumentsPanel::failed, this, &RequestDetailWidget::failed);
    // Above the timeline's heading.
    m_layout->insertWidget(m_layout->indexOf(m_timeline) - 1, m_documents);
    m_documents->showRequest(m_id);
}

void RequestDetailWidget::setDatabase(QSqlDatabase db, const std::optional<WorkflowActor> &actor)
{
    m_db = db;
    m_actor = actor;
    showRequest(m_id);
}

void RequestDetailWidget::showRequest(const QString &id)
{
    m_id = id;
    if (m_documents)
        m_documents->showRequest(id);
    const auto r = m_db.isOpen() && !id.isEmpty() ? RequestStore(m_db).findRequest(id) : std::nullopt;
    setEnabled(r.has_value());
    if (!r) {
        m_title->setText(tr("Choose a request in the list"));
        m_timeline->clear();
        return;
    }
    m_title->setText(r->subject);
    m_title->setToolTip(r->subject);
    m_authority->setText(u"%1 (%2)"_s.arg(authorityName(m_db, r->authorityIstat), r->authorityIstat));
    m_taskForce->setText(r->taskForceCode);
    m_procedures->setText(r->procedureCodes.join(u", "_s));
    m_kind->setText(requestKindLabel(r->kind));
    m_priority->setText(priorityLabel(r->priority));
    m_status->setText(requestStatusLabel(r->status));
    m_experts->setText(r->assignedExperts.isEmpty() ? tr("none yet") : r->assignedExperts.join(u", "_s));
    m_reason->setText(!r->closingSummary.isEmpty() ? r->closingSummary : r->statusReason);
    m_description->setText(r->description);
    m_timeline->setHtml(timelineHtml(requestTimeline(m_db, id)));
    refreshActions();
}

void RequestDetailWidget::refreshActions()
{
    const auto r = RequestStore(m_db).findRequest(m_id);
    for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it) {
        if (!m_actor || !r) {
            it.value()->setEnabled(false);
            it.value()->setToolTip(tr("Sign in to the portal once to act on requests"));
            continue;
        }
        const MoveVerdict verdict = RequestWorkflow::check(it.key(), *m_actor, *r);
        it.value()->setEnabled(verdict.allowed);
        it.value()->setToolTip(verdict.allowed ? RequestWorkflow::moveLabel(it.key()) : verdict.message);
    }
    const bool mayComment = m_actor && r && RequestWorkflow::check(RequestMove::Comment, *m_actor, *r).allowed;
    m_comment->setEnabled(mayComment);
}

void RequestDetailWidget::runMove(RequestMove move)
{
    if (!m_actor)
        return;
    const auto input = askInput(move, this);
    if (!input)
        return;
    RequestService service(m_db, *m_actor);
    if (!service.move(m_id, move, *input)) {
        Q_EMIT failed(service.error());
        return;
    }
    showRequest(m_id);
    Q_EMIT requestChanged(m_id);
}

void RequestDetailWidget::addComment()
{
    if (!m_actor || m_comment->text().trimmed().isEmpty())
        return;
    RequestService service(m_db, *m_actor);
    if (!service.comment(m_id, m_comment->text())) {
        Q_EMIT failed(service.error());
        return;
    }
    m_comment->clear();
    showRequest(m_id);
    Q_EMIT requestChanged(m_id);
}

} // namespace pass
