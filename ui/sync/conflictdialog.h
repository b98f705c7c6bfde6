#pragma once

#include <QDialog>


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

private:
    QString recordLabel(const QString &entity, const QString &id) const;
    void reload();
    void resolveSelected(bool mine);

    Workspace *m_workspace;
    QTableWidget *m_table;
};

} // namespace pass
