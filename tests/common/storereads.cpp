#include "storereads.h"

#include "core/store/casefilestore.h"
#include "core/store/referencestore.h"
#include "core/store/requeststore.h"

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

// The store reads below have one shape: a reader that answers into *out and returns false with
// the error. `read` calls it.
namespace {

template<typename T, typename Read>
T readChecked(const char *what, Read read)
{
    T value{};
    QString error;
    const bool ok = read(&value, &error);
    return checked(ok, error, value, what);
}

} // namespace

std::optional<CaseFile> caseFile(const QSqlDatabase &db, const QString &id)
{
    return readChecked<std::optional<CaseFile>>(
        "the case file", [&](auto *out, QString *error) { return CaseFileStore(db).find(id, out, error); });
}

std::optional<CaseFile> caseByProtocol(const QSqlDatabase &db, const QString &authorityIstat,
                                       const QString &protocolNumber)
{
    return readChecked<std::optional<CaseFile>>("the case file", [&](auto *out, QString *error) {
        return CaseFileStore(db).findByProtocol(authorityIstat, protocolNumber, out, error);
    });
}

qint64 caseCount(const QSqlDatabase &db)
{
    return readChecked<qint64>("the case files' count",
                               [&](auto *out, QString *error) { return CaseFileStore(db).count(out, error); });
}

std::optional<SupportRequest> request(const QSqlDatabase &db, const QString &id)
{
    return readChecked<std::optional<SupportRequest>>(
        "the request", [&](auto *out, QString *error) { return RequestStore(db).findRequest(id, out, error); });
}

QList<SupportRequest> requests(const QSqlDatabase &db, const QString &authorityIstat)
{
    return readChecked<QList<SupportRequest>>("the requests", [&](auto *out, QString *error) {
        return RequestStore(db).requests(authorityIstat, out, error);
    });
}

std::optional<Visit> visit(const QSqlDatabase &db, const QString &id)
{
    return readChecked<std::optional<Visit>>(
        "the visit", [&](auto *out, QString *error) { return RequestStore(db).findVisit(id, out, error); });
}

QList<Visit> visits(const QSqlDatabase &db, const QString &requestId)
{
    return readChecked<QList<Visit>>(
        "the visits", [&](auto *out, QString *error) { return RequestStore(db).visits(requestId, out, error); });
}

QList<RequestMessage> messages(const QSqlDatabase &db, const QString &requestId)
{
    return readChecked<QList<RequestMessage>>(
        "the messages", [&](auto *out, QString *error) { return RequestStore(db).messages(requestId, out, error); });
}

std::optional<RequestDocument> document(const QSqlDatabase &db, const QString &id)
{
    return readChecked<std::optional<RequestDocument>>(
        "the document", [&](auto *out, QString *error) { return DocumentStore(db).find(id, out, error); });
}

QList<RequestDocument> documents(const QSqlDatabase &db, const QString &requestId)
{
    return readChecked<QList<RequestDocument>>("the documents", [&](auto *out, QString *error) {
        return DocumentStore(db).documents(requestId, out, error);
    });
}

DocumentStore::State documentState(const QSqlDatabase &db, const RequestDocument &d)
{
    return readChecked<DocumentStore::State>(
        "the document's state", [&](auto *out, QString *error) { return DocumentStore(db).state(d, out, error); });
}

std::optional<QByteArray> documentContent(const QSqlDatabase &db, const QString &sha256)
{
    return readChecked<std::optional<QByteArray>>(
        "the document's content", [&](auto *out, QString *error) { return DocumentStore(db).content(sha256, out, error); });
}

bool hasContent(const QSqlDatabase &db, const QString &sha256)
{
    return readChecked<bool>("the document's content",
                             [&](auto *out, QString *error) { return DocumentStore(db).hasContent(sha256, out, error); });
}

bool isUploaded(const QSqlDatabase &db, const QString &sha256)
{
    return readChecked<bool>("the document's content",
                             [&](auto *out, QString *error) { return DocumentStore(db).isUploaded(sha256, out, error); });
}

QList<RequestDocument> missingContent(const QSqlDatabase &db)
{
    return readChecked<QList<RequestDocument>>(
        "the documents to download", [&](auto *out, QString *error) { return DocumentStore(db).missingContent(out, error); });
}

std::optional<Target> target(const QSqlDatabase &db, const QString &region, const QString &procedureCode)
{
    return readChecked<std::optional<Target>>("the target", [&](auto *out, QString *error) {
        return TargetStore(db).find(region, procedureCode, out, error);
    });
}

QList<ProcedureType> procedureTypes(const QSqlDatabase &db)
{
    return readChecked<QList<ProcedureType>>(
        "the catalogue", [&](auto *out, QString *error) { return ReferenceStore(db).procedureTypes(out, error); });
}

QHash<QString, ProcedureType> procedureTypesByCode(const QSqlDatabase &db)
{
    return readChecked<QHash<QString, ProcedureType>>("the catalogue", [&](auto *out, QString *error) {
        return ReferenceStore(db).procedureTypesByCode(out, error);
    });
}

int requestCount(const QSqlDatabase &db, const RequestFilter &filter)
{
    return readChecked<int>("the requests' count",
                            [&](auto *out, QString *error) { return RequestListQuery(db).count(filter, out, error); });
}

QList<RequestRow> requestPage(const QSqlDatabase &db, const RequestFilter &filter, int offset, int limit)
{
    return readChecked<QList<RequestRow>>("the request list", [&](auto *out, QString *error) {
        return RequestListQuery(db).page(filter, offset, limit, out, error);
    });
}

QHash<RequestStatus, int> requestCounts(const QSqlDatabase &db, const RequestFilter &filter)
{
    return readChecked<QHash<RequestStatus, int>>("the counts per status", [&](auto *out, QString *error) {
        return RequestListQuery(db).countsByStatus(filter, out, error);
    });
}

QList<RequestChoice> openToVisits(const QSqlDatabase &db, const QString &expert)
{
    return readChecked<QList<RequestChoice>>("the requests open to visits", [&](auto *out, QString *error) {
        return requestsOpenToVisits(db, expert, out, error);
    });
}

QList<TimelineEntry> timeline(const QSqlDatabase &db, const QString &requestId)
{
    return readChecked<QList<TimelineEntry>>(
        "the timeline", [&](auto *out, QString *error) { return requestTimeline(db, requestId, out, error); });
}

Timesheet timesheet(const QSqlDatabase &db, const QString &expert, QDate month, ReportLanguage language)
{
    return readChecked<Timesheet>("the timesheet", [&](auto *out, QString *error) {
        return buildTimesheet(db, expert, month, out, error, language);
    });
}

} // namespace pass::testutil
