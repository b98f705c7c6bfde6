#include "viewregistry.h"

#include "ui/authorities/authoritiesview.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/common/placeholderview.h"
#include "ui/bottlenecks/bottleneckview.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/deadlines/deadlinewatchview.h"
#include "ui/requests/requestsview.h"
#include "ui/sync/syncpanel.h"
#include "ui/visits/visitsview.h"

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// A page saying what the view will show, until its real factory replaces this one.
[[maybe_unused]] std::function<View *(Workspace *, QWidget *)> placeholder(const QString &title, const QString &description)
{
    return [title, description](Workspace *, QWidget *parent) { return new PlaceholderView(title, description, parent); };
}

template<typename ViewClass>
std::function<View *(Workspace *, QWidget *)> make()
{
    return [](Workspace *workspace, QWidget *parent) { return new ViewClass(workspace, parent); };
}

} // namespace

QList<ViewEntry> ViewRegistry::registeredViews()
{
    // To add a view: put its entry here, in navigation order. A placeholder holds the place of
    // a view that is still being built.
    return {
        {u"dashboard"_s, tr("Dashboard"), tr("Backlog and times against baseline and target"), make<DashboardView>()},
        {u"casefiles"_s, tr("Case files"), tr("Every monitored case file"), make<CaseFilePanel>()},
        {u"requests"_s, tr("Support requests"), tr("Requests to the task forces"), make<RequestsView>()},
        {u"visits"_s, tr("Visits"), tr("Experts' visits and activities"), make<VisitsView>()},
        {u"authorities"_s, tr("Authorities"), tr("Comuni and province in scope"), make<AuthoritiesView>()},
        {u"sync"_s, tr("Sync"), tr("Portal account, queues and log"), make<SyncPanel>()},
        {u"deadlines"_s, tr("Deadline watch"), tr("Case files about to pass their legal term"), make<DeadlineWatchView>()},
        {u"bottlenecks"_s, tr("Bottlenecks"), tr("Where case files pile up"), make<BottleneckView>()},
    };
}

} // namespace pass
