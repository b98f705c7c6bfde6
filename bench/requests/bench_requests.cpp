// Issue 13's figures: the request list's first rows (and its counts per status) over 100,000
// support requests, and the time to save a visit from the form (RequestService::logVisit: the
// workflow check, the row, the audit and the outbox in one transaction). Prints, asserts nothing.
#include "core/domain/records.h"
#include "core/requests/requestlistquery.h"
#include "core/requests/requestservice.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool fill(QSqlDatabase db, int requests, QStringList *authorities, QString *firstInProgress)
{
    QSqlQuery a(db);
    a.exec(u"SELECT istat FROM authorities WHERE province_code = 'CR' ORDER BY istat"_s);
    while (a.next())
        *authorities << a.value(0).toString();
    if (authorities->isEmpty())
        return false;
    static const char *const statuses[] = {"draft", "submitted", "accepted", "assigned", "in_progress", "completed",
                                           "rejected", "withdrawn"};
    std::mt19937_64 rng(13);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO support_requests (id, authority_istat, task_force_code, procedure_codes, kind, subject, "
              "description, priority, status, assigned_experts, created_on, version, updated_at, status_history) "
              "VALUES (?, ?, 'EDILIZIA_URBANISTICA', '[\"PDC-LOM\"]', 'technical', ?, '', 'normal', ?, ?, ?, ?, '', '[]')"_s);
    const QDate first(2022, 9, 1);
    for (int i = 0; i < requests; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const char *status = statuses[rng() % 8];
        q.addBindValue(id);
        q.addBindValue(authorities->at(int(rng() % quint64(authorities->size()))));
        q.addBindValue(u"Richiesta di supporto n. %1"_s.arg(i));
        q.addBindValue(QString::fromLatin1(status));
        q.addBindValue(u"[\"esperto.%1\"]"_s.arg(rng() % 40));
        q.addBindValue(first.addDays(qint64(rng() % 1500)).toString(Qt::ISODate));
        q.addBindValue(1 + qint64(rng() % 5));
        if (!q.exec())
            return false;
        if (firstInProgress->isEmpty() && qstrcmp(status, "in_progress") == 0)
            *firstInProgress = id;
    }
    return db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int requests = app.arguments().contains(u"--requests"_s)
        ? app.arguments().value(app.arguments().indexOf(u"--requests"_s) + 1).toInt()
        : 100000;
    QTemporaryDir dir;
    Database database(dir.filePath(u"bench.db"_s));
    if (!database.open()) {
        out << "cannot open the store: " << database.errorString() << "\n";
        return 1;
    }
    QSqlDatabase db = database.connection();
    QStringList authorities;
    QString inProgress;
    QElapsedTimer t;
    t.start();
    if (!fill(db, requests, &authorities, &inProgress)) {
        out << "cannot fill the store\n";
        return 1;
    }
    out << requests << " requests written in " << qRound(ms(t)) << " ms\n";
    QSqlQuery(db).exec(u"ANALYZE"_s);

    QFile load(u"/proc/loadavg"_s);
    if (load.open(QIODevice::ReadOnly))
        out << "load average (the machine is shared): " << load.readAll().trimmed() << "\n";

    RequestListQuery list(db);
    auto timed = [&](const char *what, const RequestFilter &filter) {
        QElapsedTimer tm;
        tm.start();
        const QList<RequestRow> rows = list.page(filter, 0, 50);
        const double pageMs = ms(tm);
        tm.restart();
        const auto counts = list.countsByStatus(filter);
        const double countMs = ms(tm);
        int total = 0;
        for (int c : counts)
            total += c;
        out << what << ": first " << rows.size() << " rows " << QString::number(pageMs, 'f', 2) << " ms; counts per status ("
            << total << " requests) " << QString::number(countMs, 'f', 2) << " ms\n";
    };
    timed("list, no filter (cold)", {});
    timed("list, no filter", {});
    RequestFilter status;
    status.status = RequestStatus::InProgress;
    timed("list, in progress", status);
    RequestFilter mine;
    mine.assignedTo = u"esperto.7"_s;
    timed("list, assigned to me", mine);
    RequestFilter authority;
    authority.authority = authorities.first();
    timed("list, one authority", authority);

    // The visit form's save: an assigned expert logs visits on an in-progress request.
    QSqlQuery(db).exec(u"UPDATE support_requests SET assigned_experts = '[\"esperto.bench\"]', authority_istat = '%1' "
                       "WHERE id = '%2'"_s.arg(authorities.first(), inProgress));
    RequestService service(db, WorkflowActor{u"esperto.bench"_s, UserRole::Expert, {authorities.first()}});
    QList<double> saves;
    for (int i = 0; i < 200; ++i) {
        Visit v;
        v.requestId = inProgress;
        v.date = QDate(2026, 11, 1).addDays(i % 28);
        v.start = QTime(9, 0);
        v.end = QTime(12, 30);
        v.mode = VisitMode::OnSite;
        v.activities = u"Analisi dell'arretrato"_s;
        v.followUpItems = {{u"Inviare la check-list"_s, v.date.addDays(7)}};
        QElapsedTimer tm;
        tm.start();
        if (!service.logVisit(&v)) {
            out << "save failed: " << service.error() << "\n";
            return 1;
        }
        saves << ms(tm);
    }
    std::sort(saves.begin(), saves.end());
    out << "visit save (200 saves, each its own transaction, WAL): median " << QString::number(saves.at(100), 'f', 2)
        << " ms, 95th " << QString::number(saves.at(190), 'f', 2) << " ms, max "
        << QString::number(saves.last(), 'f', 2) << " ms\n";
    return 0;
}
