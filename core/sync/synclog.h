#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// The sync log the user reads ("Sync log" panel, passctl status): what each sync did and why
// one failed. Written through the caller's connection, inside its transaction when it has one.
// Never holds tokens: callers log outcomes, not requests.
class SyncLog
{
public:
    enum class Level { Info, Warning, Error };
    struct Entry
    {
        QString at;
        QString level;
        QString message;
    };

    explicit SyncLog(QSqlDatabase db) : m_db(std::move(db)) { }

    // Logged to the sync category too; false (and *error) when the row could not be written.
    bool write(Level level, const QString &message, QString *error = nullptr);
    // Oldest first; false (and *error) when the store cannot be read: never "nothing happened".
    bool recent(int limit, QList<Entry> *entries, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace pass
