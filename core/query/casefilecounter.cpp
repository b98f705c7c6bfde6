#include "casefilecounter.h"

#include "core/query/casefilequery.h"
#include "core/query/readconnection.h"
#include "core/store/sqlitehandle.h"

#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace pass {

CaseFileCounter::CaseFileCounter(QString storePath, QObject *parent)
    : QObject(parent), m_path(std::move(storePath))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CaseFileCounter::finish);
}

CaseFileCounter::~CaseFileCounter()
{
    // A count over a million rows takes a few hundred milliseconds: stop it rather than wait.
    m_stop->store(true);
    m_watcher.waitForFinished();
}

quint64 CaseFileCounter::request(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue)
{
    Request request{++m_lastTicket, filter, catalogue};
    if (m_running != 0)
        m_waiting = std::move(request); // replaces an older waiting one: its answer would be stale
    else
        start(std::move(request));
    return m_lastTicket;
}

void CaseFileCounter::start(Request request)
{
    m_running = request.ticket;
    m_watcher.setFuture(QtConcurrent::run([path = m_path, stop = m_stop, request = std::move(request)] {
        const ReadConnection connection(path);
        if (!connection.isOpen())
            return Answer{-1, connection.errorString()};
        // SQLite asks the handler every few thousand steps; non-zero interrupts the statement.
        sqlite3 *handle = sqliteHandle(connection.database());
        if (handle) {
            sqlite3_progress_handler(
                handle, 4096, [](void *flag) { return static_cast<std::atomic_bool *>(flag)->load() ? 1 : 0; },
                stop.get());
        }
        CaseFileQuery query(connection.database(), request.catalogue);
        query.setFilter(request.filter);
        const qint64 matching = query.count();
        if (handle)
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return Answer{matching, matching < 0 ? query.errorString() : QString()};
    }));
}

void CaseFileCounter::finish()
{
    const quint64 ticket = std::exchange(m_running, 0);
    const Answer answer = m_watcher.future().result();
    if (m_waiting)
        start(*std::exchange(m_waiting, std::nullopt));
    Q_EMIT counted(ticket, answer.matching, answer.error);
}

} // namespace pass
