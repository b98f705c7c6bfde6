#include "unreadablechoices.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalBlocker>
#include <QString>
#include <QVariant>

namespace pass::UnreadableChoices {
namespace {

// The box's own tooltip, kept while the problem's words take its place.
constexpr char kOwnToolTip[] = "passOwnToolTip";
constexpr char kUnreadable[] = "passUnreadable";

} // namespace

void showUnreadable(QComboBox *box, const QString &message)
{
    if (!isUnreadable(box))
        box->setProperty(kOwnToolTip, box->toolTip());
    box->setProperty(kUnreadable, true);
    {
        // No choice is made by emptying the box: its users hear of it from the caller.
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(message);
    }
    box->setToolTip(message);
    box->setAccessibleDescription(message);
    box->setEnabled(false);
}

void showReadable(QComboBox *box)
{
    if (isUnreadable(box)) {
        box->setToolTip(box->property(kOwnToolTip).toString());
        box->setAccessibleDescription(QString());
        box->setProperty(kUnreadable, false);
        const QSignalBlocker block(box);
        box->clear();
    }
    box->setEnabled(true);
}

QLabel *problemLabel(const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("readProblem"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #a4161a;"));
    label->setAccessibleName(accessibleName);
    label->hide();
    return label;
}

bool isUnreadable(const QComboBox *box)
{
    return box->property(kUnreadable).toBool();
}

QString authoritiesUnreadable(const QString &error)
{
    return QCoreApplication::translate("pass::UnreadableChoices", "I cannot read the authorities from the store: %1")
        .arg(error);
}

} // namespace pass::UnreadableChoices
