#pragma once

#include <QString>

namespace pass {

class Database;

// The one way a store is opened, for the window (start-up and File → Open) and passctl alike:
// create or upgrade it (Database::open: schema migrations, reference data), then finish the
// repair of a first download from the portal that was interrupted (indicators and the case list
// must be right while the user works offline). The repair failing is not fatal — the next sync
// does it too — and is reported through `warning`.
bool openStore(Database &db, QString *error, QString *warning = nullptr);

} // namespace pass
