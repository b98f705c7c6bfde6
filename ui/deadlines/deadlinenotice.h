#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pass {

// The start-up notification: a bar over the views saying how many case files entered the
// deadline watch since the previous start, with a button to open it and one to dismiss it.
// Not modal: the window stays usable.
class DeadlineNotice : public QFrame
{
    Q_OBJECT
public:
    explicit DeadlineNotice(QWidget *parent = nullptr);

    void showCount(qint64 count);
    QString text() const;
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void openRequested();

private:
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_close;
};

} // namespace pass
