#include "changeset.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {

bool ChangeSet::isMany(Entity e) const
{
    const auto it = m_parts.constFind(e);
    return it != m_parts.cend() && it->many;
}

QSet<QString> ChangeSet::ids(Entity e) const
{
    return m_parts.value(e).ids;
}

bool ChangeSet::contains(Entity e, const QString &id) const
{
    const auto it = m_parts.constFind(e);
    return it != m_parts.cend() && it->ids.contains(id);
}

bool ChangeSet::hasRemovals(Entity e) const
{
    const auto it = m_parts.constFind(e);
    return it != m_parts.cend() && it->removals;
}

ChangeSet::Part &ChangeSet::part(Entity e)
{
    return m_parts[e];
}

void ChangeSet::addId(Entity e, const QString &id)
{
    Part &p = part(e);
    if (p.many)
        return;
    p.ids.insert(id);
    if (p.ids.size() > kMaxIds) {
        p.ids.clear();
        p.many = true;
    }
}

void ChangeSet::addMany(Entity e)
{
    Part &p = part(e);
    p.many = true;
    p.ids.clear();
}

void ChangeSet::addRemoval(Entity e)
{
    part(e).removals = true;
}

void ChangeSet::merge(const ChangeSet &other)
{
    for (auto it = other.m_parts.cbegin(); it != other.m_parts.cend(); ++it) {
        Part &p = part(it.key());
        p.removals = p.removals || it->removals;
        if (it->many) {
            addMany(it.key());
            continue;
        }
        for (const QString &id : it->ids)
            addId(it.key(), id);
    }
}

QString ChangeSet::entityName(Entity e)
{
    switch (e) {
    case Entity::CaseFile: return u"case_file"_s;
    case Entity::SupportRequest: return u"support_request"_s;
    case Entity::Visit: return u"visit"_s;
    case Entity::RequestMessage: return u"request_message"_s;
    case Entity::Authority: return u"authority"_s;
    case Entity::Catalogue: return u"catalogue"_s;
    case Entity::Target: return u"target"_s;
    case Entity::Conflict: return u"conflict"_s;
    case Entity::Outbox: return u"outbox"_s;
    case Entity::Rejection: return u"rejection"_s;
    case Entity::SyncState: return u"sync_state"_s;
    case Entity::SyncLog: return u"sync_log"_s;
    case Entity::ImportRun: return u"import_run"_s;
    case Entity::Audit: return u"audit"_s;
    case Entity::RequestDocument: return u"request_document"_s;
    }
    return u"?"_s;
}

QString ChangeSet::toString() const
{
    QStringList parts;
    for (auto it = m_parts.cbegin(); it != m_parts.cend(); ++it) {
        QString detail = it->many ? u"many"_s : u"%1 ids"_s.arg(it->ids.size());
        if (it->removals)
            detail += u", removals"_s;
        parts << entityName(it.key()) + u'{' + detail + u'}';
    }
    std::sort(parts.begin(), parts.end());
    return parts.join(u' ');
}

} // namespace pass
