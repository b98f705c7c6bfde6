#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

namespace pass {

// --self-check: waits until the platform has exposed (mapped) the main window, prints one line
// "window shown WIDTHxHEIGHT "TITLE"" on standard output and exits with 0; if the window is not
// exposed within the time limit it prints "window not shown" and exits with 3. The package
// install test runs the installed pass-desktop with it.
class WindowCheck : public QObject
{
    Q_OBJECT
public:
    WindowCheck(QWidget *window, int timeoutMs, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void finish(bool shown);

    QWidget *m_window;
    QTimer m_deadline;
    bool m_done = false;
};

} // namespace pass
