#pragma once

#include "core/domain/semester.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pass {

// Baseline and target for a region and a procedure type ('*' for all of them): the baseline
// semester's figures are the reference, and the target is a percentage reduction of the backlog
// and of the average duration due by a date. Configuration, never constants in code.
struct Target
{
    QString region = QStringLiteral("LOM");
    QString procedureCode = QStringLiteral("*");
    Semester baselineSemester = Semester(2021, 2);
    double backlogReductionPct = 0;
    double durationReductionPct = 0;
    QDate dueDate = QDate(2025, 6, 30);
};

class TargetStore
{
public:
    explicit TargetStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // The target for the procedure, else the region's '*' target, else nullopt.
    std::optional<Target> find(const QString &region, const QString &procedureCode) const;
    QList<Target> all() const;
    bool save(const Target &target, QString *error);

    // Linear path from the baseline value at the end of the baseline semester to the target
    // value at the due date: the value expected at the end of `semester`.
    static double targetPath(double baselineValue, double reductionPct, Semester baseline,
                             QDate dueDate, Semester semester);

private:
    QSqlDatabase m_db;
};

} // namespace pass
