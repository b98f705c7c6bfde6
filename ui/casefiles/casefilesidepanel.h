#pragma once

#include "core/casefiles/casefileedit.h"

#include <QWidget>

class QTabWidget;
class QUndoStack;

namespace pass {

class CaseFileEditor;
class CaseFileHistoryPanel;
class ChangeSet;
class Workspace;

// The side of the case-file view: the editor of the chosen case file and its history, in two
// tabs. Saves and deletions go through the workspace's case-file commands; each one that
// succeeds is pushed on the undo stack, so Ctrl+Z takes it back as a new journalled edit. Keeps
// itself current from Workspace::changed(): a sync that changes the open case file reloads it
// (unless the user is in the middle of editing it) and its history.
class CaseFileSidePanel : public QWidget
{
    Q_OBJECT

public:
    CaseFileSidePanel(Workspace *workspace, QUndoStack *undoStack, QWidget *parent = nullptr);

    // Shows the case file `id` (empty: none).
    void showCase(const QString &id);
    // A new case file, for the focused authority when there is one.
    void startNew();
    QString caseId() const { return m_caseId; }

    CaseFileEditor *editor() const { return m_editor; }
    CaseFileHistoryPanel *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    // Asks for confirmation, then deletes the case file shown.
    void deleteCurrent();
    void showHistoryTab();

Q_SIGNALS:
    // A case file was created, edited or came back (undo): the list may select it.
    void caseSaved(const QString &id);
    // A command could not be done (the message says why).
    void failed(const QString &message);

private:
    void save(const std::optional<CaseFile> &loaded, const CaseFile &edited);
    void remove(const QString &id);
    void onChanged(const ChangeSet &changes);
    void reloadHistory();
    void loadAuthorityNames();
    void pushUndo(const CaseFileEdit &edit);

    Workspace *m_workspace;
    QUndoStack *m_undoStack;
    QTabWidget *m_tabs;
    CaseFileEditor *m_editor;
    CaseFileHistoryPanel *m_history;
    QString m_caseId;
};

} // namespace pass
