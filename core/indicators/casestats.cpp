#include "casestats.h"

#include "core/store/sqlitehandle.h"

#include "core/domain/records.h"
#include "core/domain/semester.h"
#include "core/store/referencestore.h"
#include "core/store/transaction.h"

#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <vector>

#include <sqlite3.h>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass {
namespace {
const QString kAllAuthorities = u"*"_s;

int semesterOf(QDate date)
{
    // One calendar conversion, not two (year() and month() each convert the Julian day): this
    // runs several times per case file when a million of them are counted.
    int year = 0, month = 0;
    date.getDate(&year, &month, nullptr);
    return year * 2 + (month > 6 ? 1 : 0);
}
} // namespace

bool CaseStatsAccumulator::Counters::isZero() const
{
    return !started && !concludedTacit && !concludedExpress && !expressWithConference
        && !expressWithSuspension && !expressDurationSum && !concludedLate && !withdrawn && !backlogDelta
        && !backlogNetDelta;
}

int CaseStatsAccumulator::intern(QHash<QString, int> &ids, QStringList &names, const QString &name)
{
    const auto it = ids.constFind(name);
    if (it != ids.cend())
        return *it;
    const int id = int(names.size());
    ids.insert(name, id);
    names << name;
    return id;
}

CaseStatsAccumulator::Counters &CaseStatsAccumulator::Counters::operator+=(const Counters &o)
{
    started += o.started;
    concludedTacit += o.concludedTacit;
    concludedExpress += o.concludedExpress;
    expressWithConference += o.expressWithConference;
    expressWithSuspension += o.expressWithSuspension;
    expressDurationSum += o.expressDurationSum;
    concludedLate += o.concludedLate;
    withdrawn += o.withdrawn;
    backlogDelta += o.backlogDelta;
    backlogNetDelta += o.backlogNetDelta;
    return *this;
}

void CaseStatsAccumulator::add(const CaseFile &c, std::optional<int> legalTerm, int sign)
{
    // The authority's cells only: the all-authorities ones are their sums, added up once per
    // cell when flushed (allAuthoritiesCells) instead of once more per case file.
    addFor(intern(m_authorityIds, m_authorities, c.authorityIstat), intern(m_procedureIds, m_procedures, c.procedureCode),
           c, legalTerm, sign);
}

void CaseStatsAccumulator::absorb(CaseStatsAccumulator &&other)
{
    if (m_cells.isEmpty()) {
        *this = std::move(other);
        return;
    }
    for (auto it = other.m_cells.cbegin(); it != other.m_cells.cend(); ++it) {
        const int authority = intern(m_authorityIds, m_authorities, other.m_authorities.at(int(it.key() >> 40)));
        const int procedure =
            intern(m_procedureIds, m_procedures, other.m_procedures.at(int((it.key() >> 20) & 0xfffff)));
        m_cells[key(authority, procedure, int(it.key() & 0xfffff))] += it.value();
    }
    other.m_cells.clear();
}

QHash<quint64, CaseStatsAccumulator::Counters> CaseStatsAccumulator::allAuthoritiesCells(int all) const
{
    QHash<quint64, Counters> sums;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
        if (int(it.key() >> 40) != all)
            sums[key(all, int((it.key() >> 20) & 0xfffff), int(it.key() & 0xfffff))] += it.value();
    }
    return sums;
}

