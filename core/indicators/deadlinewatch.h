#pragma once

#include "core/indicators/indicatorscope.h"
#include "core/indicators/opencases.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace pass {

// Open case files about to pass their legal term, and those already past it: the backlog of
// tomorrow, while it can still be prevented.
struct DeadlineEntry
{
    OpenCase caseFile;
    QDate deadline;    // last day within the term (net of suspensions when the scope says so)
    qint64 daysLeft = 0; // from the scope's day; negative: overdue by that many days
    bool isNew = false;  // entered the watch after the last time it was looked at

    bool isOverdue() const { return daysLeft < 0; }
};

// How many entries one authority and responsible officer has.
struct DeadlineGroup
{
    QString authorityIstat;
    QString responsible;
    qint64 dueSoon = 0;
    qint64 overdue = 0;
};

struct DeadlineWatchResult
{
    QList<DeadlineEntry> entries; // by urgency, up to the limit asked for
    QList<DeadlineGroup> groups;  // by authority, then most entries first
    qint64 dueSoon = 0;           // passing their term within the window: the navigation's badge
    qint64 overdue = 0;
    qint64 newSinceLastSeen = 0;  // entries (due soon or overdue) that entered after lastSeen
};

class DeadlineWatch
{
public:
    struct Options
    {
        IndicatorScope scope;       // authorities, task force, procedure, variant, day
        int withinDays = 30;
        bool includeOverdue = true;
        int limit = -1;             // entries kept (all counted anyway); -1: all
        std::optional<QDate> lastSeen; // the day of the previous start
    };

    explicit DeadlineWatch(QSqlDatabase db) : m_db(std::move(db)) { }

    // Urgency: first the case files still within their term, fewest days left first; then the
    // overdue ones, longest overdue first. Case files without a legal term are never listed.
    DeadlineWatchResult list(const Options &options, QString *error) const;

    // A case entered the watch on the later of its start and `withinDays` before its deadline.
    static QDate enteredWatchOn(const DeadlineEntry &entry, int withinDays);

private:
    QSqlDatabase m_db;
};

} // namespace pass
