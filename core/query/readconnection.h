#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass {

// A private, read-only connection to a store for one piece of work on a worker thread (a chart,
// a count): opened in the constructor and removed in the destructor, on the same thread, so no
// connection outlives the task or leaks into a pooled thread.
class ReadConnection
{
public:
    explicit ReadConnection(const QString &path);
    ~ReadConnection();
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    bool isOpen() const;
    QString errorString() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error;
};

} // namespace pass
