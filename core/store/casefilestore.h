#pragma once

#include "core/domain/records.h"
#include "core/store/auditlog.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace pass {

// Reads and writes case files. Every write keeps, in one transaction: the row, its suspension
// periods, the maintained statistics, the audit trail and (for local and imported edits) the
// outbox row — so a crash never leaves an edit without its outbox entry or its figures.
class CaseFileStore
{
public:
    explicit CaseFileStore(QSqlDatabase db);

    std::optional<CaseFile> find(const QString &id) const;
    std::optional<CaseFile> findByProtocol(const QString &authorityIstat, const QString &protocolNumber) const;
    qint64 count() const;

    // Checks a case file against the catalogue and the authority list; returns the problems in
    // readable form (empty when valid).
    QStringList validate(const CaseFile &c) const;

    // Each runs in its own transaction. insert() assigns a UUID when c->id is empty.
    bool insert(CaseFile *c, const EditContext &ctx, QString *error);
    bool update(const CaseFile &c, const EditContext &ctx, QString *error);
    bool remove(const QString &id, const EditContext &ctx, QString *error);

    // The same, inside a transaction the caller holds (imports and sync apply many at once).
    bool insertInTransaction(CaseFile *c, const EditContext &ctx, QString *error);
    bool updateInTransaction(const CaseFile &c, const EditContext &ctx, QString *error);
    bool removeInTransaction(const QString &id, const EditContext &ctx, QString *error);

    // The version the portal gave the case (after it took an edit); changes nothing else.
    bool setVersion(const QString &id, qint64 version, QString *error);

    // Reloads the catalogue's terms (after the portal replaced the catalogue).
    void reloadCatalogue();

private:
    std::optional<int> termFor(const CaseFile &c) const;
    bool writeRow(const CaseFile &c, bool isNew, QString *error);
    bool writeSuspensions(const CaseFile &c, QString *error);

    QSqlDatabase m_db;
    QHash<QString, ProcedureType> m_types;
};

} // namespace pass
