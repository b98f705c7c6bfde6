#pragma once

#include "core/domain/records.h"
#include "core/indicators/indicatorrow.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace pass {

// Computes the semester indicators from the maintained aggregates (case_stats). Every figure
// equals a query over case_files documented in docs/indicators.md; the tests check both agree.
class IndicatorEngine
{
public:
    enum class GroupBy { Procedure, TaskForce };

    struct Query
    {
        GroupBy groupBy = GroupBy::Procedure;
        // Empty: all authorities. Several: their sum (e.g. the small comuni of a province).
        QStringList authorities;
        std::optional<Semester> from; // default: the first semester with data
        std::optional<Semester> to;   // default: the current semester
        QString procedureCode;        // optional filter
        QString taskForceCode;        // optional filter
        // The running semester (the one containing asOf) is counted as of this day: its backlog
        // holds the case files overdue on it, not those that would be on the semester's last day.
        QDate asOf = QDate::currentDate();
    };

    explicit IndicatorEngine(QSqlDatabase db);

    // One row per procedure type (or task force) and semester, zero rows included, ordered by
    // semester, then task force, then procedure.
    QList<IndicatorRow> compute(const Query &query, QString *error = nullptr) const;
    // The first semester with any case file in the selection into *first; nullopt for an empty
    // store. False with *error when the statistics cannot be read.
    bool firstSemesterWithData(const QStringList &authorities, std::optional<Semester> *first, QString *error) const;

    // Reads the catalogue again; when it cannot be read, compute() fails with the reason.
    void reloadCatalogue();

private:
    QSqlDatabase m_db;
    QList<ProcedureType> m_types;
    QList<TaskForce> m_taskForces;
    QString m_catalogueError;
};

} // namespace pass
