#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pass {

// What a committed write changed, as views need to know it: which kinds of records, and for
// the kinds with ids (case files, requests, visits) which ones — or "many" when a write
// touched too many to list (an import, a page of a sync). Produced by ChangeTracker after each
// commit, merged and announced by Workspace::changed().
class ChangeSet
{
public:
    enum class Entity {
        CaseFile,
        SupportRequest,
        Visit,
        RequestMessage,
        Authority,   // the authority list
        Catalogue,   // task forces, procedure types and their terms
        Target,      // baseline and targets
        Conflict,    // sync_conflicts
        Outbox,      // edits waiting to be sent
        Rejection,   // edits the portal refused
        SyncState,   // account, cursor, last sync
        SyncLog,
        ImportRun,
        Audit,       // history rows
        RequestDocument, // a request's documents and their downloaded content
    };

    // Above this many ids of one kind a change is reported as "many" (no ids).
    static constexpr int kMaxIds = 1000;

    bool isEmpty() const { return m_parts.isEmpty(); }
    bool touches(Entity e) const { return m_parts.contains(e); }
    // True when `e` changed but its ids are not known (too many, or a kind without ids).
    bool isMany(Entity e) const;
    // The ids of changed (inserted or updated) records of `e`, when known.
    QSet<QString> ids(Entity e) const;
    bool contains(Entity e, const QString &id) const;
    // True when records of `e` were deleted (their ids are not reported).
    bool hasRemovals(Entity e) const;
    QList<Entity> entities() const { return m_parts.keys(); }

    void addId(Entity e, const QString &id);
    void addMany(Entity e);
    void addRemoval(Entity e);
    void merge(const ChangeSet &other);

    // For logs and test messages: "case_file{3 ids} outbox{many}".
    QString toString() const;
    static QString entityName(Entity e);

private:
    struct Part
    {
        bool many = false;
        bool removals = false;
        QSet<QString> ids;
    };
    Part &part(Entity e);

    QHash<Entity, Part> m_parts;
};

} // namespace pass

Q_DECLARE_METATYPE(pass::ChangeSet)
