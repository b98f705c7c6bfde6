#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pass::portal {

// Loads the reference data shipped in pass_core's resources (:/pass/data/…) — authorities,
// task forces, the procedure catalogue and its term changes — into a new portal database.
class ReferenceImport
{
public:
    // Returns false and sets *error when a file is missing or a row cannot be written.
    static bool load(QSqlDatabase db, QString *error);
};

} // namespace pass::portal
