#include "opencases.h"

#include "core/domain/records.h"
#include "core/store/referencestore.h"
#include "core/indicators/storesnapshot.h"
#include "core/store/sqlitehandle.h"
#include "core/util/isodate.h"

#include <QSet>

#include <memory>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

// Whether the column holds `current` already, compared without converting it (ASCII only:
// any other byte counts as a difference, and the column is converted).
bool sameText(sqlite3_stmt *stmt, int column, const QString &current)
{
    const char *bytes = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    const int size = sqlite3_column_bytes(stmt, column);
    if (size != current.size())
        return false;
    for (int i = 0; i < size; ++i) {
        if (uchar(bytes[i]) >= 0x80 || current.at(i).unicode() != uchar(bytes[i]))
            return false;
    }
    return true;
}

QDate isoDate(sqlite3_stmt *stmt, int column)
{
    return parseIsoDate(QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                       sqlite3_column_bytes(stmt, column)));
}

} // namespace

QDate OpenCase::deadline(bool netOfSuspensions) const
{
    if (!legalTermDays)
        return {};
    return startDate.addDays(*legalTermDays + (netOfSuspensions ? suspensionDays : 0));
}

std::optional<qint64> OpenCase::daysOverdue(QDate day, bool netOfSuspensions) const
{
    if (!legalTermDays)
        return std::nullopt;
    return deadline(netOfSuspensions).daysTo(day);
}

OpenCaseScan::OpenCaseScan(QSqlDatabase db, Fields fields) : m_db(std::move(db)), m_fields(fields) { }

bool OpenCaseScan::run(const QStringList &authorities, QDate startedOnOrBefore,
                       const std::function<bool(const OpenCase &)> &visit, QString *error) const
{
    if (StoreSnapshots::worthReading(m_db, StoreSnapshots::Table::OpenCases, authorities))
        return runOnSnapshot(authorities, startedOnOrBefore, visit, error);
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle) {
        *error = QObject::tr("The store is not open");
        return false;
    }
    // "outcome IS NULL" and the start date: the partial index case_files_open_start.
    const bool all = m_fields == Fields::All;
    QByteArray sql = all ? "SELECT authority_istat, procedure_code, start_date, suspension_days, id, protocol_number, "
                           "coalesce(responsible, '') FROM case_files WHERE outcome IS NULL AND start_date <= ?"
                         : "SELECT authority_istat, procedure_code, start_date, suspension_days FROM case_files "
                           "WHERE outcome IS NULL AND start_date <= ?";
    if (!authorities.isEmpty()) {
        // Their open case files through case_files_open_authority, also for a province: its
        // hundred-odd seeks cost a third of a pass over every open case file (1,000,000 case
        // files: 6 against 20 ms of CPU). Wider scopes read the snapshot (StoreSnapshots).
        sql += " AND authority_istat IN (";
        for (qsizetype i = 0; i < authorities.size(); ++i)
            sql += i ? ",?" : "?";
        sql += ')';
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(stmt, sqlite3_finalize);
    QHash<QString, ProcedureType> types;
    if (!ReferenceStore(m_db).procedureTypesByCode(&types, error))
        return false;
    const QByteArray day = startedOnOrBefore.toString(Qt::ISODate).toLatin1();
    sqlite3_bind_text(stmt, 1, day.constData(), int(day.size()), SQLITE_TRANSIENT);
    for (qsizetype i = 0; i < authorities.size(); ++i) {
        const QByteArray a = authorities.at(i).toUtf8();
        sqlite3_bind_text(stmt, int(i) + 2, a.constData(), int(a.size()), SQLITE_TRANSIENT);
    }
    OpenCase c;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        // Rows of one authority and procedure come together (by index order): their names are
        // converted once.
        if (!sameText(stmt, 0, c.authorityIstat))
            c.authorityIstat = text(stmt, 0);
        if (!sameText(stmt, 1, c.procedureCode))
            c.procedureCode = text(stmt, 1);
        c.startDate = isoDate(stmt, 2);
        c.suspensionDays = sqlite3_column_int(stmt, 3);
        if (all) {
            c.id = text(stmt, 4);
            c.protocolNumber = text(stmt, 5);
            c.responsible = text(stmt, 6);
        }
        const auto type = types.constFind(c.procedureCode);
        c.legalTermDays = type == types.cend() ? std::nullopt : type->termFor(c.startDate);
        if (!visit(c))
            return true;
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}

// Many authorities (or all): the open case files as read once since the store last changed.
bool OpenCaseScan::runOnSnapshot(const QStringList &authorities, QDate startedOnOrBefore,
                                 const std::function<bool(const OpenCase &)> &visit, QString *error) const
{
    const std::shared_ptr<const OpenCaseTable> table = StoreSnapshots::openCases(m_db, error);
    if (!table)
        return false;
    QList<bool> wanted(table->authorities.size(), authorities.isEmpty());
    if (!authorities.isEmpty()) {
        const QSet<QString> chosen(authorities.cbegin(), authorities.cend());
        for (qsizetype i = 0; i < table->authorities.size(); ++i)
            wanted[i] = chosen.contains(table->authorities.at(i));
    }
    const qint64 last = startedOnOrBefore.toJulianDay();
    OpenCase c;
    for (const OpenCaseTable::Row &row : table->rows) {
        if (row.startJulianDay > last)
            break; // by start date
        if (!wanted.at(row.authority))
            continue;
        c.id = row.id;
        c.authorityIstat = table->authorities.at(row.authority);
        c.procedureCode = table->procedures.at(row.procedure);
        c.protocolNumber = row.protocolNumber;
        c.responsible = table->responsibles.at(row.responsible);
        c.startDate = QDate::fromJulianDay(row.startJulianDay);
        c.suspensionDays = row.suspensionDays;
        c.legalTermDays = row.legalTermDays >= 0 ? std::optional<int>(row.legalTermDays) : std::nullopt;
        if (!visit(c))
            return true;
    }
    return true;
}

QHash<QString, OpenBacklog> openBacklogOn(QSqlDatabase db, const QStringList &authorities, QDate day, QString *error)
{
    QHash<QString, OpenBacklog> result;
    // Same rule as the semester backlog (docs/indicators.md), on `day` instead of the
    // semester's last day: still open and more days since the start than the term.
    const bool ok = OpenCaseScan(std::move(db), OpenCaseScan::Fields::CountsOnly).run(authorities, day, [&](const OpenCase &c) {
        if (!c.legalTermDays)
            return true;
        OpenBacklog &b = result[c.procedureCode];
        if (*c.daysOverdue(day, false) > 0)
            ++b.gross;
        if (*c.daysOverdue(day, true) > 0)
            ++b.net;
        return true;
    }, error);
    if (!ok)
        return {};
    return result;
}

} // namespace pass
