#include "deadlinenotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pass {

DeadlineNotice::DeadlineNotice(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_open(new QPushButton(tr("&Open the deadline watch"), this)),
      m_close(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"deadlineNotice"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#deadlineNotice { background: #fff4d6; border: 1px solid #e0b44c; border-radius: 3px; }"_s);
    setAccessibleName(tr("Deadline watch notification"));
    m_text->setWordWrap(true);
    m_close->setAccessibleName(tr("Dismiss the notification"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_close);
    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT openRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void DeadlineNotice::showCount(qint64 count)
{
    m_text->setText(tr("%n case file(s) entered the deadline watch since the last start: their legal term "
                       "expires within 30 days or has expired.", nullptr, int(count)));
    setAccessibleDescription(m_text->text());
    show();
}

QString DeadlineNotice::text() const
{
    return m_text->text();
}

} // namespace pass
