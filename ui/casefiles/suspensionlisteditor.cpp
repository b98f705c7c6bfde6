#include "suspensionlisteditor.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// One period's widgets; the row widget's property "dated" says which kind it is.
struct Row
{
    QLabel *number = nullptr;
    QDateEdit *from = nullptr;
    QDateEdit *to = nullptr;
    QSpinBox *days = nullptr;
    QLineEdit *reason = nullptr;
};

Row rowOf(QWidget *w)
{
    Row r;
    r.number = w->findChild<QLabel *>(u"number"_s);
    r.from = w->findChild<QDateEdit *>(u"from"_s);
    r.to = w->findChild<QDateEdit *>(u"to"_s);
    r.days = w->findChild<QSpinBox *>(u"days"_s);
    r.reason = w->findChild<QLineEdit *>(u"reason"_s);
    return r;
}

QDateEdit *dateEdit(QDate date, const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    return edit;
}

} // namespace

SuspensionListEditor::SuspensionListEditor(QWidget *parent) : QWidget(parent), m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
}

int SuspensionListEditor::count() const
{
    return m_rows->count();
}

QList<Suspension> SuspensionListEditor::suspensions() const
{
    QList<Suspension> list;
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *w = m_rows->itemAt(i)->widget();
        const Row r = rowOf(w);
        Suspension s;
        s.reason = r.reason->text().trimmed();
        if (w->property("dated").toBool()) {
            s.from = r.from->date();
            s.to = r.to->date();
        } else {
            s.days = r.days->value();
        }
        list << s;
    }
    return list;
}

void SuspensionListEditor::setSuspensions(const QList<Suspension> &suspensions)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Suspension &s : suspensions)
        addRow(s, s.from.isValid() || s.to.isValid());
    renumber();
}

void SuspensionListEditor::addDated(QDate from)
{
    addRow(Suspension{from, from.addDays(10), {}, 0}, true);
    renumber();
    Q_EMIT changed();
}

void SuspensionListEditor::addDayCount()
{
    addRow(Suspension{{}, {}, {}, 0}, false);
    renumber();
    Q_EMIT changed();
}

void SuspensionListEditor::addRow(const Suspension &s, bool dated)
{
    auto *row = new QWidget(this);
    row->setProperty("dated", dated);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *number = new QLabel(row);
    number->setObjectName(u"number"_s);
    layout->addWidget(number);
    if (dated) {
        auto *from = dateEdit(s.from, u"from"_s, row);
        auto *to = dateEdit(s.to, u"to"_s, row);
        from->setAccessibleName(tr("Suspended from"));
        to->setAccessibleName(tr("Suspended until"));
        layout->addWidget(new QLabel(tr("from"), row));
        layout->addWidget(from);
        layout->addWidget(new QLabel(tr("to"), row));
        layout->addWidget(to);
        connect(from, &QDateEdit::dateChanged, this, &SuspensionListEditor::changed);
        connect(to, &QDateEdit::dateChanged, this, &SuspensionListEditor::changed);
    } else {
        auto *days = new QSpinBox(row);
        days->setObjectName(u"days"_s);
        days->setRange(0, 36500);
        days->setValue(s.days);
        days->setSuffix(tr(" days"));
        days->setAccessibleName(tr("Days of suspension"));
        days->setToolTip(tr("The length of a suspension whose dates are not known"));
        layout->addWidget(days);
        connect(days, &QSpinBox::valueChanged, this, &SuspensionListEditor::changed);
    }
    auto *reason = new QLineEdit(s.reason, row);
    reason->setObjectName(u"reason"_s);
    reason->setPlaceholderText(tr("Reason"));
    reason->setAccessibleName(tr("Reason of the suspension"));
    layout->addWidget(reason, 1);
    connect(reason, &QLineEdit::textEdited, this, &SuspensionListEditor::changed);
    auto *remove = new QPushButton(tr("Remove"), row);
    remove->setAccessibleName(tr("Remove this suspension"));
    layout->addWidget(remove);
    connect(remove, &QPushButton::clicked, this, [this, row] {
        m_rows->removeWidget(row);
        row->deleteLater();
        renumber();
        Q_EMIT changed();
    });
    m_rows->addWidget(row);
}

void SuspensionListEditor::renumber()
{
    for (int i = 0; i < m_rows->count(); ++i) {
        if (QWidget *w = m_rows->itemAt(i)->widget())
            rowOf(w).number->setText(QString::number(i + 1) + u'.');
    }
}

} // namespace pass
