#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QPushButton;
class QWidget;

namespace pass {

class Workspace;

// The authority's countersignature of one visit, wherever a visit is shown (a request's detail,
// the Visits view): the Confirm and Dispute buttons, enabled by the workflow's rule table for the
// signed-in account with the rule's words when refused, the dispute's note asked for, and the
// command run through the workspace.
class VisitCountersign : public QObject
{
    Q_OBJECT
public:
    VisitCountersign(Workspace *workspace, QPushButton *confirm, QPushButton *dispute, QWidget *parent);

    // The visit the buttons act on (empty: none); reads the rules again.
    void setVisit(const QString &visitId);
    QString visit() const { return m_visit; }

    // Asks for a dispute's note (nullopt: cancelled); tests replace it.
    std::function<std::optional<QString>(QWidget *)> askNote;

Q_SIGNALS:
    // The confirmation or dispute was saved.
    void countersigned(const QString &visitId);
    void failed(const QString &message);

private:
    void run(bool confirm);

    Workspace *m_workspace;
    QWidget *m_parent;
    QPushButton *m_confirm;
    QPushButton *m_dispute;
    QString m_visit;
};

} // namespace pass
