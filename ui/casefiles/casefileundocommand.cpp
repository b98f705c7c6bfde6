#include "casefileundocommand.h"

#include <QCoreApplication>

#include <utility>

namespace pass {

CaseFileUndoCommand::CaseFileUndoCommand(CaseFileEdit done, Replay replay, Report report)
    : m_edit(std::move(done)), m_replay(std::move(replay)), m_report(std::move(report))
{
    setText(describe(m_edit));
}

QString CaseFileUndoCommand::describe(const CaseFileEdit &edit)
{
    const CaseFile &c = edit.after ? *edit.after : *edit.before;
    switch (edit.kind) {
    case CaseFileEdit::Kind::Create:
        return QCoreApplication::translate("CaseFileUndoCommand", "create case file %1").arg(c.protocolNumber);
    case CaseFileEdit::Kind::Update:
        return QCoreApplication::translate("CaseFileUndoCommand", "edit of case file %1").arg(c.protocolNumber);
    case CaseFileEdit::Kind::Delete:
        return QCoreApplication::translate("CaseFileUndoCommand", "delete case file %1").arg(c.protocolNumber);
    }
    return {};
}

void CaseFileUndoCommand::replay(bool undo)
{
    const CaseFileEditResult result = m_replay(m_edit, undo);
    if (result.ok) {
        m_edit = result.edit;
        return;
    }
    QString why = result.error;
    for (const FieldProblem &p : result.problems)
        why += (why.isEmpty() ? QString() : QStringLiteral("\n")) + p.message;
    m_report(undo ? QCoreApplication::translate("CaseFileUndoCommand", "Cannot undo “%1”: %2").arg(text(), why)
                  : QCoreApplication::translate("CaseFileUndoCommand", "Cannot redo “%1”: %2").arg(text(), why));
    setObsolete(true);
}

void CaseFileUndoCommand::undo()
{
    replay(true);
}

void CaseFileUndoCommand::redo()
{
    if (std::exchange(m_first, false))
        return;
    replay(false);
}

} // namespace pass
