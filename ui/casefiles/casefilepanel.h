#pragma once

#include "core/domain/records.h"
#include "ui/common/view.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pass {

class CaseFileTableModel;
class Workspace;

// The case-file list with its filter bar: authority, task force, procedure and "open and
// overdue only". Owns its model; the data come from the workspace through CaseFileTableModel,
// which refreshes itself on the workspace's changes. The Case files view.
class CaseFilePanel : public QWidget, public View
{
    Q_OBJECT

public:
    explicit CaseFilePanel(Workspace *workspace, QWidget *parent = nullptr);
    ~CaseFilePanel() override;

    QWidget *widget() override { return this; }
    QList<QAction *> viewActions() const override { return m_actions; }
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    QWidget *focusTarget() override;

    CaseFileTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QComboBox *authorityFilter() const { return m_authority; }
    QComboBox *taskForceFilter() const { return m_taskForce; }
    QComboBox *procedureFilter() const { return m_procedure; }
    QCheckBox *overdueFilter() const { return m_overdue; }

public Q_SLOTS:
    void clearFilters();
    void focusFilters();

Q_SIGNALS:
    void countsChanged(qint64 shown, qint64 total);

private:
    void loadWorkspace();
    void fillReference();
    void applyFilter();
    void fillProcedures();
    void keepSortIndicatorValid(int column, Qt::SortOrder order);
    void updateEmptyState(qint64 shown, qint64 total);

    Workspace *m_workspace;
    QList<QAction *> m_actions;
    QComboBox *m_authority;
    QComboBox *m_taskForce;
    QComboBox *m_procedure;
    QCheckBox *m_overdue;
    QPushButton *m_clear;
    QTableView *m_table;
    QLabel *m_empty;
    CaseFileTableModel *m_model = nullptr;
    QList<ProcedureType> m_types;
    bool m_filling = false;
};

} // namespace pass
