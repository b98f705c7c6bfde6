#include "casestats.h"

#include "core/domain/records.h"
#include "core/domain/semester.h"
#include "core/store/referencestore.h"
#include "core/store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {
namespace {
const QString kAllAuthorities = u"*"_s;

int semesterOf(QDate date)
{
    return date.year() * 2 + (date.month() > 6 ? 1 : 0);
}
} // namespace

bool CaseStatsAccumulator::Counters::isZero() const
{
    return !started && !concludedTacit && !concludedExpress && !expressWithConference
        && !expressWithSuspension && !expressDurationSum && !concludedLate && !withdrawn && !backlogDelta;
}

size_t qHash(const CaseStatsAccumulator::Key &key, size_t seed)
{
    return qHashMulti(seed, key.authority, key.procedure, key.semester);
}

CaseStatsAccumulator::Counters &CaseStatsAccumulator::cell(const QString &authority,
                                                           const QString &procedure, int semester)
{
    return m_cells[Key{authority, procedure, semester}];
}

void CaseStatsAccumulator::add(const CaseFile &c, std::optional<int> legalTerm, int sign)
{
    addFor(c.authorityIstat, c, legalTerm, sign);
    addFor(kAllAuthorities, c, legalTerm, sign);
}

void CaseStatsAccumulator::addFor(const QString &authority, const CaseFile &c,
                                  std::optional<int> legalTerm, int sign)
{
    if (!c.startDate.isValid())
        return;
    cell(authority, c.procedureCode, semesterOf(c.startDate)).started += sign;

    const bool closed = c.endDate.isValid();
    if (closed && c.outcome) {
        Counters &end = cell(authority, c.procedureCode, semesterOf(c.endDate));
        const qint64 duration = c.startDate.daysTo(c.endDate);
        const bool late = legalTerm && duration > *legalTerm;
        switch (*c.outcome) {
        case Outcome::Express:
            end.concludedExpress += sign;
            end.expressDurationSum += sign * duration;
            if (c.servicesConference)
                end.expressWithConference += sign;
            if (c.isSuspended())
                end.expressWithSuspension += sign;
            if (late)
                end.concludedLate += sign;
            break;
        case Outcome::Tacit:
            end.concludedTacit += sign;
            if (late)
                end.concludedLate += sign;
            break;
        case Outcome::Withdrawn:
            end.withdrawn += sign;
            break;
        }
    }

    if (!legalTerm)
        return; // no statutory term: no backlog
    const int firstOverdue = semesterOf(c.startDate.addDays(*legalTerm + 1));
    if (!closed) {
        cell(authority, c.procedureCode, firstOverdue).backlogDelta += sign;
        return;
    }
    const int closedIn = semesterOf(c.endDate);
    if (firstOverdue < closedIn) {
        cell(authority, c.procedureCode, firstOverdue).backlogDelta += sign;
        cell(authority, c.procedureCode, closedIn).backlogDelta -= sign;
    }
}

bool CaseStatsAccumulator::flush(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO case_stats (authority_istat, procedure_code, semester, started, "
              "concluded_tacit, concluded_express, express_with_conference, express_with_suspension, "
              "express_duration_sum, concluded_late, withdrawn, backlog_delta) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (authority_istat, procedure_code, semester) DO UPDATE SET "
              "started = started + excluded.started, "
              "concluded_tacit = concluded_tacit + excluded.concluded_tacit, "
              "concluded_express = concluded_express + excluded.concluded_express, "
              "express_with_conference = express_with_conference + excluded.express_with_conference, "
              "express_with_suspension = express_with_suspension + excluded.express_with_suspension, "
              "express_duration_sum = express_duration_sum + excluded.express_duration_sum, "
              "concluded_late = concluded_late + excluded.concluded_late, "
              "withdrawn = withdrawn + excluded.withdrawn, "
              "backlog_delta = backlog_delta + excluded.backlog_delta"_s);
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        const Counters &c = it.value();
        if (c.isZero())
            continue;
        q.addBindValue(it.key().authority);
        q.addBindValue(it.key().procedure);
        q.addBindValue(it.key().semester);
        q.addBindValue(c.started);
        q.addBindValue(c.concludedTacit);
        q.addBindValue(c.concludedExpress);
        q.addBindValue(c.expressWithConference);
        q.addBindValue(c.expressWithSuspension);
        q.addBindValue(c.expressDurationSum);
        q.addBindValue(c.concludedLate);
        q.addBindValue(c.withdrawn);
        q.addBindValue(c.backlogDelta);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    m_cells.clear();
    return true;
}

bool CaseStatsAccumulator::rebuild(QSqlDatabase &db, QString *error)
{
    const QHash<QString, ProcedureType> types = ReferenceStore(db).procedureTypesByCode();
    Transaction tx(db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM case_stats"_s)) {
        *error = q.lastError().text();
        return false;
    }
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT authority_istat, procedure_code, start_date, end_date, outcome, "
                "services_conference, suspended FROM case_files"_s)) {
        *error = q.lastError().text();
        return false;
    }
    CaseStatsAccumulator acc;
    CaseFile c;
    while (q.next()) {
        c.authorityIstat = q.value(0).toString();
        c.procedureCode = q.value(1).toString();
        c.startDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        c.endDate = q.value(3).isNull() ? QDate() : QDate::fromString(q.value(3).toString(), Qt::ISODate);
        c.outcome = q.value(4).isNull() ? std::nullopt : outcomeFromWireName(q.value(4).toString());
        c.servicesConference = q.value(5).toBool();
        // Only whether the case was suspended matters here, not the periods themselves.
        c.suspensions = q.value(6).toBool() ? QList<Suspension>{Suspension{}} : QList<Suspension>{};
        const auto type = types.constFind(c.procedureCode);
        acc.add(c, type == types.cend() ? std::nullopt : type->termFor(c.startDate), +1);
    }
    if (!acc.flush(db, error))
        return false;
    return tx.commit(error);
}

} // namespace pass
