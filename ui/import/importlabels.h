#pragma once

#include "core/import/importfield.h"

#include <QString>

namespace pass {

// How the import wizard names the importer's fields and values in the user's language: the
// core reports canonical keys ("outcome", "end_date") and neutral values (ISO dates, wire
// names), which an office should not have to read.
QString importFieldLabel(ImportField f);
// A field by its canonical name, including the store's "suspensions"; unknown names as given.
QString importFieldLabel(const QString &name);
// A value of an ImportChange (see core/import/importreport.h) as the user reads it.
QString importValueText(const QString &field, const QString &value);
// An outcome by its wire name (express, tacit, withdrawn; open or empty: still open).
QString outcomeLabel(const QString &wireName);

} // namespace pass
