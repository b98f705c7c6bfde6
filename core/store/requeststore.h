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

    std::optional<SupportRequest> findRequest(const QString &id) const;
    QList<SupportRequest> requests(const QString &authorityIstat = {}) const;
    std::optional<Visit> findVisit(const QString &id) const;
    QList<Visit> visits(const QString &requestId) const;
    QList<RequestMessage> messages(const QString &requestId) const;

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
