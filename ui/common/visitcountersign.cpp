#include "visitcountersign.h"

#include "core/workspace/workspace.h"

#include <QInputDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

std::optional<QString> askNoteWithDialog(QWidget *parent)
{
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(parent, VisitCountersign::tr("Dispute the visit"),
                                                        VisitCountersign::tr("What does not match:"), {}, &ok);
    return ok ? std::optional(note) : std::nullopt;
}

} // namespace

VisitCountersign::VisitCountersign(Workspace *workspace, QPushButton *confirm, QPushButton *dispute, QWidget *parent)
    : QObject(parent)
    , askNote(askNoteWithDialog)
    , m_workspace(workspace)
    , m_parent(parent)
    , m_confirm(confirm)
    , m_dispute(dispute)
{
    connect(m_confirm, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_dispute, &QPushButton::clicked, this, [this] { run(false); });
    setVisit({});
}

void VisitCountersign::setVisit(const QString &visitId)
{
    m_visit = visitId;
    const RequestDesk desk = m_workspace->requests();
    const auto actor = desk.actor();
    const auto visit = visitId.isEmpty() ? std::nullopt : desk.visit(visitId);
    const auto request = visit ? desk.request(visit->requestId) : std::nullopt;
    for (auto [button, move] : {std::pair{m_confirm, RequestMove::ConfirmVisit}, std::pair{m_dispute, RequestMove::DisputeVisit}}) {
        if (!actor || !visit || !request) {
            button->setEnabled(false);
            button->setToolTip(!actor ? tr("Sign in to the portal once to act on requests") : tr("Choose a visit"));
            continue;
        }
        // The note is asked afterwards: check the dispute as if it had one.
        const MoveVerdict verdict = RequestWorkflow::checkVisit(move, *actor, *request, &*visit, u"-"_s);
        button->setEnabled(verdict.allowed);
        button->setToolTip(verdict.allowed ? RequestWorkflow::moveLabel(move) : verdict.message);
        button->setAccessibleDescription(verdict.allowed ? QString() : verdict.message);
    }
}

void VisitCountersign::run(bool confirm)
{
    if (m_visit.isEmpty())
        return;
    QString note;
    if (!confirm) {
        const auto asked = askNote(m_parent);
        if (!asked)
            return;
        note = *asked;
    }
    RequestService service = m_workspace->requests().service();
    if (!service.countersign(m_visit, confirm, note)) {
        Q_EMIT failed(service.error());
        return;
    }
    Q_EMIT countersigned(m_visit);
}

} // namespace pass
