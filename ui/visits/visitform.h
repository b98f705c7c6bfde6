#pragma once

#include "core/domain/requestworkflow.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pass {

class Workspace;

// The expert's visit form, made for the keyboard: the date defaults to today, the authority and
// the request complete as you type, Ctrl+Enter saves and clears the form for the next visit
// (date and authority stay). Saved through the workspace's RequestService: offline, into the
// outbox.
class VisitForm : public QWidget
{
    Q_OBJECT

public:
    explicit VisitForm(Workspace *workspace, QWidget *parent = nullptr);

    // Reads the signed-in account and the requests open to its visits again (after a sync).
    void reloadChoices();
    // Starts a visit for this request (from a request's detail).
    void startFor(const QString &requestId);

    QDateEdit *date() const { return m_date; }
    QLineEdit *authority() const { return m_authority; }
    QComboBox *request() const { return m_request; }
    QLineEdit *start() const { return m_start; }
    QLineEdit *end() const { return m_end; }
    QDoubleSpinBox *hours() const { return m_hours; }
    QComboBox *mode() const { return m_mode; }
    QLineEdit *participants() const { return m_participants; }
    QPlainTextEdit *activities() const { return m_activities; }
    QLineEdit *outcome() const { return m_outcome; }
    QLineEdit *followUp() const { return m_followUp; }
    QDateEdit *followUpDue() const { return m_followUpDue; }
    QLabel *message() const { return m_message; }
    // The time the last save took in the store (the benchmark reads it), in milliseconds.
    double lastSaveMs() const { return m_lastSaveMs; }

public Q_SLOTS:
    // Saves the visit; on success clears the form for the next one. False with message() set.
    bool save();

Q_SIGNALS:
    void saved(const QString &visitId);

protected:
    // Ctrl+Enter inside "what was done" saves too (the text box would take it as a new line).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillRequests();

    Workspace *m_workspace;
    std::optional<WorkflowActor> m_actor;
    QDateEdit *m_date;
    QLineEdit *m_authority;
    QComboBox *m_request;
    QLineEdit *m_start;
    QLineEdit *m_end;
    QDoubleSpinBox *m_hours;
    QComboBox *m_mode;
    QLineEdit *m_participants;
    QPlainTextEdit *m_activities;
    QLineEdit *m_outcome;
    QLineEdit *m_followUp;
    QDateEdit *m_followUpDue;
    QLabel *m_message;
    QHash<QString, QString> m_authorityByName; // name → ISTAT
    double m_lastSaveMs = 0;
};

} // namespace pass
