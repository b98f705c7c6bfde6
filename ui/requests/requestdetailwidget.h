#pragma once

#include "core/domain/requestworkflow.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace pass {

class DocumentsPanel;
class VisitCountersign;
class Workspace;

// One support request: its fields, experts, the actions the signed-in role allows, the
// timeline (status changes, messages, visits), its documents, the request's visits with the authority's
// confirm / dispute, and a line for a message. A disabled action says why in its tooltip, in the
// rule table's words; the moves the role cannot make are listed with their reason under the
// buttons. Reads and writes through the Workspace; refreshed by its owner on changes.
class RequestDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailWidget(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the request (empty: none); reads it again when called with the same id.
    void showRequest(const QString &id);
    QString requestId() const { return m_id; }

    QPushButton *actionButton(RequestMove move) const { return m_buttons.value(move); }
    QLabel *refusals() const { return m_refusals; }
    QLineEdit *commentEdit() const { return m_comment; }
    QTextBrowser *timeline() const { return m_timeline; }
    QTableWidget *visits() const { return m_visits; }
    QPushButton *confirmVisitButton() const { return m_confirm; }
    QPushButton *disputeVisitButton() const { return m_dispute; }
    DocumentsPanel *documents() const { return m_documents; }

    // Asks for what a move needs (reason, experts, summary); tests replace it.
    std::function<std::optional<MoveInput>(RequestMove, QWidget *)> askInput;
    VisitCountersign *countersign() const { return m_countersign; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void runMove(RequestMove move);
    void addComment();
    void refreshActions(const SupportRequest *r);
    void fillVisits();
    void refreshVisitActions();

    Workspace *m_workspace;
    QString m_id;
    QLabel *m_title;
    QFormLayout *m_fields;
    QLabel *m_authority, *m_taskForce, *m_kind, *m_status, *m_priority, *m_experts, *m_procedures, *m_reason;
    QLabel *m_description;
    QLabel *m_refusals;
    QTextBrowser *m_timeline;
    QLineEdit *m_comment;
    QTableWidget *m_visits;
    QPushButton *m_confirm;
    QPushButton *m_dispute;
    VisitCountersign *m_countersign;
    DocumentsPanel *m_documents;
    QHash<RequestMove, QPushButton *> m_buttons;
};

} // namespace pass
