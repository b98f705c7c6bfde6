#pragma once

#include <QDialog>

#include <functional>

class QTableWidget;

namespace pass {

class ConflictStore;

// Lists the open sync conflicts (mine, theirs and the common base side by side) and lets the
// person keep one side per row. Each choice becomes an ordinary edit sent at the next sync.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(ConflictStore *store, QWidget *parent = nullptr);

private:
    void reload();
    void resolveSelected(bool mine);

    ConflictStore *m_store;
    QTableWidget *m_table;
};

} // namespace pass
