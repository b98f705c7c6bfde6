#pragma once

#include "core/store/outbox.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>

namespace pass {

class SyncEntityAdapter;
class SyncLog;
struct PortalProblem;

// Stores the portal's answer to one pushed mutation, inside the push transaction: removes the
// outbox row, moves the merge base forward, and turns a conflict or a rejection into something
// a person sees (a stored conflict, a sync log entry). Never drops a local edit silently: the
// non-clashing part of a conflicting edit is queued again against the server's version.
class MutationResults
{
public:
    using AdapterLookup = std::function<SyncEntityAdapter *(const QString &entity)>;
    MutationResults(QSqlDatabase db, SyncLog *log, AdapterLookup adapters);

    // Retry: the portal could not apply the edit now (a server failure, a problem naming no
    // rule); it stays in the outbox with the portal's words as its last error.
    enum class Outcome { Applied, Conflict, Rejected, Retry };
    bool store(const OutboxEntry &entry, const QJsonObject &result, Outcome *outcome, QString *error);
    // The portal's words for the last edit kept for a retry.
    QString lastRetryReason() const { return m_retryReason; }

private:
    bool applied(const OutboxEntry &entry, qint64 version, QString *error);
    bool conflict(const OutboxEntry &entry, const QJsonObject &result, QString *error);
    bool rejected(const OutboxEntry &entry, const PortalProblem &problem, QString *error);
    bool keepForRetry(const OutboxEntry &entry, const PortalProblem &problem, QString *error);
    bool dropOutboxFor(const OutboxEntry &entry, QString *error);

    QSqlDatabase m_db;
    SyncLog *m_log;
    AdapterLookup m_adapters;
    QString m_retryReason;
};

} // namespace pass
