#pragma once

#include "core/domain/requestworkflow.h"

#include <QSqlDatabase>

#include <optional>

namespace pass {

class PortalClient;

// The signed-in account as the workflow sees it: name, role and authorities. Not a secret: kept
// in the store's sync_state, learnt from the portal (GET /api/v1/me) whenever the client syncs,
// so that the application and passctl can enable and refuse moves while offline. The portal
// checks every move again.
namespace AccountIdentity {

// nullopt too when the store cannot be read: then *error says why (logged when error is null).
std::optional<WorkflowActor> load(QSqlDatabase db, QString *error = nullptr);
bool save(QSqlDatabase db, const WorkflowActor &actor, QString *error);
// Asks the portal who the token belongs to and saves it; false with *error when it cannot.
bool refresh(QSqlDatabase db, PortalClient *client, QString *error);
// "anna:authority:019035" or "marco:expert:019035,019036" (passctl whoami --set, the demo).
std::optional<WorkflowActor> parse(const QString &text, QString *error);

} // namespace AccountIdentity

} // namespace pass
