#pragma once

#include "core/domain/records.h"
#include "core/query/casefilefilter.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace pass {

// Counts the case files a filter selects on a worker thread with a read connection of its own,
// so that a list over a large store shows its first rows at once and learns its length (for the
// scroll bar) when the count arrives. Each request gets a ticket that counted() carries back;
// the asker keeps only the answer to its latest ticket — an earlier filter's count is stale.
//
// One count runs at a time. Requests made meanwhile wait, and only the newest of them is counted
// when the running one ends: the ones it replaced are never answered. Destroying the counter
// interrupts a running count and waits for it to stop.
class CaseFileCounter : public QObject
{
    Q_OBJECT
public:
    explicit CaseFileCounter(QString storePath, QObject *parent = nullptr);
    ~CaseFileCounter() override;

    // Asks how many case files match `filter`; the catalogue turns legal terms into the date
    // limits of the overdue and due-soon states. Returns the request's ticket (never 0).
    quint64 request(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue);
    // Whether a count is running or waiting.
    bool isBusy() const { return m_running != 0 || m_waiting.has_value(); }

Q_SIGNALS:
    // The answer to request `ticket`: the number of matching case files, or -1 with `error` when
    // the store could not be read.
    void counted(quint64 ticket, qint64 matching, const QString &error);

private:
    struct Request
    {
        quint64 ticket = 0;
        CaseFileFilter filter;
        QList<ProcedureType> catalogue;
    };
    struct Answer
    {
        qint64 matching = -1;
        QString error;
    };

    void start(Request request);
    void finish();

    QString m_path;
    quint64 m_lastTicket = 0;
    quint64 m_running = 0;
    std::optional<Request> m_waiting;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Answer> m_watcher;
};

} // namespace pass
