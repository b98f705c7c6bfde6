#include "referencelookup.h"

#include "core/import/importfield.h"
#include "core/import/valueparsers.h"
#include "core/store/referencestore.h"

namespace pass {
namespace {

void insertUnique(QHash<QString, QString> *map, const QString &key, const QString &value)
{
    if (key.isEmpty())
        return;
    const auto it = map->constFind(key);
    if (it == map->cend())
        map->insert(key, value);
    else if (*it != value)
        map->insert(key, QString()); // two entries share it: ask rather than guess
}

} // namespace

ReferenceLookup::ReferenceLookup(QSqlDatabase db)
{
    const ReferenceStore store(db);
    QList<Authority> authorities;
    if (!store.authorities(&authorities, &m_error) || !store.procedureTypesByCode(&m_types, &m_error))
        return;
    for (const Authority &a : std::as_const(authorities)) {
        m_istat.insert(a.istat);
        insertUnique(&m_authorityByName, foldForMatching(a.name), a.istat);
    }
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        insertUnique(&m_procedureByFolded, foldForMatching(it.key()), it.key());
        insertUnique(&m_procedureByFolded, foldForMatching(it->name), it.key());
    }
}

QString ReferenceLookup::resolveAuthority(QStringView text) const
{
    QString code = cleanCode(text);
    if (code.isEmpty())
        return {};
    bool digits = true;
    for (QChar c : std::as_const(code))
        digits = digits && c.isDigit();
    if (digits) {
        // A code the store knows, as written: provinces have three digits (019), comuni six.
        if (m_istat.contains(code))
            return code;
        // Spreadsheets drop the leading zeros of codes like 019 or 019035.
        for (const qsizetype width : {3, 6}) {
            if (code.size() < width) {
                const QString padded = code.rightJustified(width, u'0');
                if (m_istat.contains(padded))
                    return padded;
            }
        }
        // Unknown either way: reported in the comune form.
        return code.size() < 6 ? code.rightJustified(6, u'0') : code;
    }
    return m_authorityByName.value(foldForMatching(code));
}

QString ReferenceLookup::resolveAuthority(const QString &trimmed) const
{
    const auto it = m_istat.constFind(trimmed);
    return it != m_istat.cend() ? *it : resolveAuthority(QStringView(trimmed));
}

QString ReferenceLookup::resolveProcedure(const QString &trimmed) const
{
    const auto it = m_types.constFind(trimmed);
    return it != m_types.cend() ? it.key() : resolveProcedure(QStringView(trimmed));
}

QString ReferenceLookup::resolveProcedure(QStringView text) const
{
    const QString trimmed = text.trimmed().toString();
    if (m_types.contains(trimmed))
        return trimmed;
    return m_procedureByFolded.value(foldForMatching(trimmed));
}

} // namespace pass
