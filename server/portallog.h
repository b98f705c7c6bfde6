#pragma once

#include <QLoggingCategory>

// Dotted categories of the reference portal server.
Q_DECLARE_LOGGING_CATEGORY(lcPortal)
Q_DECLARE_LOGGING_CATEGORY(lcPortalHttp)
Q_DECLARE_LOGGING_CATEGORY(lcPortalAuth)
Q_DECLARE_LOGGING_CATEGORY(lcPortalSync)
