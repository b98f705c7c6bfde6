#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass {

// The import runs (import_runs): one row per import that changed the store, with its file,
// checksum, who and when, how many case files it created and updated, and the outbox sequence
// numbers reserved for the creates it owes the portal. Inside the importer's transaction.
class ImportRuns
{
public:
    explicit ImportRuns(QSqlDatabase db) : m_db(std::move(db)) { }

    // Opens a run before its first case is written (cases point at it): *id is the new run's.
    bool open(const QString &file, const QString &at, const QString &actor, const QString &origin, qint64 *id,
              QString *error);
    // Removes a run that changed nothing (the same file again): it leaves no trace.
    bool discard(qint64 id, QString *error);
    // Fills in what the run did. firstOutboxSeq > 0: the run owes the portal `created` creates
    // from that sequence number on (Outbox::expandImportRuns turns them into outbox rows).
    bool close(qint64 id, const QString &sha256, qint64 created, qint64 updated, qint64 firstOutboxSeq,
               QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pass
