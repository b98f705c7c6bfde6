#pragma once

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace pass::portal {

// The read-only reference data held in memory: the JSON bodies of the reference endpoints with
// their ETags, and the look-ups the validation of mutations needs.
class ReferenceCatalog
{
public:
    void load(QSqlDatabase db);

    const QByteArray &authoritiesJson() const { return m_authorities; }
    const QByteArray &taskForcesJson() const { return m_taskForces; }
    const QByteArray &procedureTypesJson() const { return m_procedureTypes; }
    static QByteArray etagOf(const QByteArray &body);

    bool hasAuthority(const QString &istat) const { return m_authorityByIstat.contains(istat); }
    QJsonObject authority(const QString &istat) const { return m_authorityByIstat.value(istat); }
    bool hasTaskForce(const QString &code) const { return m_taskForceCodes.contains(code); }
    bool hasProcedure(const QString &code) const { return m_taskForceOfProcedure.contains(code); }
    QString taskForceOf(const QString &procedureCode) const
    {
        return m_taskForceOfProcedure.value(procedureCode);
    }
    QStringList authorityCodes() const { return m_authorityByIstat.keys(); }
    QStringList procedureCodes() const { return m_taskForceOfProcedure.keys(); }

private:
    QByteArray m_authorities;
    QByteArray m_taskForces;
    QByteArray m_procedureTypes;
    QHash<QString, QJsonObject> m_authorityByIstat;
    QSet<QString> m_taskForceCodes;
    QHash<QString, QString> m_taskForceOfProcedure;
};

} // namespace pass::portal
