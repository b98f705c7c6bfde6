#include "dashboardfixture.h"

#include "core/indicators/targets.h"
#include "core/store/casefilestore.h"

using namespace Qt::StringLiterals;
using namespace pass;

// Case files (PDC-LOM, legal term 60 days), and when each is in the backlog:
//   Crema
//   X1 2023-01-02, open                         overdue from 2023-03-04: 2023-S1 on
//   X2 2023-03-01 - 2024-02-01 express, CdS     337 days, late; backlog 2023-S1, 2023-S2
//   X3 2023-08-01 - 2023-09-15 express          45 days
//   X4 2024-09-01, open                         deadline 2024-10-31: not overdue on 2024-10-15
//   X5 2024-01-10, open, suspended 150 days     gross deadline 2024-03-10 (2024-S1 on);
//                                               net deadline 2024-08-07 (2024-S2 on)
//   X6 2024-02-01 - 2024-03-15 tacit            43 days
//   X7 2024-10-01, open                         14 days old
//   X8 2024-08-01, open                         deadline 2024-09-30: 15 days overdue
//   W1 2023-05-02 - 2023-06-01 withdrawn        closed, not concluded
//   Agnadello
//   Y1 2023-06-01, open                         overdue from 2023-08-01: 2023-S2 on
//   Y2 2023-02-01 - 2023-03-20 express          47 days
// Backlog (gross / net): 2023-S1 2/2, 2023-S2 3/3, 2024-S1 3/2, 2024-S2 as of 2024-10-15 4/4.
DashboardFixture::DashboardFixture() = default;

bool DashboardFixture::add(const char *authority, const char *protocol, const char *start, const char *end,
                           const char *outcome, bool conference, int suspendedDays, const char *responsible,
                           QString *error)
{
    CaseFile c;
    c.authorityIstat = QString::fromLatin1(authority);
    c.procedureCode = u"PDC-LOM"_s;
    c.protocolNumber = QString::fromLatin1(protocol);
    c.startDate = QDate::fromString(QString::fromLatin1(start), Qt::ISODate);
    if (end)
        c.endDate = QDate::fromString(QString::fromLatin1(end), Qt::ISODate);
    if (outcome)
        c.outcome = outcomeFromWireName(QString::fromLatin1(outcome));
    c.servicesConference = conference;
    if (suspendedDays > 0)
        c.suspensions << Suspension{c.startDate.addDays(10), c.startDate.addDays(10 + suspendedDays), u"integrazioni"_s};
    c.responsible = QString::fromUtf8(responsible);
    return CaseFileStore(m_db->connection()).insert(&c, EditContext::local(), error);
}

bool DashboardFixture::open(QString *error)
{
    m_db = std::make_unique<Database>(path());
    if (!m_db->open()) {
        *error = m_db->errorString();
        return false;
    }
    const bool ok = add(kCrema, "X1", "2023-01-02", nullptr, nullptr, false, 0, "Rossi", error)
        && add(kCrema, "X2", "2023-03-01", "2024-02-01", "express", true, 0, "Rossi", error)
        && add(kCrema, "X3", "2023-08-01", "2023-09-15", "express", false, 0, "Bianchi", error)
        && add(kCrema, "X4", "2024-09-01", nullptr, nullptr, false, 0, "Bianchi", error)
        && add(kCrema, "X5", "2024-01-10", nullptr, nullptr, false, 150, "Rossi", error)
        && add(kCrema, "X6", "2024-02-01", "2024-03-15", "tacit", false, 0, "Bianchi", error)
        && add(kCrema, "X7", "2024-10-01", nullptr, nullptr, false, 0, "Bianchi", error)
        && add(kCrema, "X8", "2024-08-01", nullptr, nullptr, false, 0, "Verdi", error)
        && add(kCrema, "W1", "2023-05-02", "2023-06-01", "withdrawn", false, 0, "Verdi", error)
        && add(kAgnadello, "Y1", "2023-06-01", nullptr, nullptr, false, 0, "Neri", error)
        && add(kAgnadello, "Y2", "2023-02-01", "2023-03-20", "express", false, 0, "Neri", error);
    if (!ok)
        return false;
    // Baseline 2023-S2; -40 % backlog, -20 % duration by 2024-12-31, half of it by mid-2024.
    Target target;
    target.procedureCode = u"*"_s;
    target.baselineSemester = Semester(2023, 2);
    target.backlogReductionPct = 40;
    target.durationReductionPct = 20;
    target.dueDate = QDate(2024, 12, 31);
    target.milestones = {TargetMilestone{QDate(2024, 6, 30), 20, 10}};
    return TargetStore(m_db->connection()).save(target, error);
}
