#include "placeholderview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pass {

PlaceholderView::PlaceholderView(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width: a word-wrapped label centred in a column gets the height of that width.
    text->setFixedWidth(560);
    text->setMinimumHeight(text->heightForWidth(560));
    auto *soon = new QLabel(tr("This view is being built: it arrives with a next version of PAsS Desktop."), this);
    soon->setForegroundRole(QPalette::PlaceholderText);
    soon->setWordWrap(true);
    soon->setAlignment(Qt::AlignCenter);
    soon->setFixedWidth(560);
    soon->setMinimumHeight(soon->heightForWidth(560));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(soon, 0, Qt::AlignHCenter);
    layout->addStretch();
    setAccessibleName(title);
    setAccessibleDescription(description);
}

} // namespace pass
