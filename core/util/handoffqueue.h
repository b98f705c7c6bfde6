#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace pass {

// A bounded queue between one producer thread and one consumer thread. The bound keeps memory
// flat when the producer is faster; close() ends the stream from the producer side, cancel()
// from the consumer side (the producer's next push() then returns false and it stops).
template<typename T>
class HandoffQueue
{
public:
    explicit HandoffQueue(size_t capacity) : m_capacity(capacity) { }

    // Blocks while the queue is full. Returns false once the consumer has cancelled.
    bool push(T &&item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_cancelled || m_items.size() < m_capacity; });
        if (m_cancelled)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks until an item arrives; empty once the producer has closed and everything is taken.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
    }

    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_items.clear();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<T> m_items;
    size_t m_capacity;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace pass
