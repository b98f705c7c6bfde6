#pragma once

#include "core/domain/records.h"
#include "core/indicators/targets.h"
#include "core/requests/requestlistquery.h"
#include "core/requests/requesttimeline.h"
#include "core/requests/timesheet.h"
#include "core/requests/visitqueries.h"
#include "core/store/auditlog.h"
#include "core/store/documentstore.h"
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

std::optional<CaseFile> caseFile(const QSqlDatabase &db, const QString &id);
std::optional<CaseFile> caseByProtocol(const QSqlDatabase &db, const QString &authorityIstat,
                                       const QString &protocolNumber);
qint64 caseCount(const QSqlDatabase &db);
std::optional<SupportRequest> request(const QSqlDatabase &db, const QString &id);
QList<SupportRequest> requests(const QSqlDatabase &db, const QString &authorityIstat = {});
std::optional<Visit> visit(const QSqlDatabase &db, const QString &id);
QList<Visit> visits(const QSqlDatabase &db, const QString &requestId);
QList<RequestMessage> messages(const QSqlDatabase &db, const QString &requestId);
std::optional<RequestDocument> document(const QSqlDatabase &db, const QString &id);
QList<RequestDocument> documents(const QSqlDatabase &db, const QString &requestId);
DocumentStore::State documentState(const QSqlDatabase &db, const RequestDocument &d);
std::optional<QByteArray> documentContent(const QSqlDatabase &db, const QString &sha256);
bool hasContent(const QSqlDatabase &db, const QString &sha256);
bool isUploaded(const QSqlDatabase &db, const QString &sha256);
QList<RequestDocument> missingContent(const QSqlDatabase &db);
std::optional<Target> target(const QSqlDatabase &db, const QString &region, const QString &procedureCode);
QList<ProcedureType> procedureTypes(const QSqlDatabase &db);
QHash<QString, ProcedureType> procedureTypesByCode(const QSqlDatabase &db);
int requestCount(const QSqlDatabase &db, const RequestFilter &filter);
QList<RequestRow> requestPage(const QSqlDatabase &db, const RequestFilter &filter, int offset, int limit);
QHash<RequestStatus, int> requestCounts(const QSqlDatabase &db, const RequestFilter &filter);
QList<RequestChoice> openToVisits(const QSqlDatabase &db, const QString &expert);
QList<TimelineEntry> timeline(const QSqlDatabase &db, const QString &requestId);
Timesheet timesheet(const QSqlDatabase &db, const QString &expert, QDate month,
                    ReportLanguage language = ReportLanguage::Italian);

} // namespace pass::testutil
