#pragma once

#include "ui/common/view.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pass {

class ChangeSet;
class VisitCountersign;
class VisitForm;
class Workspace;

// Visits. An expert sees the form and their own log (this week, this month, last month, or
// everything), for all their requests or one, with the hours and whether the authority
// confirmed each visit. An authority user sees the visits to their requests and confirms or
// disputes each with a note; the coordinator sees every visit. A page of the main window
// (ui/common/view.h): reads and writes through the Workspace, follows its changes and the
// authority in focus.
class VisitsView : public QWidget, public View
{
    Q_OBJECT

public:
    enum Period { ThisWeek, ThisMonth, LastMonth, Everything };

    explicit VisitsView(Workspace *workspace, QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QList<QAction *> viewActions() const override;
    QWidget *focusTarget() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    VisitForm *form() const { return m_form; }
    QTableWidget *log() const { return m_log; }
    QComboBox *period() const { return m_period; }
    QComboBox *requestFilter() const { return m_request; }
    QLabel *total() const { return m_total; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *disputeButton() const { return m_dispute; }

    VisitCountersign *countersign() const { return m_countersign; }

public Q_SLOTS:
    void refresh();

private:
    void onChanged(const ChangeSet &changes);
    void updateRole();
    void fillRequestFilter();
    void refreshCountersign();
    QString selectedVisit() const;

    Workspace *m_workspace;
    VisitForm *m_form;
    QLabel *m_logTitle;
    QComboBox *m_period;
    QComboBox *m_request;
    QLabel *m_total;
    QTableWidget *m_log;
    QPushButton *m_confirm;
    QPushButton *m_dispute;
    QAction *m_newVisit;
    VisitCountersign *m_countersign;
};

} // namespace pass
