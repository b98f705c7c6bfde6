#pragma once

#include "core/casefiles/casefilefield.h"
#include "core/domain/records.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace pass {

// One thing wrong with a case file, said to the clerk next to the field it is about.
struct FieldProblem
{
    CaseFileField field;
    QString message;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

// Checks a case file before a person saves it, field by field, in words a clerk understands
// ("The end date comes before the start date (4 March 2024)."). Beyond the rules every stored
// case file obeys (core/store/casefilerules.h, which it always includes, so a case it accepts is
// one the store accepts), it refuses what only makes sense to refuse while typing: a protocol
// number another case file of the same authority already has, a procedure that this kind of
// authority does not handle, dates after today, suspensions outside the case's own dates.
class CaseFileValidator
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileValidator)

public:
    // Reads the authority list and the catalogue once; the store is asked again only for
    // protocol numbers.
    explicit CaseFileValidator(QSqlDatabase db);

    // The problems of c, at most one per field, in the editor's field order; empty when it can
    // be saved. c.id, when set, is the case being edited (its own protocol number is no duplicate).
    QList<FieldProblem> check(const CaseFile &c) const;

    // Reads the authority list and the catalogue again (after a sync replaced them). When they
    // cannot be read, check() refuses every case file with the reason.
    void reload();

    // The date "today" means (dates after it are refused); the current date unless a test fixes it.
    void setToday(QDate today) { m_today = today; }

    // The problems as one readable text, one "Field: message" per line.
    static QString describe(const QList<FieldProblem> &problems);

private:
    QString duplicateOf(const CaseFile &c) const;

    QSqlDatabase m_db;
    QHash<QString, Authority> m_authorities;
    QHash<QString, ProcedureType> m_types;
    QString m_readError; // why reload() could not read them: check() then says it
    QDate m_today = QDate::currentDate();
};

} // namespace pass
