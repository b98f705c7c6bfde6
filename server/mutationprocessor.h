#pragma once

#include "problem.h"
#include "recordstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace pass::portal {

class BlobStore;
class PortalClock;
class ReferenceCatalog;
class SequenceAllocator;
class UserDirectory;
struct Caller;

// Applies batches of mutations (POST /api/v1/sync/mutations). Each mutation runs in a
// savepoint of the batch's transaction and gets a result: applied, conflict or rejected.
// Results are logged by mutation_id so a replay answers the first result and changes nothing.
class MutationProcessor
{
public:
    static constexpr int MaxBatch = 500;

    MutationProcessor(QSqlDatabase db, const ReferenceCatalog *catalog,
                      const UserDirectory *users, const PortalClock *clock);

    // Checks the shape of a batch; a null problem means every mutation can get a result.
    static Problem checkBatch(const QJsonObject &body);
    // Applies a batch that passed checkBatch. Returns false and sets *problem when the
    // database fails (nothing is written then).
    bool apply(const Caller &caller, const QJsonArray &mutations, QJsonArray *results,
               Problem *problem);
    // Test mode: the next count record writes fail as a failing disk would make them fail.
    void failNextWrites(int count) { m_failWrites = count; }
    // Where document contents are: a request_document is taken only once its content is there.
    void setBlobs(const BlobStore *blobs) { m_blobs = blobs; }

private:
    QJsonObject applyOne(const Caller &caller, const QJsonObject &mutation, int index,
                         SequenceAllocator &seq);
    QJsonObject create(const Caller &caller, const QJsonObject &m, const QString &prefix,
                       SequenceAllocator &seq);
    QJsonObject update(const Caller &caller, const QJsonObject &m, const QString &prefix,
                       const StoredRecord &current, SequenceAllocator &seq);
    QJsonObject remove(const Caller &caller, const QJsonObject &m, const QString &prefix,
                       const StoredRecord &current, SequenceAllocator &seq);
    // Referential and cross-field rules on the record as it would be stored.
    QList<std::pair<QString, QString>> checkRules(const QString &entity, const QJsonObject &data,
                                                  const StoredRecord *current,
                                                  const QString &authorityIstat,
                                                  const QString &prefix) const;
    // The parent request of a message or visit (null object when missing or unreadable).
    std::optional<StoredRecord> readableRequest(const Caller &caller, const QString &id) const;
    QString naturalKey(const QString &entity, const QJsonObject &data,
                       const QString &authorityIstat) const;
    bool commitWrite(StoredRecord &record, SequenceAllocator &seq);
    // The result of a mutation whose write failed (500: not the client's fault, retried).
    QJsonObject writeFailed(const QJsonObject &m) const;

    QSqlDatabase m_db;
    RecordStore m_store;
    const ReferenceCatalog *m_catalog;
    const UserDirectory *m_users;
    const PortalClock *m_clock;
    const BlobStore *m_blobs = nullptr;
    int m_failWrites = 0;
    QString m_writeError;
};

} // namespace pass::portal
