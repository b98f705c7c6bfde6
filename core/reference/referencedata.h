#pragma once

#include "core/domain/records.h"

#include <QList>
#include <QString>

namespace pass {

// The reference data shipped with the application (resources/data): Lombardy's authorities,
// the task forces and the starting procedure catalogue. The portal's catalogue replaces the
// shipped one once synced; an updated ISTAT list adds codes and keeps retired ones.
class ReferenceData
{
public:
    // Reads the embedded resources. Returns false and sets errorString() when one is broken.
    bool loadShipped();
    // A hash of the embedded files: changes when a new build ships different reference data.
    static QString shippedFingerprint();
    // Reads the same files from a folder (used to accept an updated ISTAT list).
    bool loadFromDirectory(const QString &directory);

    const QList<Authority> &authorities() const { return m_authorities; }
    const QList<TaskForce> &taskForces() const { return m_taskForces; }
    const QList<ProcedureType> &procedureTypes() const { return m_procedureTypes; }
    // ISTAT codes of the Cremasco comuni used by the demo.
    const QStringList &demoAreaIstat() const { return m_demoArea; }
    QString errorString() const { return m_error; }

private:
    bool load(const QString &prefix);
    bool readTable(const QString &path, QStringList *header, QList<QStringList> *rows);

    QList<Authority> m_authorities;
    QList<TaskForce> m_taskForces;
    QList<ProcedureType> m_procedureTypes;
    QStringList m_demoArea;
    QString m_error;
};

} // namespace pass
