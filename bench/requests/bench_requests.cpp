// Issue 13's figures, as the user meets them in the window: over 100,000 support requests, the
// request list's first rows and its counts per status (RequestListModel and the counts the
// Requests view shows, through the Workspace: no filter, by status, assigned to me, one
// authority, overdue follow-ups), and the visit form's save (VisitForm::save: the workflow check,
// the row, the audit and the outbox in one transaction, then the form cleared for the next).
// Wall and CPU time of the calling thread. Prints, asserts nothing.
#include "core/domain/records.h"
#include "core/requests/accountidentity.h"
#include "core/store/database.h"
#include "core/workspace/workspace.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/visits/visitform.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <random>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU milliseconds of one call.
struct Timed
{
    double wall = 0;
    double cpu = 0;
};
template<typename F>
Timed timed(F &&f)
{
    QElapsedTimer t;
    const double cpu0 = threadCpuMs();
    t.start();
    f();
    return {double(t.nsecsElapsed()) / 1e6, threadCpuMs() - cpu0};
}

QString ms(double v)
{
    return QString::number(v, 'f', 2);
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
    QSqlQuery visit(db);
    visit.prepare(u"INSERT INTO visits (id, request_id, expert, visit_date, hours, follow_up_items, updated_at) "
                  "VALUES (?, ?, ?, ?, 2, ?, '')"_s);
    const QDate first(2022, 9, 1);
    for (int i = 0; i < requests; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const char *status = statuses[rng() % 8];
        const QString expert = u"esperto.%1"_s.arg(rng() % 40);
        const QDate created = first.addDays(qint64(rng() % 1500));
        q.addBindValue(id);
        q.addBindValue(authorities->at(int(rng() % quint64(authorities->size()))));
        q.addBindValue(u"Richiesta di supporto n. %1"_s.arg(i));
        q.addBindValue(QString::fromLatin1(status));
        q.addBindValue(u"[\"%1\"]"_s.arg(expert));
        q.addBindValue(created.toString(Qt::ISODate));
        q.addBindValue(1 + qint64(rng() % 5));
        if (!q.exec())
            return false;
        // One request in five has a visit, some with a follow-up already due.
        if (i % 5 == 0) {
            visit.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            visit.addBindValue(id);
            visit.addBindValue(expert);
            visit.addBindValue(created.addDays(10).toString(Qt::ISODate));
            visit.addBindValue(u"[{\"action\":\"Inviare la check-list\",\"due\":\"%1\"}]"_s.arg(
                created.addDays(40).toString(Qt::ISODate)));
            if (!visit.exec())
                return false;
        }
        if (firstInProgress->isEmpty() && qstrcmp(status, "in_progress") == 0)
            *firstInProgress = id;
    }
    return db.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int requests = app.arguments().contains(u"--requests"_s)
        ? app.arguments().value(app.arguments().indexOf(u"--requests"_s) + 1).toInt()
        : 100000;
    QTemporaryDir dir;
    QStringList authorities;
    QString inProgress;
    {
        Database database(dir.filePath(u"bench.db"_s));
        if (!database.open()) {
            out << "cannot open the store: " << database.errorString() << "\n";
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (!fill(database.connection(), requests, &authorities, &inProgress)) {
            out << "cannot fill the store\n";
            return 1;
        }
        out << requests << " requests (and a visit for one in five) written in " << t.elapsed() << " ms\n";
        QSqlQuery(database.connection()).exec(u"ANALYZE"_s);
        // The expert who saves visits below, on an in-progress request of the first authority.
        QSqlQuery(database.connection())
            .exec(u"UPDATE support_requests SET assigned_experts = '[\"esperto.bench\"]', authority_istat = '%1' "
                  "WHERE id = '%2'"_s.arg(authorities.first(), inProgress));
    }
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(dir.filePath(u"bench.db"_s), &error);
    if (!workspace) {
        out << "cannot open the workspace: " << error << "\n";
        return 1;
    }
    if (!AccountIdentity::save(workspace->store().connection(), {u"esperto.7"_s, UserRole::Expert, authorities}, &error)) {
        out << error << "\n";
        return 1;
    }
    QFile load(u"/proc/loadavg"_s);
    if (load.open(QIODevice::ReadOnly))
        out << "load average (the machine is shared, 2 cores): " << load.readAll().trimmed() << "\n";

    RequestListModel model(workspace.get());
    const auto measure = [&](const char *what, const RequestFilter &filter) {
        const Timed rows = timed([&] { model.setFilter(filter); });
        QHash<RequestStatus, int> counts;
        const Timed count = timed([&] { counts = workspace->requests().list().countsByStatus(filter); });
        int total = 0;
        for (int c : std::as_const(counts))
            total += c;
        out << what << ": first " << model.rowCount() << " rows (of " << model.total() << ") " << ms(rows.wall)
            << " ms wall, " << ms(rows.cpu) << " ms CPU; counts per status (" << total << " requests) "
            << ms(count.wall) << " ms wall, " << ms(count.cpu) << " ms CPU\n";
    };
    measure("list, no filter (cold)", {});
    measure("list, no filter", {});
    RequestFilter status;
    status.status = RequestStatus::InProgress;
    measure("list, in progress", status);
    RequestFilter mine;
    mine.assignedTo = u"esperto.7"_s;
    measure("list, assigned to me", mine);
    mine.status = RequestStatus::Assigned;
    measure("list, assigned to me and assigned", mine);
    RequestFilter authority;
    authority.authority = authorities.first();
    measure("list, one authority", authority);
    RequestFilter overdue;
    overdue.overdueFollowUps = true;
    measure("list, overdue follow-ups", overdue);

    // The visit form's save, as the expert's Ctrl+Enter runs it.
    if (!AccountIdentity::save(workspace->store().connection(), {u"esperto.bench"_s, UserRole::Expert, {authorities.first()}},
                               &error)) {
        out << error << "\n";
        return 1;
    }
    VisitForm form(workspace.get());
    form.reloadChoices();
    if (form.request()->findData(inProgress) < 0) {
        out << "the form does not offer the bench request\n";
        return 1;
    }
    QList<double> walls;
    QList<double> cpus;
    QList<double> stores;
    for (int i = 0; i < 200; ++i) {
        form.request()->setCurrentIndex(form.request()->findData(inProgress));
        form.start()->setText(u"09:00"_s);
        form.end()->setText(u"12:30"_s);
        form.activities()->setPlainText(u"Analisi dell'arretrato"_s);
        form.followUp()->setText(u"Inviare la check-list"_s);
        bool ok = false;
        const Timed save = timed([&] { ok = form.save(); });
        if (!ok) {
            out << "save failed\n";
            return 1;
        }
        walls << save.wall;
        cpus << save.cpu;
        stores << form.lastSaveMs();
        QCoreApplication::processEvents(); // the workspace's announcement, as in the window
    }
    for (QList<double> *l : {&walls, &cpus, &stores})
        std::sort(l->begin(), l->end());
    out << "visit form save (200 saves, each its own transaction, WAL): median " << ms(walls.at(100)) << " ms wall ("
        << ms(cpus.at(100)) << " ms CPU; " << ms(stores.at(100)) << " ms in the store), 95th " << ms(walls.at(190))
        << " ms wall (" << ms(cpus.at(190)) << " ms CPU), max " << ms(walls.last()) << " ms wall\n";
    return 0;
}
