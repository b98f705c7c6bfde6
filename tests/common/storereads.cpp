#include "storereads.h"

#include <QTest>

namespace pass::testutil {
namespace {

// Fails the running test with the store's words when a read did not succeed.
template<typename T>
T checked(bool ok, const QString &error, T value, const char *what)
{
    if (!ok) {
        QTest::qFail(qPrintable(QStringLiteral("%1 cannot be read: %2").arg(QLatin1StringView(what), error)),
                     __FILE__, __LINE__);
        return T();
    }
    return value;
}

} // namespace

QList<OutboxEntry> outboxEntries(const QSqlDatabase &db, int limit)
{
    QList<OutboxEntry> entries;
    QString error;
    const bool ok = Outbox(db).pending(limit, &entries, &error);
    return checked(ok, error, entries, "the outbox");
}

qint64 outboxCount(const QSqlDatabase &db)
{
    qint64 count = 0;
    QString error;
    const bool ok = Outbox(db).count(&count, &error);
    return checked(ok, error, count, "the outbox count");
}

QList<AuditLog::Entry> history(const QSqlDatabase &db, const QString &entity, const QString &recordId)
{
    QList<AuditLog::Entry> entries;
    QString error;
    const bool ok = AuditLog(db).history(entity, recordId, &entries, &error);
    return checked(ok, error, entries, "the history");
}

QString syncValue(const QSqlDatabase &db, const QString &key)
{
    QString error;
    const std::optional<QString> value = SyncState(db).value(key, &error);
    return checked(value.has_value(), error, value.value_or(QString()), "sync_state");
}

std::optional<SyncState::Base> syncBase(const QSqlDatabase &db, const QString &entity, const QString &recordId)
{
    std::optional<SyncState::Base> base;
    QString error;
    const bool ok = SyncState(db).base(entity, recordId, &base, &error);
    return checked(ok, error, base, "sync_base");
}

QList<RejectionStore::Rejection> rejections(const QSqlDatabase &db)
{
    QList<RejectionStore::Rejection> list;
    QString error;
    const bool ok = RejectionStore(db).list(&list, &error);
    return checked(ok, error, list, "the refused edits");
}

qint64 rejectionCount(const QSqlDatabase &db)
{
    qint64 count = 0;
    QString error;
    const bool ok = RejectionStore(db).count(&count, &error);
    return checked(ok, error, count, "the refused edits' count");
}

QList<ConflictStore::Conflict> openConflicts(const ConflictStore &store)
{
    QList<ConflictStore::Conflict> list;
    QString error;
    const bool ok = store.open(&list, &error);
    return checked(ok, error, list, "the open conflicts");
}

qint64 openConflictCount(const ConflictStore &store)
{
    qint64 count = 0;
    QString error;
    const bool ok = store.openCount(&count, &error);
    return checked(ok, error, count, "the open conflicts' count");
}

QList<SyncLog::Entry> syncLog(const QSqlDatabase &db, int limit)
{
    QList<SyncLog::Entry> entries;
    QString error;
    const bool ok = SyncLog(db).recent(limit, &entries, &error);
    return checked(ok, error, entries, "the sync log");
}

} // namespace pass::testutil
