#include "viewregistry.h"

#include "ui/authorities/authoritiesview.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/common/placeholderview.h"
#include "ui/dashboard/backlogchartview.h"
#include "ui/sync/syncpanel.h"

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// A page saying what the view will show, until its real factory replaces this one.
std::function<View *(Workspace *, QWidget *)> placeholder(const QString &title, const QString &description)
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
        {u"dashboard"_s, tr("Dashboard"), tr("Backlog against baseline and target"), make<BacklogChartView>()},
        {u"casefiles"_s, tr("Case files"), tr("Every monitored case file"), make<CaseFilePanel>()},
        {u"requests"_s, tr("Support requests"), tr("Requests to the task forces"),
         placeholder(tr("Support requests"),
                     tr("The authority's support requests to the task forces: create, submit and follow "
                        "them from draft to completion, with their messages and assigned experts."))},
        {u"visits"_s, tr("Visits"), tr("Experts' visits and activities"),
         placeholder(tr("Visits"),
                     tr("The experts' on-site and remote visits for each request: date, hours, "
                        "participants, what was done and its follow-ups, and their confirmation."))},
        {u"authorities"_s, tr("Authorities"), tr("Comuni and province in scope"), make<AuthoritiesView>()},
        {u"sync"_s, tr("Sync"), tr("Portal account, queues and log"), make<SyncPanel>()},
    };
}

} // namespace pass
