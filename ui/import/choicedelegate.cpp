#include "choicedelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QPainter>
#include <QTableWidgetItem>

namespace pass {

void ChoiceDelegate::setChoices(QTableWidgetItem *item, const QStringList &labels, const QVariantList &values,
                                const QVariant &value, bool editable)
{
    const qsizetype i = std::max<qsizetype>(0, values.indexOf(value));
    item->setData(LabelsRole, labels);
    item->setData(ValuesRole, values);
    item->setData(EditableRole, editable);
    item->setData(ValueRole, values.value(i));
    item->setText(labels.value(i));
}

void ChoiceDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, cell.widget); // selection, focus
    QStyleOptionComboBox box;
    if (cell.widget)
        box.initFrom(cell.widget);
    box.rect = option.rect.adjusted(2, 1, -2, -1);
    box.state = option.state & (QStyle::State_Enabled | QStyle::State_HasFocus | QStyle::State_MouseOver);
    box.currentText = index.data(Qt::DisplayRole).toString();
    box.editable = false;
    box.frame = true;
    style->drawComplexControl(QStyle::CC_ComboBox, &box, painter, cell.widget);
    style->drawControl(QStyle::CE_ComboBoxLabel, &box, painter, cell.widget);
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(index.data(EditableRole).toBool());
    combo->setInsertPolicy(QComboBox::NoInsert); // a typed value is the cell's, not a new choice
    const QStringList labels = index.data(LabelsRole).toStringList();
    const QVariantList values = index.data(ValuesRole).toList();
    for (qsizetype i = 0; i < labels.size(); ++i)
        combo->addItem(labels.at(i), values.value(i));
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // A choice made in the list is kept at once; Enter, Tab or a click elsewhere close it.
    connect(combo, &QComboBox::activated, this, [this, combo] { emit const_cast<ChoiceDelegate *>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findData(index.data(ValueRole));
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setEditText(index.data(Qt::DisplayRole).toString());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // A typed value (a procedure code) is its own label; a listed one is chosen by its label.
    const QString text = combo->currentText().trimmed();
    int listed = combo->findText(text);
    if (listed >= 0 && !combo->itemData(listed).isValid())
        listed = -1;
    const QVariant value = listed >= 0 ? combo->itemData(listed) : QVariant(text);
    model->setData(index, value, ValueRole);
    model->setData(index, listed >= 0 ? combo->itemText(listed) : text, Qt::DisplayRole);
}

} // namespace pass
