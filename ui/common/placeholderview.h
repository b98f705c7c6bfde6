#pragma once

#include "ui/common/view.h"

#include <QWidget>

namespace pass {

// A page for a view that is not built yet: its title and what it will show, so that nobody
// meets an empty pane. Replaced in ui/shell/viewregistry.cpp when the real view lands.
class PlaceholderView : public QWidget, public View
{
    Q_OBJECT
public:
    PlaceholderView(const QString &title, const QString &description, QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
};

} // namespace pass
