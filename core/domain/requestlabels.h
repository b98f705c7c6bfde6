#pragma once

#include "enums.h"

#include <QString>

namespace pass {

// The words people read for the request and visit values: one place for the views, passctl and
// the workflow's messages (translated; Italian by default).
QString requestStatusLabel(RequestStatus status);
QString requestKindLabel(RequestKind kind);
QString priorityLabel(Priority priority);
QString visitModeLabel(VisitMode mode);
QString visitConfirmationLabel(VisitConfirmation confirmation);

} // namespace pass

namespace pass {

// The label of a support-request, visit or message field by its wire name ("subject" →
// "oggetto"), as the conflict view shows it; the name itself when unknown.
QString requestFieldLabel(const QString &field);

} // namespace pass
