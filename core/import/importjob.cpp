#include "importjob.h"

#include "core/store/database.h"

#include <QThread>

namespace pass {

ImportJob::ImportJob(Database &db, QString path, ImportMapping mapping, ImportOptions options, QObject *parent)
    : QObject(parent), m_db(db), m_path(std::move(path)), m_mapping(std::move(mapping)), m_options(std::move(options))
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::start()
{
    m_cancel = false;
    m_thread = QThread::create([this] {
        {
            // Database::connection() gives this thread its own connection (SQLite connections
            // are per thread).
            CaseImporter importer(m_db.connection());
            auto onProgress = [this](qint64 done, qint64 total, qint64 rows) {
                QMetaObject::invokeMethod(this, [this, done, total, rows] { emit progress(done, total, rows); },
                                          Qt::QueuedConnection);
            };
            m_report = importer.run(m_path, m_mapping, m_options, onProgress, &m_cancel);
        }
        m_db.releaseConnection(); // the thread ends: each job would leave one open otherwise
    });
    connect(m_thread, &QThread::finished, this, &ImportJob::finished);
    m_thread->start();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

} // namespace pass
