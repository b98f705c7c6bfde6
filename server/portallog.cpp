#include "portallog.h"

Q_LOGGING_CATEGORY(lcPortal, "pass.portal")
Q_LOGGING_CATEGORY(lcPortalHttp, "pass.portal.http")
Q_LOGGING_CATEGORY(lcPortalAuth, "pass.portal.auth")
Q_LOGGING_CATEGORY(lcPortalSync, "pass.portal.sync")
