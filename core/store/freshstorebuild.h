#pragma once

#include "core/store/database.h"

#include <QString>

#include <memory>

namespace pass {

// Builds a brand-new store in one go (a large demo store, say) about twice as fast as writing
// through the journal, without giving up crash safety: the store is written under a temporary
// name with no rollback journal, and appears under its real name only once it
// is complete, switched back to WAL and flushed to disk. A crash or a failed build leaves at most
// the temporary file, which the next build replaces; never a half-written store.
// Its stages, for crash tests (see reachStage): fresh-store:opened (empty store created under its
// temporary name), fresh-store:switched-to-wal, fresh-store:flushed (durable, not yet moved) and
// fresh-store:moved (under the final name, folder not yet flushed).
class FreshStoreBuild
{
public:
    explicit FreshStoreBuild(QString finalPath);
    ~FreshStoreBuild(); // discards an unfinished build
    FreshStoreBuild(const FreshStoreBuild &) = delete;
    FreshStoreBuild &operator=(const FreshStoreBuild &) = delete;

    // Refuses when a store already exists at the final path.
    bool open(QString *error);
    // The store under construction (valid after open()); use it from the calling thread only.
    Database &database() { return *m_db; }
    // Makes the store durable and moves it to the final path.
    bool finish(QString *error);

    QString temporaryPath() const { return m_temporaryPath; }

private:
    void discard();

    QString m_finalPath;
    QString m_temporaryPath;
    std::unique_ptr<Database> m_db;
    bool m_finished = false;
};

} // namespace pass
