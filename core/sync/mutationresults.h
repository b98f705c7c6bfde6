#pragma once

#include "core/store/outbox.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

namespace pass {

class SyncEntityAdapter;
class SyncLog;

// Stores the portal's answer to one pushed mutation, inside the push transaction: removes the
// outbox row, moves the merge base forward, and turns a conflict or a rejection into something
// a person sees (a stored conflict, a sync log entry). Never drops a local edit silently: the
// non-clashing part of a conflicting edit is queued again against the server's version.
class MutationResults
{
public:
    using AdapterLookup = std::function<SyncEntityAdapter *(const QString &entity)>;
    MutationResults(QSqlDatabase db, SyncLog *log, AdapterLookup adapters);

    enum class Outcome { Applied, Conflict, Rejected };
    bool store(const OutboxEntry &entry, const QJsonObject &result, Outcome *outcome, QString *error);

private:
    bool applied(const OutboxEntry &entry, qint64 version, QString *error);
    bool conflict(const OutboxEntry &entry, const QJsonObject &result, QString *error);
    bool rejected(const OutboxEntry &entry, const QJsonObject &result, QString *error);
    bool dropOutboxFor(const OutboxEntry &entry, QString *error);

    QSqlDatabase m_db;
    SyncLog *m_log;
    AdapterLookup m_adapters;
};

} // namespace pass
