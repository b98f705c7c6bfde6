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
// An intermediate step of a target: the reductions (percent of the baseline) due by a date.
struct TargetMilestone
{
    QDate due;
    double backlogReductionPct = 0;
    double durationReductionPct = 0;

    friend bool operator==(const TargetMilestone &, const TargetMilestone &) = default;
};

struct Target
{
    QString region = QStringLiteral("LOM");
    QString procedureCode = QStringLiteral("*");
    Semester baselineSemester = Semester(2021, 2);
    double backlogReductionPct = 0;
    double durationReductionPct = 0;
    QDate dueDate = QDate(2025, 6, 30);
    // Intermediate milestones before the due date, in date order (e.g. -20 % by 2023-12-31).
    QList<TargetMilestone> milestones;

    enum class Measure { Backlog, Duration };
    // The reduction (percent) the target path asks for on `day`: 0 at the end of the baseline
    // semester, linear between milestones, the final reduction from the due date on.
    double reductionPctOn(Measure measure, QDate day) const;
    // The target path's value on `day` for a baseline value.
    double pathValueOn(Measure measure, double baselineValue, QDate day) const
    {
        return baselineValue * (1.0 - reductionPctOn(measure, day) / 100.0);
    }
    // Empty when the milestones are in date order, after the baseline and before the due date,
    // with reductions between 0 and 100; otherwise what is wrong.
    QString validate() const;
};

class TargetStore
{
public:
    explicit TargetStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // The target for the procedure, else the region's '*' target, else nullopt, into *target.
    // False with *error when the targets cannot be read (not "no target": the charts would lose
    // their path without a word).
    bool find(const QString &region, const QString &procedureCode, std::optional<Target> *target,
              QString *error) const;
    bool all(QList<Target> *targets, QString *error) const;
    bool save(const Target &target, QString *error);

    // Milestones as stored in targets.milestones (a JSON array).
    static QByteArray milestonesToJson(const QList<TargetMilestone> &milestones);
    static QList<TargetMilestone> milestonesFromJson(const QByteArray &json);

    // Linear path from the baseline value at the end of the baseline semester to the target
    // value at the due date: the value expected at the end of `semester`.
    static double targetPath(double baselineValue, double reductionPct, Semester baseline,
                             QDate dueDate, Semester semester);

private:
    QSqlDatabase m_db;
};

} // namespace pass
