#include "indicatorengine.h"

#include "core/store/sql.h"

#include "core/indicators/opencases.h"
#include "core/indicators/storesnapshot.h"
#include "core/store/referencestore.h"
#include "core/store/sqlitehandle.h"
#include "core/util/logging.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

struct Cell
{
    qint64 started = 0, tacit = 0, express = 0, conference = 0, suspension = 0, durationSum = 0,
           late = 0, withdrawn = 0, backlogDelta = 0, backlogNetDelta = 0;
};

QString authorityFilter(const QStringList &authorities, QList<QVariant> *binds)
{
    if (authorities.isEmpty()) {
        *binds << u"*"_s;
        return u"authority_istat = ?"_s;
    }
    QStringList marks;
    for (const QString &a : authorities) {
        marks << u"?"_s;
        *binds << a;
    }
    return u"authority_istat IN ("_s + marks.join(u',') + u')';
}

} // namespace

std::optional<double> IndicatorRow::averageDurationDays() const
{
    if (concludedExpress == 0)
        return std::nullopt;
    return std::round(double(expressDurationSum) / double(concludedExpress) * 10.0) / 10.0;
}

IndicatorEngine::IndicatorEngine(QSqlDatabase db) : m_db(std::move(db))
{
    reloadCatalogue();
}

void IndicatorEngine::reloadCatalogue()
{
    ReferenceStore ref(m_db);
    m_catalogueError.clear();
    if (!ref.procedureTypes(&m_types, &m_catalogueError))
        return;
    ref.taskForces(&m_taskForces, &m_catalogueError);
}

bool IndicatorEngine::firstSemesterWithData(const QStringList &authorities, std::optional<Semester> *first,
                                            QString *error) const
{
    QList<QVariant> binds;
    const QString where = authorityFilter(authorities, &binds);
    QVariant min;
    if (!sql::scalar(m_db, u"SELECT min(semester) FROM case_stats WHERE "_s + where + u" AND started > 0"_s, binds,
                     &min, error))
        return false;
    *first = min.isNull() ? std::nullopt : std::optional(Semester::fromIndex(min.toInt()));
    return true;
}

