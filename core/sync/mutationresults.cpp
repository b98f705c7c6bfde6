#include "mutationresults.h"

#include "core/store/editjournal.h"
#include "core/store/outbox.h"
#include "core/sync/conflictstore.h"
#include "core/sync/fieldmerge.h"
#include "core/sync/portalproblem.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/syncentityadapter.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::MutationResults", text);
}

} // namespace

MutationResults::MutationResults(QSqlDatabase db, SyncLog *log, AdapterLookup adapters)
    : m_db(std::move(db)), m_log(log), m_adapters(std::move(adapters))
{
}

bool MutationResults::store(const OutboxEntry &entry, const QJsonObject &result, Outcome *outcome, QString *error)
{
    const QString status = result.value(u"status").toString();
    if (status == u"applied") {
        *outcome = Outcome::Applied;
        return applied(entry, result.value(u"version").toInteger(), error);
    }
    if (status == u"conflict") {
        *outcome = Outcome::Conflict;
        return conflict(entry, result, error);
    }
    const PortalProblem problem = PortalProblem::fromJson(result.value(u"problem").toObject(), 422);
    if (status != u"rejected" || !problem.namesARule()) {
        *outcome = Outcome::Retry;
        return keepForRetry(entry, problem, error);
    }
    *outcome = Outcome::Rejected;
    return rejected(entry, problem, error);
}

bool MutationResults::keepForRetry(const OutboxEntry &entry, const PortalProblem &problem, QString *error)
{
    m_retryReason = problem.message();
    m_log->write(SyncLog::Level::Warning, tr("The portal could not apply the %1 of %2 %3 now, it will be sent again: %4")
                                              .arg(entry.op, entry.entity, entry.recordId, m_retryReason));
    return Outbox(m_db).markAttempt(entry.seq, m_retryReason, error);
}

bool MutationResults::dropOutboxFor(const OutboxEntry &entry, QString *error)
{
    return Outbox(m_db).removeFor(entry.entity, entry.recordId, error);
}

bool MutationResults::applied(const OutboxEntry &entry, qint64 version, QString *error)
{
    SyncState state(m_db);
    SyncEntityAdapter *adapter = m_adapters(entry.entity);
    const auto storeVersion = [&] {
        qint64 local = -1;
        if (!adapter)
            return true;
        if (!adapter->localVersion(entry.recordId, &local, error))
            return false;
        return local < 0 || adapter->setVersion(entry.recordId, version, error);
    };
    if (!Outbox(m_db).remove(entry.seq, error))
        return false;
    if (entry.op == u"delete")
        return state.removeBase(entry.entity, entry.recordId, error);
    bool unsynced = false;
    if (!hasUnsyncedWork(m_db, entry.entity, entry.recordId, &unsynced, error))
        return false;
    if (!unsynced) {
        // Nothing else waits for this record: it carries the server's new version and needs no
        // base; the next pull brings the server's copy (with other people's changes the server
        // merged in) over it.
        return state.removeBase(entry.entity, entry.recordId, error) && storeVersion();
    }
    // The server now holds base + these fields — and maybe other people's changes made since
    // base_version, which the server merged in. So the base keeps its old version: the pull
    // then fetches the record's new version instead of taking it as already known.
    std::optional<SyncState::Base> known;
    if (!state.base(entry.entity, entry.recordId, &known, error))
        return false;
    QJsonObject base = entry.op == u"create" || !known ? QJsonObject() : known->data;
    for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it)
        base.insert(it.key(), it.value());
    if (!state.setBase(entry.entity, entry.recordId, known ? known->version : 0, base, error))
        return false;
    // Later edits of the same record were made on top of this one: rebase them.
    if (!Outbox(m_db).rebaseAfter(entry.entity, entry.recordId, entry.seq, version, error))
        return false;
    return storeVersion();
}

