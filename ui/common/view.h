#pragma once

#include <QByteArray>
#include <QList>

class QAction;
class QWidget;

namespace pass {

// One page of the main window (Dashboard, Case files, Support requests, Visits, Authorities,
// Sync, …), as Tiled's editors sit behind one interface in its main window.
//
// A view:
//  - is created by its factory in ui/shell/viewregistry.cpp with the Workspace, which it keeps;
//    it reads through the workspace's queries, writes through its commands, and refreshes
//    itself on Workspace::changed() when the change concerns what it shows — the shell never
//    calls a refresh;
//  - returns its page from widget() (often `this`: a QWidget subclass that also implements View);
//  - offers its commands as viewActions(): the shell puts them on the view's tool bar and in the
//    "View" menu while the view is current (give them shortcuts with Qt::WidgetWithChildrenShortcut
//    or none that clash with the shell's: Ctrl+1…9 pick views);
//  - saves what a user expects back next time (filters, splitters, sort) in saveState() and gets
//    it back in restoreState() before it is first shown; the shell keeps it in QSettings.
//  - never makes the window wider than the screen: its minimum width stays under 1,000 px.
//
// To add a view: write it in its own ui/<feature>/ folder and CMake target, then replace its
// placeholder's factory in ui/shell/viewregistry.cpp (and link the target in ui/shell).
class View
{
public:
    virtual ~View() = default;

    virtual QWidget *widget() = 0;
    virtual QList<QAction *> viewActions() const { return {}; }
    virtual QByteArray saveState() const { return {}; }
    virtual void restoreState(const QByteArray &state) { (void)state; }
    // Where the keyboard focus goes when the view is picked (Ctrl+N); widget() by default.
    virtual QWidget *focusTarget() { return widget(); }
};

} // namespace pass