void CaseStatsAccumulator::addFor(int authority, int procedure, const CaseFile &c,
                                  std::optional<int> legalTerm, int sign)
{
    if (!c.startDate.isValid())
        return;
    const auto cell = [&](int semester) -> Counters & { return m_cells[key(authority, procedure, semester)]; };
    cell(semesterOf(c.startDate)).started += sign;

    const bool closed = c.endDate.isValid();
    if (closed && c.outcome) {
        Counters &end = cell(semesterOf(c.endDate));
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
    // In the backlog from the semester of the first overdue day up to, excluding, the one the
    // case closes in: +1 at the first, -1 at the last.
    const auto mark = [&](qint64 term, qint64 Counters::*delta) {
        const int firstOverdue = semesterOf(c.startDate.addDays(term + 1));
        if (!closed) {
            cell(firstOverdue).*delta += sign;
            return;
        }
        const int closedIn = semesterOf(c.endDate);
        if (firstOverdue < closedIn) {
            cell(firstOverdue).*delta += sign;
            cell(closedIn).*delta -= sign;
        }
    };
    mark(*legalTerm, &Counters::backlogDelta);
    mark(qint64(*legalTerm) + c.suspensionDays(), &Counters::backlogNetDelta);
}

bool CaseStatsAccumulator::flush(QSqlDatabase &db, QString *error)
{
    // The SQLite API directly: a bulk load flushes hundreds of thousands of cells, and Qt's
    // binding layer would cost more than the upserts themselves.
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QObject::tr("The store's SQLite handle is not available");
        return false;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "INSERT INTO case_stats (authority_istat, procedure_code, semester, started, "
                           "concluded_tacit, concluded_express, express_with_conference, express_with_suspension, "
                           "express_duration_sum, concluded_late, withdrawn, backlog_delta, backlog_net_delta) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (authority_istat, procedure_code, semester) DO UPDATE SET "
                           "started = started + excluded.started, "
                           "concluded_tacit = concluded_tacit + excluded.concluded_tacit, "
                           "concluded_express = concluded_express + excluded.concluded_express, "
                           "express_with_conference = express_with_conference + excluded.express_with_conference, "
                           "express_with_suspension = express_with_suspension + excluded.express_with_suspension, "
                           "express_duration_sum = express_duration_sum + excluded.express_duration_sum, "
                           "concluded_late = concluded_late + excluded.concluded_late, "
                           "withdrawn = withdrawn + excluded.withdrawn, "
                           "backlog_delta = backlog_delta + excluded.backlog_delta, "
                           "backlog_net_delta = backlog_net_delta + excluded.backlog_net_delta",
                           -1, &stmt, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    // Computed apart from m_cells, so that a flush that fails leaves the accumulator as it was.
    const QHash<quint64, Counters> allAuthorities =
        allAuthoritiesCells(intern(m_authorityIds, m_authorities, kAllAuthorities));
    QList<QByteArray> authorities, procedures;
    for (const QString &a : std::as_const(m_authorities))
        authorities << a.toUtf8();
    for (const QString &p : std::as_const(m_procedures))
        procedures << p.toUtf8();
    // In the table's key order: each upsert lands next to the previous one in the B-tree instead
    // of anywhere in it (a bulk load flushes hundreds of thousands of cells).
    std::vector<std::pair<quint64, const Counters *>> cells;
    cells.reserve(m_cells.size() + allAuthorities.size());
    for (const QHash<quint64, Counters> *hash : {&std::as_const(m_cells), &allAuthorities}) {
        for (auto it = hash->cbegin(); it != hash->cend(); ++it) {
            if (!it.value().isZero())
                cells.emplace_back(it.key(), &it.value());
        }
    }
    const auto authorityOf = [&](quint64 key) -> const QByteArray & { return authorities.at(int(key >> 40)); };
    const auto procedureOf = [&](quint64 key) -> const QByteArray & { return procedures.at(int((key >> 20) & 0xfffff)); };
    std::sort(cells.begin(), cells.end(), [&](const auto &a, const auto &b) {
        if (const int c = authorityOf(a.first).compare(authorityOf(b.first)))
            return c < 0;
        if (const int c = procedureOf(a.first).compare(procedureOf(b.first)))
            return c < 0;
        return (a.first & 0xfffff) < (b.first & 0xfffff);
    });
    bool ok = true;
    for (auto it = cells.cbegin(); it != cells.cend() && ok; ++it) {
        const Counters &c = *it->second;
        const QByteArray &authority = authorityOf(it->first);
        const QByteArray &procedure = procedureOf(it->first);
        sqlite3_bind_text(stmt, 1, authority.constData(), int(authority.size()), SQLITE_STATIC);
        sqlite3_bind_text(stmt, 2, procedure.constData(), int(procedure.size()), SQLITE_STATIC);
        sqlite3_bind_int(stmt, 3, int(it->first & 0xfffff));
        const qint64 values[] = {c.started, c.concludedTacit, c.concludedExpress, c.expressWithConference,
                                 c.expressWithSuspension, c.expressDurationSum, c.concludedLate, c.withdrawn,
                                 c.backlogDelta, c.backlogNetDelta};
        for (int i = 0; i < 10; ++i)
            sqlite3_bind_int64(stmt, 4 + i, values[i]);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
            ok = false;
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    if (ok)
        m_cells.clear();
    return ok;
}

namespace {

// A YYYY-MM-DD column as a date (invalid when NULL or malformed), without QString round trips.
QDate columnDate(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    if (!text || sqlite3_column_bytes(stmt, column) != 10)
        return {};
    const auto number = [text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + (text[i] - '0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

QString columnText(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

} // namespace

bool CaseStatsAccumulator::countAll(QSqlDatabase &db, QString *error)
{
    QHash<QString, ProcedureType> types;
    if (!ReferenceStore(db).procedureTypesByCode(&types, error))
        return false;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QObject::tr("The store's SQLite handle is not available");
        return false;
    }
    // The SQLite API directly: this reads every case file of the store.
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT authority_istat, procedure_code, start_date, end_date, outcome, "
                                   "services_conference, suspended, suspension_days FROM case_files", -1, &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    CaseFile c;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        c.authorityIstat = columnText(stmt, 0);
        c.procedureCode = columnText(stmt, 1);
        c.startDate = columnDate(stmt, 2);
        c.endDate = columnDate(stmt, 3);
        c.outcome = sqlite3_column_type(stmt, 4) == SQLITE_NULL ? std::nullopt : outcomeFromWireName(columnText(stmt, 4));
        c.servicesConference = sqlite3_column_int(stmt, 5) != 0;
        // Whether the case was suspended and for how many days, not the periods themselves.
        c.suspensions.clear();
        if (sqlite3_column_int(stmt, 6) != 0) {
            Suspension total;
            total.days = sqlite3_column_int(stmt, 7);
            c.suspensions << total;
        }
        const auto type = types.constFind(c.procedureCode);
        add(c, type == types.cend() ? std::nullopt : type->termFor(c.startDate), +1);
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE;
}

bool CaseStatsAccumulator::replaceAll(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM case_stats"_s)) {
        *error = q.lastError().text();
        return false;
    }
    return flush(db, error);
}

bool CaseStatsAccumulator::rebuild(QSqlDatabase &db, QString *error)
{
    Transaction tx(db);
    if (!tx.begin(error))
        return false;
    CaseStatsAccumulator acc;
    return acc.countAll(db, error) && acc.replaceAll(db, error) && tx.commit(error);
}

} // namespace pass
