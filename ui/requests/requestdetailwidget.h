#pragma once

#include "core/domain/requestworkflow.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace pass {

class DocumentsPanel;
class Workspace;

// One support request: its fields, experts, the timeline (status changes, messages, visits) and
// the actions the signed-in role allows. A disabled action says why in its tooltip, in the rule
// table's words; a comment line adds a message.
class RequestDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailWidget(QWidget *parent = nullptr);

    void setDatabase(QSqlDatabase db, const std::optional<WorkflowActor> &actor);
    void showRequest(const QString &id);
    // Adds the request's documents (DocumentsPanel) above the timeline, over the workspace.
    void showDocuments(Workspace *workspace);
    DocumentsPanel *documents() const { return m_documents; }
    QString requestId() const { return m_id; }

    QPushButton *actionButton(RequestMove move) const { return m_buttons.value(move); }
    QLineEdit *commentEdit() const { return m_comment; }
    QTextBrowser *timeline() const { return m_timeline; }

    // Asks for what a move needs (reason, experts, summary); tests replace it.
    std::function<std::optional<MoveInput>(RequestMove, QWidget *)> askInput;

Q_SIGNALS:
    // A move or a comment was saved in the store.
    void requestChanged(const QString &id);
    void failed(const QString &message);

private:
    void runMove(RequestMove move);
    void addComment();
    void refreshActions();

    QSqlDatabase m_db;
    std::optional<WorkflowActor> m_actor;
    QString m_id;
    QLabel *m_title;
    QFormLayout *m_fields;
    QLabel *m_authority, *m_taskForce, *m_kind, *m_status, *m_priority, *m_experts, *m_procedures, *m_reason;
    QLabel *m_description;
    QTextBrowser *m_timeline;
    QLineEdit *m_comment;
    QVBoxLayout *m_layout = nullptr;
    DocumentsPanel *m_documents = nullptr;
    QHash<RequestMove, QPushButton *> m_buttons;
};

} // namespace pass
