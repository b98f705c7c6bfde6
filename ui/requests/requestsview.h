#pragma once

#include "core/domain/requestworkflow.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace pass {

class RequestDetailWidget;
class RequestListModel;

// Support requests: the list with its filters (status, task force, authority, assigned to me,
// overdue follow-ups) and the count per status, the selected request's detail beside it, and
// "New request".
class RequestsView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsView(QWidget *parent = nullptr);

    // db: a GUI-thread connection of the open store; actor: the signed-in account, if known.
    void setDatabase(QSqlDatabase db, const std::optional<WorkflowActor> &actor);

    RequestListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    RequestDetailWidget *detail() const { return m_detail; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *mineFilter() const { return m_mine; }
    QCheckBox *overdueFilter() const { return m_overdue; }
    QLabel *countsLabel() const { return m_counts; }
    QPushButton *newRequestButton() const { return m_new; }

public Q_SLOTS:
    void refresh();
    void newRequest();

private:
    void applyFilter();
    void updateCounts();
    void showSelected();

    QSqlDatabase m_db;
    std::optional<WorkflowActor> m_actor;
    QComboBox *m_status;
    QComboBox *m_taskForce;
    QLineEdit *m_authority;
    QCheckBox *m_mine;
    QCheckBox *m_overdue;
    QPushButton *m_new;
    QLabel *m_counts;
    QTableView *m_table;
    RequestListModel *m_model;
    RequestDetailWidget *m_detail;
};

} // namespace pass
