#pragma once

#include "ui/settings/firstrundialog.h"

#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace pass {

class MainWindow;
class Workspace;

// What pass-desktop does between its command line and its window. On the first start on a
// computer (no store where the settings say, and nobody scripted the run) the first-run screen
// asks how to begin; then the store opens with the usual policy (Workspace::open: migrations,
// repairs), the demo data fill an empty store when that was asked for, and the window shows the
// workspace — on the Sync view with the sign-in started when that was the choice. The choice is
// kept in the settings and the store file exists from then on, so the next start goes straight
// to the window.
class StartupFlow
{
public:
    struct Options
    {
        QString storePath;     // --db; empty: the store the settings name
        bool scripted = false; // --db, --self-check, --quit-when-ready, --screenshots: never ask
        bool demo = false;     // --demo: fill an empty store with the demo data
    };
    // Shows the first-run screen and returns its QDialog result: exec() in the application, a
    // test's hand on the real dialog otherwise.
    using FirstRunScreen = std::function<int(FirstRunDialog &)>;

    explicit StartupFlow(Options options, FirstRunScreen screen = {});

    // Whether this start asks the first-run question.
    bool needsFirstRun() const;
    // Runs the flow up to an open workspace. nullptr when the person closed the first-run screen
    // (*error empty: nothing to report) or when the store could not be opened or filled (*error
    // says why).
    std::unique_ptr<Workspace> openWorkspace(QString *error);
    // Gives `window` the workspace and shows it; starts the sign-in the first-run screen asked for.
    void showIn(MainWindow &window, std::unique_ptr<Workspace> workspace) const;

    FirstRunDialog::Choice firstRunChoice() const { return m_choice; }
    // The store this start opens (after the first-run screen: the one it chose).
    QString storePath() const { return m_path; }

private:
    Options m_options;
    FirstRunScreen m_screen;
    QString m_path;
    FirstRunDialog::Choice m_choice = FirstRunDialog::Choice::None;
    QUrl m_portal;
};

} // namespace pass
