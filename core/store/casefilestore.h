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

    // The case file with its suspension periods into *found, nullopt when there is none. False
    // with *error when the store cannot be read: never taken for "no such case file".
    bool find(const QString &id, std::optional<CaseFile> *found, QString *error) const;
    bool findByProtocol(const QString &authorityIstat, const QString &protocolNumber,
                        std::optional<CaseFile> *found, QString *error) const;
    bool count(qint64 *count, QString *error) const;

    // Checks a case file against the catalogue and the authority list; returns the problems in
    // readable form (empty when valid). False with *error when the authority list cannot be read.
    bool validate(const CaseFile &c, QStringList *problems, QString *error) const;

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

    // Reloads the catalogue's terms (after the portal replaced the catalogue). When it cannot be
    // read, writes fail with the reason instead of calling every procedure unknown.
    void reloadCatalogue();

private:
    std::optional<int> termFor(const CaseFile &c) const;
    // Puts the unique protocol index back before any write but the sync's (protocolindex.h).
    bool underProtocolRule(const EditContext &ctx, QString *error);
    bool writeRow(const CaseFile &c, bool isNew, QString *error);
    bool writeSuspensions(const CaseFile &c, QString *error);

    QSqlDatabase m_db;
    QHash<QString, ProcedureType> m_types;
    QString m_catalogueError; // why m_types could not be read: every write fails with it

};

} // namespace pass
