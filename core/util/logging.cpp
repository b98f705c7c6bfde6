#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "pass.core.store")
Q_LOGGING_CATEGORY(lcIndicators, "pass.core.indicators")
Q_LOGGING_CATEGORY(lcDemo, "pass.core.demo")
Q_LOGGING_CATEGORY(lcImport, "pass.core.import")
Q_LOGGING_CATEGORY(lcSync, "pass.core.sync")
