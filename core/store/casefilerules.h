#pragma once

#include "core/domain/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace pass {

// One broken rule of a case file: the field (canonical column name) and the reason.
struct CaseFileProblem
{
    QString field;
    QString reason;
};

// The rules every stored case file obeys, in one place: CaseFileStore::validate() and the bulk
// importer both call this, so an imported row is accepted exactly when a single edit would be.
// authorityExists answers from the store or from a preloaded set; types is the catalogue.
QList<CaseFileProblem> checkCaseFile(const CaseFile &c,
                                     const std::function<bool(const QString &)> &authorityExists,
                                     const QHash<QString, ProcedureType> &types);

} // namespace pass
