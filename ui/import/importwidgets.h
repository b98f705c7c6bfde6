#pragma once

#include <QString>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace pass::importui {

// Small pieces the import wizard's pages share.

// A label with a mnemonic that leads to `buddy`.
QLabel *buddyLabel(const QString &text, QWidget *buddy);
// A table whose cells are read, not edited: Tab leaves it instead of walking its cells.
void makeReadOnly(QTableWidget *table);
// A table with one column of choices (ChoiceDelegate): arrows move, F2, a typed letter or a
// click opens the choice; Tab leaves the table.
void makeChoiceTable(QTableWidget *table, int column);
QTableWidgetItem *readOnlyItem(const QString &text);

} // namespace pass::importui
