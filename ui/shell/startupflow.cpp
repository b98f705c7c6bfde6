#include "startupflow.h"

#include "core/demo/demogenerator.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/workspace/appsettings.h"
#include "core/workspace/workspace.h"
#include "ui/shell/mainwindow.h"
#include "ui/sync/syncpanel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Fills an empty store with the demo story, with a progress dialog that can cancel it (the
// generator then leaves the store unchanged). Returns false only on a real error.
bool fillDemoIfEmpty(Database &store, QString *error)
{
    qint64 cases = 0;
    if (!CaseFileStore(store.connection()).count(&cases, error))
        return false;
    if (cases > 0)
        return true;
    QProgressDialog progress(QCoreApplication::translate("main", "Creating the demo data…"),
                             QCoreApplication::translate("main", "Cancel"), 0, 100);
    progress.setWindowTitle(QCoreApplication::translate("main", "PAsS Desktop"));
    progress.setMinimumDuration(300);
    DemoGenerator generator(store.connection());
    const bool ok = generator.run({}, [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    }, error);
    return ok || progress.wasCanceled();
}

} // namespace

StartupFlow::StartupFlow(Options options, FirstRunScreen screen)
    : m_options(std::move(options)),
      m_screen(screen ? std::move(screen) : [](FirstRunDialog &dialog) { return dialog.exec(); }),
      m_path(m_options.storePath.isEmpty() ? AppSettings().storePath() : m_options.storePath)
{
}

bool StartupFlow::needsFirstRun() const
{
    return !m_options.scripted && m_options.storePath.isEmpty() && !QFileInfo::exists(m_path);
}

std::unique_ptr<Workspace> StartupFlow::openWorkspace(QString *error)
{
    error->clear();
    if (needsFirstRun()) {
        FirstRunDialog dialog;
        if (m_screen(dialog) != QDialog::Accepted)
            return nullptr;
        m_choice = dialog.choice();
        m_portal = dialog.portalUrl();
        m_path = dialog.storePath();
    }
    std::unique_ptr<Workspace> workspace = Workspace::open(m_path, error);
    if (!workspace)
        return nullptr;
    const bool demo = m_options.demo || m_choice == FirstRunDialog::Choice::Demo;
    if (demo && !fillDemoIfEmpty(workspace->store(), error))
        return nullptr;
    return workspace;
}

void StartupFlow::showIn(MainWindow &window, std::unique_ptr<Workspace> workspace) const
{
    window.setWorkspace(std::move(workspace));
    window.show();
    if (m_choice != FirstRunDialog::Choice::SignIn)
        return;
    // The sign-in the first-run screen asked for, from the Sync view that follows it.
    window.showView(u"sync"_s);
    if (SyncPanel *panel = window.syncPanel())
        QTimer::singleShot(0, panel, [panel, portal = m_portal] { panel->signIn(portal); });
}

} // namespace pass
