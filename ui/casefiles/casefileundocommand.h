#pragma once

#include "core/casefiles/casefileedit.h"

#include <QUndoCommand>

#include <functional>

namespace pass {

// One edit of the session on the undo stack. The edit is already made when the command is
// pushed, so its first redo() does nothing. undo() and redo() replay it through the commands as
// new journalled edits (audited, queued for the portal). When a replay is refused (the case
// changed meanwhile, or is gone) the reason goes to `report` and the command leaves the stack.
class CaseFileUndoCommand : public QUndoCommand
{
public:
    // Runs the undo (true) or redo (false) of an edit; CaseFileCommands::undo/redo in the application.
    using Replay = std::function<CaseFileEditResult(const CaseFileEdit &edit, bool undo)>;
    using Report = std::function<void(const QString &message)>;

    CaseFileUndoCommand(CaseFileEdit done, Replay replay, Report report);

    void undo() override;
    void redo() override;

    const CaseFileEdit &edit() const { return m_edit; }
    // "Edit case file 2025/000123" and the like, for the Undo/Redo menu entries.
    static QString describe(const CaseFileEdit &edit);

private:
    void replay(bool undo);

    CaseFileEdit m_edit;
    Replay m_replay;
    Report m_report;
    bool m_first = true;
};

} // namespace pass
