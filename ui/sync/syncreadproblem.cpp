#include "syncreadproblem.h"

namespace pass {

QString SyncReadProblem::label()
{
    return tr("Sync state unreadable");
}

QString SyncReadProblem::stateUnreadable(const QString &detail)
{
    return tr("The sync state could not be read from the store file, so the edits to send, the "
              "conflicts and the refused edits cannot be shown now. Nothing is lost: they stay in "
              "the store.")
        + u'\n' + advice(detail);
}

QString SyncReadProblem::conflictsUnreadable(const QString &detail)
{
    return tr("The sync conflicts could not be read from the store file, so none can be shown or "
              "resolved now. Nothing is lost: they stay in the store.")
        + u'\n' + advice(detail);
}

QString SyncReadProblem::recordsUnreadable(const QString &detail)
{
    return tr("Some of the records these conflicts are about could not be read from the store "
              "file, so they are shown by their code. You can still choose which version to keep.")
        + u'\n' + advice(detail);
}

QString SyncReadProblem::advice(const QString &detail)
{
    return tr("Close any other program that may be using the store file and start PAsS Desktop "
              "again; if it happens again, tell your IT department.")
        + u'\n' + tr("Detail: %1").arg(detail);
}

} // namespace pass
