#pragma once

#include "core/domain/records.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace pass {

class CaseFileTableModel;

// The case-file list with its filter bar: authority, task force, procedure and "open and
// overdue only". Owns its model; the data come from the store through CaseFileTableModel.
class CaseFilePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilePanel(QWidget *parent = nullptr);
    ~CaseFilePanel() override;

    // Shows the case files of the store that `db` (a GUI-thread connection) belongs to.
    void setDatabase(QSqlDatabase db);

    CaseFileTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QComboBox *authorityFilter() const { return m_authority; }
    QComboBox *taskForceFilter() const { return m_taskForce; }
    QComboBox *procedureFilter() const { return m_procedure; }
    QCheckBox *overdueFilter() const { return m_overdue; }

public Q_SLOTS:
    void refresh();
    void clearFilters();
    void focusFilters();

Q_SIGNALS:
    void countsChanged(qint64 shown, qint64 total);

private:
    void applyFilter();
    void fillProcedures();
    void keepSortIndicatorValid(int column, Qt::SortOrder order);
    void updateEmptyState(qint64 shown, qint64 total);

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
