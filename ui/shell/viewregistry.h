#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace pass {

class View;
class Workspace;

// One entry of the navigation: a stable key (for saved state), the title, the line the side bar
// shows under it, and the factory that makes the view over a workspace. The order of
// registeredViews() is the side bar's order and gives Ctrl+1…9.
struct ViewEntry
{
    QString key;
    QString title;
    QString summary;
    std::function<View *(Workspace *workspace, QWidget *parent)> create;
};

// The one place views are registered (see ui/common/view.h).
class ViewRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ViewRegistry)
public:
    static QList<ViewEntry> registeredViews();
};

} // namespace pass
