#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace pass {

// The background read behind a view that refreshes on filters and store changes: one read at a
// time; asked again while one runs, it runs once more afterwards with the latest request (the
// ones in between are skipped), and only the latest result is shown. isLoading() holds from
// run() until that result has been shown.
template<typename T>
class LatestRead
{
public:
    using Launch = std::function<QFuture<T>()>;

    // `show` is called in `context`'s thread with each result that is still the latest.
    LatestRead(QObject *context, std::function<void(const T &)> show) : m_show(std::move(show))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<T>::finished, context, [this] { finished(); });
    }
    ~LatestRead() { m_watcher.waitForFinished(); }
    LatestRead(const LatestRead &) = delete;
    LatestRead &operator=(const LatestRead &) = delete;

    void run(Launch launch)
    {
        if (m_loading) {
            m_next = std::move(launch);
            return;
        }
        m_loading = true;
        m_watcher.setFuture(launch());
    }
    bool isLoading() const { return m_loading; }

private:
    void finished()
    {
        m_loading = false;
        if (m_next) {
            Launch next = std::move(m_next);
            m_next = nullptr;
            run(std::move(next));
            return;
        }
        m_show(m_watcher.result());
    }

    std::function<void(const T &)> m_show;
    QFutureWatcher<T> m_watcher;
    Launch m_next;
    bool m_loading = false;
};

} // namespace pass