QList<IndicatorRow> IndicatorEngine::compute(const Query &query, QString *error) const
{
    const auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcIndicators) << "indicator query failed:" << message;
        return QList<IndicatorRow>();
    };
    if (!m_catalogueError.isEmpty())
        return failed(m_catalogueError);
    const Semester to = query.to.value_or(Semester::current());
    Semester from = to;
    QString readError;
    std::optional<Semester> first;
    if (query.from)
        from = *query.from;
    else if (!firstSemesterWithData(query.authorities, &first, &readError))
        return failed(readError);
    else if (first)
        from = std::min(*first, to);
    if (from > to)
        return {};

    const int span = to.index() - from.index() + 1;
    QHash<QByteArray, QList<Cell>> cells;     // per procedure, one per semester in range
    QHash<QByteArray, std::pair<qint64, qint64>> backlogBefore; // running sums (gross, net) before `from`
    using Column = CaseStatsTable::Column;
    const auto add = [&](const QByteArray &code, int semester, const auto &column) {
        if (semester < from.index()) {
            auto &before = backlogBefore[code];
            before.first += column(Column::BacklogDelta);
            before.second += column(Column::BacklogNetDelta);
            return;
        }
        QList<Cell> &list = cells[code];
        if (list.isEmpty())
            list.resize(span);
        Cell &c = list[semester - from.index()];
        c.started += column(Column::Started);
        c.tacit += column(Column::Tacit);
        c.express += column(Column::Express);
        c.conference += column(Column::Conference);
        c.suspension += column(Column::Suspension);
        c.durationSum += column(Column::DurationSum);
        c.late += column(Column::Late);
        c.withdrawn += column(Column::Withdrawn);
        c.backlogDelta += column(Column::BacklogDelta);
        c.backlogNetDelta += column(Column::BacklogNetDelta);
    };

    // Many authorities (a province, the small comuni): their cells from the store's snapshot of
    // the aggregates, read once since the last commit, rather than thousands of rows again; the
    // first read after a commit reads a province's rows alone (StoreSnapshots::worthReading).
    // When the snapshot cannot be had, the rows are read as for a few authorities.
    std::shared_ptr<const CaseStatsTable> stats;
    // All authorities (an empty list) read the aggregates' table directly, not through here.
    if (!query.authorities.isEmpty()
        && StoreSnapshots::worthReading(m_db, StoreSnapshots::Table::CaseStats, query.authorities)) {
        QString snapshotError;
        stats = StoreSnapshots::caseStats(m_db, &snapshotError);
        if (!stats)
            qCWarning(lcIndicators) << "aggregates read without a snapshot:" << snapshotError;
    }
    if (stats) {
        const QSet<QString> chosen(query.authorities.cbegin(), query.authorities.cend());
        QList<bool> wanted(stats->authorities.size());
        for (qsizetype i = 0; i < stats->authorities.size(); ++i)
            wanted[i] = chosen.contains(stats->authorities.at(i));
        for (const CaseStatsTable::Row &row : stats->rows) {
            if (row.semester > to.index() || !wanted.at(row.authority))
                continue;
            add(stats->procedures.at(row.procedure), row.semester, [&row](Column c) { return qint64(row.values[size_t(c)]); });
        }
    } else {
        // Read every aggregate cell up to `to`: the backlog is a running sum from the beginning.
        // The cells of several authorities are summed here rather than by GROUP BY: SQLite would
        // sort them all in a temporary B-tree first. Straight through the SQLite API: Qt's
        // per-value QVariants would cost as much as the sort.
        QList<QVariant> binds;
        const QByteArray sql = (u"SELECT procedure_code, semester, started, concluded_tacit, concluded_express, "
                                "express_with_conference, express_with_suspension, express_duration_sum, "
                                "concluded_late, withdrawn, backlog_delta, backlog_net_delta FROM case_stats WHERE "_s
                                + authorityFilter(query.authorities, &binds) + u" AND semester <= ?"_s)
                                   .toUtf8();
        binds << to.index();
        sqlite3 *handle = sqliteHandle(m_db);
        if (!handle)
            return failed(QObject::tr("The store is not open"));
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(stmt, sqlite3_finalize);
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            if (v.typeId() == QMetaType::Int) {
                sqlite3_bind_int(stmt, i + 1, v.toInt());
            } else {
                const QByteArray text = v.toString().toUtf8();
                sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const QByteArray code(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), sqlite3_column_bytes(stmt, 0));
            add(code, sqlite3_column_int(stmt, 1), [stmt](Column c) { return qint64(sqlite3_column_int64(stmt, 2 + int(c))); });
        }
        if (rc != SQLITE_DONE)
            return failed(QString::fromUtf8(sqlite3_errmsg(handle)));
    }

    // The running semester, counted from the open case files as of asOf.
    const Semester running = Semester::containing(query.asOf);
    QHash<QString, OpenBacklog> openNow;
    if (running >= from && running <= to) {
        QString scanError;
        openNow = openBacklogOn(m_db, query.authorities, query.asOf, &scanError);
        if (!scanError.isEmpty())
            return failed(scanError);
    }

    const QString authorityLabel = query.authorities.size() == 1 ? query.authorities.first() : u"*"_s;
    QList<IndicatorRow> procedureRows;
    for (const ProcedureType &type : m_types) {
        if (!query.procedureCode.isEmpty() && type.code != query.procedureCode)
            continue;
        if (!query.taskForceCode.isEmpty() && type.taskForceCode != query.taskForceCode)
            continue;
        const QByteArray code = type.code.toUtf8();
        const QList<Cell> list = cells.value(code, QList<Cell>(span));
        qint64 backlog = backlogBefore.value(code).first;
        qint64 backlogNet = backlogBefore.value(code).second;
        for (int i = 0; i < span; ++i) {
            const Cell &c = list.at(i);
            const Semester semester = Semester::fromIndex(from.index() + i);
            backlog += c.backlogDelta;
            backlogNet += c.backlogNetDelta;
            IndicatorRow row;
            row.semester = semester;
            row.taskForce = type.taskForceCode;
            row.procedureCode = type.code;
            row.authorityIstat = authorityLabel;
            row.started = c.started;
            row.concludedTacit = c.tacit;
            row.concludedExpress = c.express;
            row.expressWithConference = c.conference;
            row.expressWithSuspension = c.suspension;
            row.expressDurationSum = c.durationSum;
            row.withdrawn = c.withdrawn;
            row.legalTermDays = type.termFor(semester.lastDay());
            if (semester == running) {
                row.asOf = query.asOf;
                const OpenBacklog open = openNow.value(type.code);
                if (row.legalTermDays || open.gross != 0 || open.net != 0) {
                    row.backlog = open.gross;
                    row.backlogNet = open.net;
                    row.concludedLate = c.late;
                }
            } else if (row.legalTermDays || backlog != 0 || backlogNet != 0) {
                row.backlog = backlog;
                row.backlogNet = backlogNet;
                row.concludedLate = c.late;
            }
            procedureRows << row;
        }
    }

    if (query.groupBy == GroupBy::Procedure) {
        std::stable_sort(procedureRows.begin(), procedureRows.end(), [](const IndicatorRow &a, const IndicatorRow &b) {
            return a.semester < b.semester;
        });
        return procedureRows;
    }

    // Task-force rows: sums of counts; the mean duration is weighted by the express ones.
    QList<IndicatorRow> result;
    for (int i = 0; i < span; ++i) {
        const Semester semester = Semester::fromIndex(from.index() + i);
        for (const TaskForce &tf : m_taskForces) {
            if (!query.taskForceCode.isEmpty() && tf.code != query.taskForceCode)
                continue;
            IndicatorRow row;
            row.semester = semester;
            row.taskForce = tf.code;
            row.procedureCode = u"*"_s;
            row.authorityIstat = authorityLabel;
            bool any = false;
            for (const IndicatorRow &p : std::as_const(procedureRows)) {
                if (p.semester != semester || p.taskForce != tf.code)
                    continue;
                any = true;
                row.started += p.started;
                row.concludedTacit += p.concludedTacit;
                row.concludedExpress += p.concludedExpress;
                row.expressWithConference += p.expressWithConference;
                row.expressWithSuspension += p.expressWithSuspension;
                row.expressDurationSum += p.expressDurationSum;
                row.withdrawn += p.withdrawn;
                row.asOf = p.asOf;
                if (p.backlog)
                    row.backlog = row.backlog.value_or(0) + *p.backlog;
                if (p.backlogNet)
                    row.backlogNet = row.backlogNet.value_or(0) + *p.backlogNet;
                if (p.concludedLate)
                    row.concludedLate = row.concludedLate.value_or(0) + *p.concludedLate;
            }
            if (any || query.procedureCode.isEmpty())
                result << row;
        }
    }
    return result;
}

} // namespace pass
