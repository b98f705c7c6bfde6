#include "casefilesidepanel.h"

#include "core/casefiles/casefilecommands.h"
#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefileeditor.h"
#include "ui/casefiles/casefilehistorypanel.h"
#include "ui/casefiles/casefileundocommand.h"

#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

CaseFileSidePanel::CaseFileSidePanel(Workspace *workspace, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    Workspace *ws = m_workspace;
    m_editor = new CaseFileEditor(m_workspace->authorities(), m_workspace->procedureTypes(),
                                  [ws](const CaseFile &c) { return ws->caseFileCommands().validator().check(c); },
                                  m_tabs);
    m_history = new CaseFileHistoryPanel(m_tabs);
    loadAuthorityNames();
    m_tabs->addTab(m_editor, tr("Case file"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setAccessibleName(tr("Chosen case file"));
    m_tabs->tabBar()->setAccessibleName(tr("Case file or its history"));

    connect(m_editor, &CaseFileEditor::saveRequested, this, &CaseFileSidePanel::save);
    connect(m_editor, &CaseFileEditor::deleteRequested, this, &CaseFileSidePanel::remove);
    connect(m_workspace, &Workspace::changed, this, &CaseFileSidePanel::onChanged);
}

void CaseFileSidePanel::showCase(const QString &id)
{
    m_caseId = id;
    const std::optional<CaseFile> c = id.isEmpty() ? std::nullopt : m_workspace->caseFile(id);
    if (!c) {
        m_caseId.clear();
        m_editor->clear();
        m_history->clear();
        return;
    }
    m_editor->setCaseFile(*c);
    reloadHistory();
}

void CaseFileSidePanel::startNew()
{
    m_caseId.clear();
    m_history->clear();
    m_editor->startNew(m_workspace->focusAuthority());
    m_tabs->setCurrentWidget(m_editor);
}

void CaseFileSidePanel::editCurrent()
{
    m_tabs->setCurrentWidget(m_editor);
    m_editor->focusFirstField();
}

void CaseFileSidePanel::showHistoryTab()
{
    m_tabs->setCurrentWidget(m_history);
}

void CaseFileSidePanel::reloadHistory()
{
    if (m_caseId.isEmpty())
        return;
    const std::optional<CaseFile> c = m_editor->loaded();
    QString error;
    const QList<AuditLog::Entry> entries = m_workspace->caseFileHistory(m_caseId, &error);
    if (!error.isEmpty())
        Q_EMIT failed(tr("The history of this case file cannot be read: %1").arg(error));
    m_history->setHistory(c ? c->protocolNumber : m_caseId, entries);
}

void CaseFileSidePanel::pushUndo(const CaseFileEdit &edit)
{
    // Through the workspace at replay time: a sign-in in between makes new commands (new actor).
    Workspace *workspace = m_workspace;
    auto replay = [workspace](const CaseFileEdit &e, bool undo) {
        return undo ? workspace->caseFileCommands().undo(e) : workspace->caseFileCommands().redo(e);
    };
    auto report = [this](const QString &message) { Q_EMIT failed(message); };
    m_undoStack->push(new CaseFileUndoCommand(edit, replay, report));
}

void CaseFileSidePanel::save(const std::optional<CaseFile> &loaded, const CaseFile &edited)
{
    CaseFileCommands &commands = m_workspace->caseFileCommands();
    const CaseFileEditResult result = loaded ? commands.update(*loaded, edited) : commands.create(edited);
    if (!result.ok) {
        if (!result.problems.isEmpty())
            m_editor->showProblems(result.problems);
        m_editor->showError(result.error);
        return;
    }
    if (!result.changedIds.isEmpty())
        pushUndo(result.edit);
    m_caseId = result.edit.id();
    showCase(m_caseId);
    Q_EMIT caseSaved(m_caseId);
}

void CaseFileSidePanel::deleteCurrent()
{
    if (!m_caseId.isEmpty())
        m_editor->deleteButton()->click();
}

void CaseFileSidePanel::remove(const QString &id)
{
    const CaseFileEditResult result = m_workspace->caseFileCommands().remove(id);
    if (!result.ok) {
        m_editor->showError(result.error);
        return;
    }
    pushUndo(result.edit);
    showCase({});
}

void CaseFileSidePanel::loadAuthorityNames()
{
    QHash<QString, QString> names;
    for (const Authority &a : m_workspace->authorities())
        names.insert(a.istat, a.name);
    m_history->setAuthorityNames(names);
}

void CaseFileSidePanel::onChanged(const ChangeSet &changes)
{
    if (changes.touches(ChangeSet::Entity::Authority))
        loadAuthorityNames();
    if (changes.touches(ChangeSet::Entity::Authority) || changes.touches(ChangeSet::Entity::Catalogue))
        m_editor->setChoices(m_workspace->authorities(), m_workspace->procedureTypes());
    if (m_caseId.isEmpty() || !changes.touches(ChangeSet::Entity::CaseFile))
        return;
    const bool mine = changes.contains(ChangeSet::Entity::CaseFile, m_caseId)
        || changes.isMany(ChangeSet::Entity::CaseFile) || changes.hasRemovals(ChangeSet::Entity::CaseFile);
    if (!mine)
        return;
    const std::optional<CaseFile> now = m_workspace->caseFile(m_caseId);
    if (!now) {
        showCase({}); // deleted, here (undo) or by a sync
        return;
    }
    // What the user is typing stays; Save then reports a field that changed meanwhile.
    if (!m_editor->isModified() && !(m_editor->loaded() == now))
        m_editor->setCaseFile(*now);
    reloadHistory();
}

} // namespace pass
