#pragma once

#include <QCoreApplication>
#include <QString>

namespace pass {

// What a clerk reads when the sync's part of the store cannot be read (a locked or damaged file,
// a disk error): that nothing is lost, what to try, and SQLite's words last, for IT. One wording
// for the status bar, the Sync view and the conflict dialog.
class SyncReadProblem
{
    Q_DECLARE_TR_FUNCTIONS(SyncReadProblem)
public:
    // The status bar's short label.
    static QString label();
    // The sync state (queues, account, last sync) could not be read; `detail` is the store's error.
    static QString stateUnreadable(const QString &detail);
    // The open conflicts could not be read.
    static QString conflictsUnreadable(const QString &detail);
    // Some records the conflicts are about could not be read: their rows show them by their code.
    static QString recordsUnreadable(const QString &detail);

private:
    static QString advice(const QString &detail);
};

} // namespace pass
