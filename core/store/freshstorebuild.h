#pragma once

#include "core/store/database.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace pass {

// Builds a brand-new store in one go (a large demo store, say) about twice as fast as writing
// through the journal, without giving up crash safety: the store is written under a temporary
// name with no rollback journal, and appears under its real name only once it
// is complete, switched back to WAL and flushed to disk. A crash or a failed build leaves at most
// the temporary file, which the next build replaces; never a half-written store.
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

    // Marks that the build has reached the named stage. The build's own stages are "opened"
    // (empty store created under its temporary name), "switched-to-wal", "flushed" (durable,
    // not yet moved) and "moved" (under the final name, folder not yet flushed); the code that
    // fills the store adds its own. When the environment variable PASS_FRESH_STORE_PAUSE_AT
    // names the stage, the process prints "fresh store build paused at STAGE" to standard
    // error and waits for a byte (or the end) on standard input: crash tests kill it there,
    // at a known point instead of after a guessed delay.
    void reachStage(const char *stage) const;

private:
    void discard();

    QString m_finalPath;
    QString m_temporaryPath;
    QByteArray m_pauseAt; // PASS_FRESH_STORE_PAUSE_AT, read once
    std::unique_ptr<Database> m_db;
    bool m_finished = false;
};

} // namespace pass
