#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pass {

// Sets an integer PRAGMA of a connection (cache_size, threads) for the length of a bulk
// operation and gives the connection its own value back when it goes out of scope, so that a
// million-row import or sync does not leave the application's connection with its settings.
class ScopedPragma
{
public:
    ScopedPragma(QSqlDatabase db, const char *name, qint64 value);
    ~ScopedPragma();
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    std::optional<qint64> m_previous;
};

} // namespace pass
