#pragma once

#include "core/store/auditlog.h"
#include "core/store/outbox.h"
#include "core/sync/conflictstore.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"

#include <QSqlDatabase>

#include <optional>

// Reads of the store for test assertions. The store's readers report a failed read apart from an
// empty answer; here a failed read fails the running test (QTest::qFail) and returns an empty
// answer, so a test never mistakes "could not read" for "nothing there".
namespace pass::testutil {

QList<OutboxEntry> outboxEntries(const QSqlDatabase &db, int limit = 1000000);
qint64 outboxCount(const QSqlDatabase &db);
QList<AuditLog::Entry> history(const QSqlDatabase &db, const QString &entity, const QString &recordId);
QString syncValue(const QSqlDatabase &db, const QString &key);
std::optional<SyncState::Base> syncBase(const QSqlDatabase &db, const QString &entity, const QString &recordId);
QList<RejectionStore::Rejection> rejections(const QSqlDatabase &db);
qint64 rejectionCount(const QSqlDatabase &db);
QList<ConflictStore::Conflict> openConflicts(const ConflictStore &store);
qint64 openConflictCount(const ConflictStore &store);
QList<SyncLog::Entry> syncLog(const QSqlDatabase &db, int limit);

} // namespace pass::testutil
