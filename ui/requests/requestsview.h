#pragma once

#include "ui/common/view.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;

namespace pass {

class ChangeSet;
class RequestDetailWidget;
class RequestListModel;
class Workspace;

// Support requests: the list with its filters (status, task force, authority, assigned to me,
// overdue follow-ups) and the count per status, the selected request's detail under it, and
// "New request". A page of the main window (ui/common/view.h): reads and writes through the
// Workspace, follows its changes and the authority in focus.
class RequestsView : public QWidget, public View
{
    Q_OBJECT

public:
    explicit RequestsView(Workspace *workspace, QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    QList<QAction *> viewActions() const override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    QWidget *focusTarget() override;

    RequestListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RequestDetailWidget *detail() const { return m_detail; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *taskForceFilter() const { return m_taskForce; }
    QComboBox *authorityFilter() const { return m_authority; }
    QCheckBox *mineFilter() const { return m_mine; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QLabel *countsLabel() const { return m_counts; }
    QAction *newRequestAction() const { return m_new; }

public Q_SLOTS:
    void newRequest();

private:
    void onChanged(const ChangeSet &changes);
    void onFocusAuthority(const QString &istat);
    void reload();
    void applyFilter();
    void updateCounts();
    void showSelected();
    void updateRoleControls();

    Workspace *m_workspace;
    QComboBox *m_status;
    QComboBox *m_taskForce;
    QComboBox *m_authority;
    QCheckBox *m_mine;
    QCheckBox *m_overdue;
    QAction *m_new;
    QLabel *m_counts;
    QSplitter *m_splitter;
    QTableView *m_table;
    RequestListModel *m_model;
    RequestDetailWidget *m_detail;
};

} // namespace pass
