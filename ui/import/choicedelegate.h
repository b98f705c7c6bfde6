#pragma once

#include <QStyledItemDelegate>
#include <QVariant>

class QTableWidgetItem;

namespace pass {

// Edits a table cell by choosing from a list, in a combo box that exists only while the cell
// is edited: arrows and Tab move through the table as usual, F2 (or a click) opens the
// choice, arrows pick, Enter confirms. Cell widgets would sit outside the table's keyboard
// navigation. Each item carries its own choices and the value chosen.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        ValueRole = Qt::UserRole + 1, // the chosen value (QVariant)
        ValuesRole,                   // QVariantList, one per choice
        LabelsRole,                   // QStringList, one per choice
        EditableRole,                 // bool: a value can also be typed
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    // Gives item its choices, the first as the current one unless value is among them.
    static void setChoices(QTableWidgetItem *item, const QStringList &labels, const QVariantList &values,
                           const QVariant &value, bool editable = false);

    // Drawn as a closed combo box, so that the cell looks like the choice it is.
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace pass
