#pragma once

#include "core/domain/records.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace pass {

// The authority list and the procedure catalogue, loaded once per import so that a million
// rows are checked against memory rather than with a query each.
class ReferenceLookup
{
public:
    explicit ReferenceLookup(QSqlDatabase db);
    // Why the lists could not be read (empty when they were): with none loaded every row would be
    // refused as an unknown authority, so the import stops with this instead.
    QString errorString() const { return m_error; }

    bool authorityExists(const QString &istat) const { return m_istat.contains(istat); }
    // An ISTAT code as typed (lost leading zero, "12001.0") or a comune's name → the code;
    // empty when nothing matches (the raw text is then reported as unknown).
    QString resolveAuthority(QStringView text) const;
    // A catalogue code in any case, or a procedure name that matches exactly one entry.
    QString resolveProcedure(QStringView text) const;
    // The same for text already trimmed, as an import's cells are: a code written as the store
    // has it (nearly every row) is answered with the store's own string, shared rather than
    // copied, so a million case files do not each allocate and free two more strings.
    QString resolveAuthority(const QString &trimmed) const;
    QString resolveProcedure(const QString &trimmed) const;
    const QHash<QString, ProcedureType> &types() const { return m_types; }

private:
    QSet<QString> m_istat;
    QHash<QString, QString> m_authorityByName; // folded name → istat ("" when ambiguous)
    QHash<QString, ProcedureType> m_types;
    QHash<QString, QString> m_procedureByFolded; // folded code or name → code ("" when ambiguous)
    QString m_error;
};

} // namespace pass