bool MutationResults::conflict(const OutboxEntry &entry, const QJsonObject &result, QString *error)
{
    SyncState state(m_db);
    SyncEntityAdapter *adapter = m_adapters(entry.entity);
    ConflictStore conflicts(m_db, m_adapters);
    const qint64 serverVersion = result.value(u"version").toInteger();
    const bool serverDeleted = result.value(u"deleted").toBool() || result.value(u"fields").isNull();
    const QJsonObject theirs = result.value(u"fields").toObject();
    std::optional<SyncState::Base> base;
    if (!state.base(entry.entity, entry.recordId, &base, error))
        return false;
    std::optional<QJsonObject> mine;
    if (adapter && !adapter->load(entry.recordId, &mine, error))
        return false;

    if (!dropOutboxFor(entry, error))
        return false;
    if (serverDeleted) {
        // My edit met the server's deletion: keep mine locally, ask the person.
        m_log->write(SyncLog::Level::Warning, tr("%1 %2 was deleted on the portal while you edited it: conflict stored")
                                                  .arg(entry.entity, entry.recordId));
        return state.removeBase(entry.entity, entry.recordId, error)
            && conflicts.record(entry.entity, entry.recordId, ConflictStore::kWholeRecord,
                                base ? QJsonValue(base->data) : QJsonValue(),
                                mine ? QJsonValue(*mine) : QJsonValue(), QJsonValue(), serverVersion, error);
    }
    if (!state.setBase(entry.entity, entry.recordId, serverVersion, theirs, error))
        return false;
    if (entry.op == u"delete" || !mine) {
        // I deleted it, the server changed it: show the server's record again and ask.
        m_log->write(SyncLog::Level::Warning, tr("%1 %2 was changed on the portal after you deleted it: conflict stored")
                                                  .arg(entry.entity, entry.recordId));
        return (!adapter || adapter->store(entry.recordId, theirs, serverVersion, error))
            && conflicts.record(entry.entity, entry.recordId, ConflictStore::kWholeRecord,
                                base ? QJsonValue(base->data) : QJsonValue(), QJsonValue(), theirs, serverVersion, error);
    }
    const FieldMerge merge = FieldMerge::merge(base ? base->data : QJsonObject(), *mine, theirs);
    QStringList clashing = merge.conflicts;
    const QJsonArray reported = result.value(u"conflicting_fields").toArray();
    for (const QJsonValue &f : reported) {
        const QString field = f.toString();
        if (!clashing.contains(field) && mine->value(field) != theirs.value(field))
            clashing << field;
    }
    for (const QString &field : std::as_const(clashing)) {
        if (!conflicts.record(entry.entity, entry.recordId, field, base ? base->data.value(field) : QJsonValue(),
                              mine->value(field), theirs.value(field), serverVersion, error))
            return false;
    }
    if (!adapter->store(entry.recordId, merge.merged, serverVersion, error))
        return false;
    // My other changes did not clash: send them again against the server's version.
    QJsonObject resend;
    for (const QString &field : merge.mineChanged) {
        if (!clashing.contains(field) && mine->value(field) != theirs.value(field))
            resend.insert(field, mine->value(field));
    }
    if (!resend.isEmpty() && !Outbox(m_db).enqueue(entry.entity, entry.recordId, u"update"_s, serverVersion, resend, error))
        return false;
    m_log->write(SyncLog::Level::Warning, tr("%1 %2: %3 changed both here and on the portal: conflict stored")
                                              .arg(entry.entity, entry.recordId, clashing.join(u", "_s)));
    return true;
}

bool MutationResults::rejected(const OutboxEntry &entry, const PortalProblem &problem, QString *error)
{
    // The edit stays in the local record; the log and the list of refused edits say why.
    m_log->write(SyncLog::Level::Error, tr("The portal refused the %1 of %2 %3: %4")
                                            .arg(entry.op, entry.entity, entry.recordId, problem.message()));
    if (!RejectionStore(m_db).record(entry, problem, error) || !Outbox(m_db).remove(entry.seq, error))
        return false;
    bool unsynced = false;
    if (!hasUnsyncedWork(m_db, entry.entity, entry.recordId, &unsynced, error))
        return false;
    return unsynced || SyncState(m_db).removeBase(entry.entity, entry.recordId, error);
}

} // namespace pass
