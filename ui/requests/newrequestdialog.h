#pragma once

#include "core/domain/requestworkflow.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pass {

class Workspace;

// A new support request of the user's authority: task force, then the procedures of that task
// force, kind, subject, description, priority. Saved as a draft on this PC, or submitted at once.
class NewRequestDialog : public QDialog
{
    Q_OBJECT

public:
    NewRequestDialog(Workspace *workspace, WorkflowActor actor, QWidget *parent = nullptr);

    QString requestId() const { return m_id; }
    QComboBox *taskForce() const { return m_taskForce; }
    QListWidget *procedures() const { return m_procedures; }
    QLineEdit *subject() const { return m_subject; }
    QPushButton *saveDraftButton() const { return m_draft; }
    QPushButton *submitButton() const { return m_submit; }

private:
    void fillProcedures();
    void save(bool submit);

    Workspace *m_workspace;
    WorkflowActor m_actor;
    QString m_id;
    QComboBox *m_taskForce;
    QListWidget *m_procedures;
    QComboBox *m_kind;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QComboBox *m_priority;
    QLabel *m_error;
    QPushButton *m_draft;
    QPushButton *m_submit;
};

} // namespace pass
