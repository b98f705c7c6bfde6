#include "importwidgets.h"

#include "choicedelegate.h"

#include <QComboBox>
#include <QLabel>
#include <QTableWidget>

namespace pass::importui {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

void makeReadOnly(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
}

void makeChoiceTable(QTableWidget *table, int column)
{
    table->setItemDelegateForColumn(column, new ChoiceDelegate(table));
    table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                           | QAbstractItemView::SelectedClicked | QAbstractItemView::DoubleClicked);
    table->setTabKeyNavigation(false);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // One click on a choice opens its list, as a combo box in the cell would.
    QObject::connect(table, &QAbstractItemView::clicked, table, [table, column](const QModelIndex &index) {
        if (index.column() != column)
            return;
        table->edit(index);
        if (auto *combo = qobject_cast<QComboBox *>(table->indexWidget(index)))
            combo->showPopup();
    });
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace pass::importui
