#pragma once

#include "core/import/caseimporter.h"

#include <QObject>

#include <atomic>

class QThread;

namespace pass {

class Database;

// Runs one import (or dry run) off the GUI thread, on a worker thread that opens its own
// connection to the store, and reports progress back through signals. cancel() is safe from
// any thread; a cancelled import leaves the store as it was.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(Database &db, QString path, ImportMapping mapping, ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    bool isRunning() const;
    // Valid after finished().
    const ImportReport &report() const { return m_report; }

public slots:
    void cancel();

signals:
    // done/total in bytes of the file (or sheet), rows read so far.
    void progress(qint64 done, qint64 total, qint64 rows);
    void finished();

private:
    Database &m_db;
    QString m_path;
    ImportMapping m_mapping;
    ImportOptions m_options;
    ImportReport m_report;
    std::atomic_bool m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace pass
