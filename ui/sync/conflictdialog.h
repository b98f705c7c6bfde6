#pragma once

#include <QDialog>


class QLabel;
class QPushButton;
class QTableWidget;

namespace pass {

class Workspace;

// Lists the open sync conflicts (mine, theirs and the common base side by side) and lets the
// person keep one side per row. Each choice becomes an ordinary edit sent at the next sync.
// Follows the workspace: conflicts that a sync brings or settles appear and go while it is open.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(Workspace *workspace, QWidget *parent = nullptr);

    enum Column { RecordColumn, FieldColumn, BaseColumn, MineColumn, TheirsColumn, ColumnCount };

    QTableWidget *table() const { return m_table; }
    // Says why the conflicts cannot be shown when the store cannot be read; hidden otherwise.
    QLabel *problemLabel() const { return m_problem; }
    // Enabled only while rows are selected: there is nothing to keep otherwise.
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }

private:
    // `error` receives the store's words when the record itself cannot be read.
    QString recordLabel(const QString &entity, const QString &id, QString *error) const;
    void updateButtons();
    void reload();
    void resolveSelected(bool mine);

    Workspace *m_workspace;
    QTableWidget *m_table;
    QLabel *m_problem;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
};

} // namespace pass
