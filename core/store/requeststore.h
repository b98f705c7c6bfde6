#pragma once

#include "core/domain/records.h"
#include "core/store/auditlog.h"

#include <QSqlDatabase>

#include <optional>

namespace pass {

// Support requests with their messages and the experts' visits. Writes keep the row, the audit
// trail and the outbox row in one transaction, as CaseFileStore does for case files.
class RequestStore
{
public:
    explicit RequestStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // Every read answers into its out-parameter (nullopt: there is no such record) and returns
    // true; when the store cannot be read it returns false with *error.
    bool findRequest(const QString &id, std::optional<SupportRequest> *found, QString *error) const;
    // Every request, or an authority's (istat not empty), newest first.
    bool requests(const QString &authorityIstat, QList<SupportRequest> *list, QString *error) const;
    bool findVisit(const QString &id, std::optional<Visit> *found, QString *error) const;
    bool visits(const QString &requestId, QList<Visit> *list, QString *error) const;
    bool findMessage(const QString &id, std::optional<RequestMessage> *found, QString *error) const;
    bool messages(const QString &requestId, QList<RequestMessage> *list, QString *error) const;

    // The *InTransaction variants run inside a transaction the caller holds; the others open
    // their own. New records get a UUID when their id is empty.
    bool saveRequestInTransaction(SupportRequest *r, const EditContext &ctx, QString *error);
    bool saveVisitInTransaction(Visit *v, const EditContext &ctx, QString *error);
    bool addMessageInTransaction(RequestMessage *m, const EditContext &ctx, QString *error);
    bool removeInTransaction(const QString &entity, const QString &id, const EditContext &ctx, QString *error);

    bool saveRequest(SupportRequest *r, const EditContext &ctx, QString *error);
    bool saveVisit(Visit *v, const EditContext &ctx, QString *error);
    bool addMessage(RequestMessage *m, const EditContext &ctx, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pass
