#pragma once

#include "core/domain/records.h"

#include <QHash>
#include <QSqlDatabase>

namespace pass {

class ReferenceData;

// Reads and writes the reference tables: authorities, task forces, the procedure catalogue.
class ReferenceStore
{
public:
    explicit ReferenceStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // Inserts shipped rows that are missing; never overwrites what the portal sent.
    bool seedIfEmpty(const ReferenceData &data, QString *error);
    // Adds new ISTAT codes and updates names and population; codes absent from the list are
    // kept (retired by a merger, still referenced by history).
    bool upsertAuthorities(const QList<Authority> &authorities, QString *error);
    // Replaces the catalogue with the portal's; returns whether any legal term changed, in
    // which case the caller rebuilds the case statistics.
    bool replaceCatalogue(const QList<ProcedureType> &types, bool *termsChanged, QString *error);

    // Each read answers into its out-parameter; false with *error when the tables cannot be read
    // (an unreadable catalogue is not an empty one: every procedure would look unknown).
    bool authorities(QList<Authority> *list, QString *error) const;
    bool taskForces(QList<TaskForce> *list, QString *error) const;
    bool procedureTypes(QList<ProcedureType> *list, QString *error) const;
    bool procedureTypesByCode(QHash<QString, ProcedureType> *types, QString *error) const;

private:
    bool insertProcedureTypes(const QList<ProcedureType> &types, const QString &origin,
                              bool replace, QString *error);

    QSqlDatabase m_db;
};

} // namespace pass
