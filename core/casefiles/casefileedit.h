#pragma once

#include "core/casefiles/casefilevalidator.h"
#include "core/domain/records.h"

#include <optional>

namespace pass {

// One edit of one case file as it was made: the record before and after. A create has no
// before, a delete no after. Undo and redo replay it as new edits (CaseFileCommands).
struct CaseFileEdit
{
    enum class Kind { Create, Update, Delete };
    Kind kind = Kind::Update;
    std::optional<CaseFile> before;
    std::optional<CaseFile> after;

    // The case file the edit is about (after a create, before a delete).
    QString id() const { return after ? after->id : before ? before->id : QString(); }
};

// What a command did. ok: committed (row, statistics, audit and outbox together); otherwise
// nothing was written, and either problems (the case is not valid: say it next to the fields)
// or error (the store or a later change refused it: say it as a whole) says why.
struct CaseFileEditResult
{
    bool ok = false;
    CaseFileEdit edit;        // the edit as committed, with the ids it ended up with
    QStringList changedIds;   // case files whose rows changed (for the views to refresh)
    QList<FieldProblem> problems;
    QString error;
};

} // namespace pass
