#pragma once

#include "core/domain/records.h"
#include "ui/common/view.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QUndoStack;

namespace pass {

class CaseExportJob;
class CaseFileSidePanel;
class CaseFileTableModel;
class Workspace;

// The Case files view: the list over the whole store with its filters (authority, task force,
// procedure, state on today's date, protocol-number search, responsible officer) and, beside
// it, the chosen case file's editor and history. New, delete (after confirming), undo and redo
// (Ctrl+Z / Ctrl+Shift+Z: each a new journalled edit), copy of the selected rows as
// tab-separated text, and export of the filtered list as CSV or XLSX. The list follows the
// authority chosen in the Authorities view. Everything refreshes itself from Workspace::changed().
class CaseFilePanel : public QWidget, public View
{
    Q_OBJECT

public:
    explicit CaseFilePanel(Workspace *workspace, QWidget *parent = nullptr);
    ~CaseFilePanel() override;

    QWidget *widget() override { return this; }
    QList<QAction *> viewActions() const override { return m_actions; }
    QByteArray saveState() const override;
    // Emits countsChanged() with what the list shows now, for a listener connected after the
    // panel was made (the status bar) or after it restored its filters.
    void announceCounts();
    void restoreState(const QByteArray &state) override;
    QWidget *focusTarget() override;

    CaseFileTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QComboBox *authorityFilter() const { return m_authority; }
    QComboBox *taskForceFilter() const { return m_taskForce; }
    QComboBox *procedureFilter() const { return m_procedure; }
    // Item data: int(CaseFileState).
    QComboBox *stateFilter() const { return m_state; }
    // Says which filter lists the store could not read, and why; hidden when all were read.
    QLabel *readProblemLabel() const { return m_readProblem; }
    QSpinBox *dueDaysFilter() const { return m_dueDays; }
    QLineEdit *searchBox() const { return m_search; }
    QLineEdit *officerFilter() const { return m_officer; }
    CaseFileSidePanel *sidePanel() const { return m_side; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QAction *newCaseAction() const { return m_newCase; }
    QAction *deleteCaseAction() const { return m_deleteCase; }
    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }

    // The selected rows, with a header line, as tab-separated text (what Copy puts on the clipboard).
    QString selectedRowsAsText() const;
    // Exports the filtered list to `path` (".xlsx": XLSX, else CSV) with a progress dialog.
    void exportTo(const QString &path);

public Q_SLOTS:
    void clearFilters();
    void focusFilters();

Q_SIGNALS:
    // shown is -1 while a filter's count runs.
    void countsChanged(qint64 shown, qint64 total);
    void exportFinished(qint64 rows, const QString &error);

private:
    void buildActions();
    void loadWorkspace();
    void fillReference();
    void applyFilter();
    void fillProcedures();
    void keepSortIndicatorValid(int column, Qt::SortOrder order);
    void updateEmptyState(qint64 shown, qint64 total);
    void followFocusedAuthority(const QString &istat);
    void showCurrentCase();
    void chooseExportFile();

    Workspace *m_workspace;
    QList<QAction *> m_actions;
    QComboBox *m_authority;
    QComboBox *m_taskForce;
    QComboBox *m_procedure;
    QComboBox *m_state;
    QSpinBox *m_dueDays;
    QLineEdit *m_search;
    QLineEdit *m_officer;
    QPushButton *m_clear;
    QSplitter *m_split;
    QTableView *m_table;
    QLabel *m_empty;
    QLabel *m_readProblem;
    CaseFileSidePanel *m_side = nullptr;
    QUndoStack *m_undoStack;
    CaseFileTableModel *m_model = nullptr;
    CaseExportJob *m_exportJob = nullptr;
    QAction *m_newCase = nullptr;
    QAction *m_deleteCase = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_export = nullptr;
    QList<ProcedureType> m_types;
    // Why m_types could not be read; empty when it was.
    QString m_typesError;
    bool m_filling = false;
};

} // namespace pass
