#include "windowcheck.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace pass {

WindowCheck::WindowCheck(QWidget *window, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(false); });
    m_deadline.start(timeoutMs);
    // The native window exists once the widget is shown; it may already be exposed.
    QWindow *handle = m_window->windowHandle();
    if (handle && handle->isExposed())
        QTimer::singleShot(0, this, [this] { finish(true); });
    else if (handle)
        handle->installEventFilter(this);
    else
        QTimer::singleShot(0, this, [this] { finish(false); });
}

bool WindowCheck::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose) {
        auto *handle = static_cast<QWindow *>(watched);
        if (handle->isExposed())
            QTimer::singleShot(0, this, [this] { finish(true); });
    }
    return QObject::eventFilter(watched, event);
}

void WindowCheck::finish(bool shown)
{
    if (m_done)
        return;
    m_done = true;
    shown = shown && m_window->isVisible();
    if (shown) {
        std::printf("window shown %dx%d \"%s\"\n", m_window->width(), m_window->height(),
                    qPrintable(m_window->windowTitle()));
    } else {
        std::printf("window not shown\n");
    }
    std::fflush(stdout);
    QCoreApplication::exit(shown ? 0 : 3);
}

} // namespace pass
