#include "demorequests.h"

#include "core/demo/demopdf.h"
#include "core/store/documentstore.h"

#include "core/domain/records.h"
#include "core/store/requeststore.h"

#include <QDateTime>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

struct RequestTemplate
{
    const char *taskForce;
    const char *procedure;
    RequestKind kind;
    const char *subject;
    // The task force's experts: a request is staffed by them, their visits fill their timesheets.
    std::array<const char *, 2> experts;
};

constexpr std::array<RequestTemplate, 8> kTemplates{{
    {"EDILIZIA_URBANISTICA", "PDC-LOM", RequestKind::Coaching,
     "Affiancamento per lo smaltimento dell'arretrato dei permessi di costruire", {"esperto.colombo", "esperto.ferrari"}},
    {"EDILIZIA_URBANISTICA", "PAES-SEMPL", RequestKind::Technical,
     "Istruttoria delle autorizzazioni paesaggistiche semplificate", {"esperto.ferrari", "esperto.colombo"}},
    {"RINNOVABILI", "PAS", RequestKind::Legal, "Parere sulla PAS per impianto fotovoltaico a terra",
     {"esperto.ricci", "esperto.ricci"}},
    {"APPALTI", "APP-APERTA-OEPV", RequestKind::Technical, "Supporto alla redazione del disciplinare di gara",
     {"esperto.galli", "esperto.galli"}},
    {"INFRASTRUTTURE_DIGITALI", "TLC-44", RequestKind::Training, "Webinar sulle autorizzazioni per stazioni radio base",
     {"esperto.conti", "esperto.conti"}},
    {"BONIFICHE", "BON-242-ADR", RequestKind::Technical, "Revisione dell'analisi di rischio sito-specifica",
     {"esperto.moretti", "esperto.moretti"}},
    {"VALUTAZIONI_AMBIENTALI", "AUA", RequestKind::FocusGroup, "Focus group sui tempi delle AUA",
     {"esperto.bianchi", "esperto.bianchi"}},
    {"RENDICONTAZIONE_MONITORAGGIO", "REND-REGIS", RequestKind::Coaching, "Compilazione della tabella semestrale DFP",
     {"esperto.rossi", "esperto.rossi"}},
}};

// Every status of the life cycle appears; the mature ones more often.
constexpr std::array<RequestStatus, 10> kStatuses{
    RequestStatus::Completed, RequestStatus::InProgress, RequestStatus::Assigned, RequestStatus::Completed,
    RequestStatus::Submitted, RequestStatus::Accepted,   RequestStatus::Draft,    RequestStatus::Rejected,
    RequestStatus::InProgress, RequestStatus::Withdrawn};

const QString kCoordinator = u"segreteria.tecnica"_s;

QString stamp(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODate);
}

// The path the request took to its status, as the portal would have recorded it.
QList<StatusChange> historyFor(const SupportRequest &r, const QString &office, QDate asOf)
{
    using S = RequestStatus;
    QList<StatusChange> history{{S::Draft, office, stamp(r.createdOn, 9), {}}};
    if (r.status == S::Draft)
        return history;
    QDate day = r.createdOn.addDays(1);
    auto add = [&](S status, const QString &by, int days, const QString &reason = {}) {
        day = std::min(day.addDays(days), asOf);
        history.append({status, by, stamp(day, 10 + int(history.size())), reason});
    };
    add(S::Submitted, office, 0);
    if (r.status == S::Submitted)
        return history;
    if (r.status == S::Withdrawn) {
        add(S::Withdrawn, office, 5, r.statusReason);
        return history;
    }
    if (r.status == S::Rejected) {
        add(S::Rejected, kCoordinator, 4, r.statusReason);
        return history;
    }
    add(S::Accepted, kCoordinator, 3);
    if (r.status == S::Accepted)
        return history;
    add(S::Assigned, kCoordinator, 4);
    if (r.status == S::Assigned)
        return history;
    add(S::InProgress, r.assignedExperts.first(), 6);
    if (r.status == S::InProgress)
        return history;
    add(S::Completed, r.assignedExperts.first(), 90);
    return history;
}

} // namespace

bool writeDemoRequests(QSqlDatabase db, const QStringList &supportedAuthorities, QDate asOf,
                       std::mt19937_64 &rng, qint64 *written, QString *error)
{
    using S = RequestStatus;
    RequestStore store(db);
    DocumentStore documents(db);
    const EditContext ctx{EditOrigin::Demo, u"demo"_s};
    const QDate firstDay(2022, 9, 1); // the experts start work in autumn 2022
    const qint64 span = std::max<qint64>(1, firstDay.daysTo(asOf) - 30);
    int counter = 0;
    for (const QString &istat : supportedAuthorities) {
        const QString office = u"ufficio.tecnico."_s + istat;
        const int count = 1 + int(rng() % 3);
        for (int i = 0; i < count; ++i, ++counter) {
            const RequestTemplate &t = kTemplates[rng() % kTemplates.size()];
            SupportRequest r;
            r.authorityIstat = istat;
            r.taskForceCode = QString::fromLatin1(t.taskForce);
            r.procedureCodes = {QString::fromLatin1(t.procedure)};
            r.kind = t.kind;
            r.subject = QString::fromUtf8(t.subject);
            r.description = u"L'ente chiede il supporto della task force per ridurre l'arretrato e i tempi medi "
                            "delle pratiche indicate."_s;
            r.priority = Priority(rng() % 4);
            r.status = kStatuses[counter % kStatuses.size()];
            // Open work is recent; finished work can be older.
            const bool open = r.status == S::InProgress || r.status == S::Assigned || r.status == S::Accepted
                || r.status == S::Submitted || r.status == S::Draft;
            r.createdOn = open ? asOf.addDays(-qint64(10 + rng() % 120)) : firstDay.addDays(qint64(rng() % quint64(span)));
            const bool staffed = r.status == S::Assigned || r.status == S::InProgress || r.status == S::Completed;
            if (staffed) {
                r.assignedExperts << QString::fromLatin1(t.experts[0]);
                if (rng() % 3 == 0)
                    r.assignedExperts << QString::fromLatin1(t.experts[1]);
                r.assignedExperts.removeDuplicates();
            }
            if (r.status == S::Rejected)
                r.statusReason = u"La richiesta riguarda un procedimento non monitorato dal programma."_s;
            if (r.status == S::Withdrawn)
                r.statusReason = u"L'ufficio ha risolto internamente con il nuovo istruttore."_s;
            if (r.status == S::Completed)
                r.closingSummary = u"Arretrato ridotto, check-list di istruttoria adottata dall'ufficio."_s;
            r.statusHistory = historyFor(r, office, asOf);
            r.version = 0;
            if (!store.saveRequestInTransaction(&r, ctx, error))
                return false;
            ++*written;

            RequestMessage opening{{}, r.id, office, u"Buongiorno, alleghiamo l'elenco delle pratiche in ritardo."_s,
                                   stamp(r.createdOn, 9), 0};
            if (!store.addMessageInTransaction(&opening, ctx, error))
                return false;
            // Every other request carries the list the opening message speaks of: a small PDF.
            if (counter % 2 == 0) {
                RequestDocument list;
                list.requestId = r.id;
                list.fileName = u"Elenco pratiche in ritardo.pdf"_s;
                list.mediaType = u"application/pdf"_s;
                list.addedBy = office;
                list.addedAt = opening.createdAt;
                const QByteArray pdf = simplePdf(u"Elenco delle pratiche in ritardo"_s,
                                                 {u"Ente: %1"_s.arg(istat), u"Oggetto: %1"_s.arg(r.subject),
                                                  u"Pratiche oltre il termine: %1"_s.arg(8 + counter % 30),
                                                  u"Richiesta del %1"_s.arg(r.createdOn.toString(u"dd/MM/yyyy"))});
                if (!documents.addInTransaction(&list, pdf, ctx, error))
                    return false;
            }
            if (!staffed)
                continue;
            RequestMessage reply{{}, r.id, r.assignedExperts.first(),
                                 u"Grazie, propongo un primo incontro presso l'ufficio tecnico."_s,
                                 stamp(r.createdOn.addDays(9), 15), 0};
            if (!store.addMessageInTransaction(&reply, ctx, error))
                return false;
            const int visits = r.status == S::Assigned ? 0 : 1 + int(rng() % 4);
            QDate day = r.createdOn.addDays(14);
            for (int v = 0; v < visits && day < asOf; ++v) {
                Visit visit;
                visit.requestId = r.id;
                visit.expert = r.assignedExperts.at(v % r.assignedExperts.size());
                visit.date = day;
                visit.start = QTime(9, 0).addSecs(60 * 30 * int(rng() % 4));
                visit.hours = 2 + double(rng() % 9) / 2.0;
                visit.end = visit.start.addSecs(int(visit.hours * 3600));
                visit.mode = rng() % 3 == 0 ? VisitMode::Remote : VisitMode::OnSite;
                visit.participants = u"Responsabile dell'ufficio tecnico, due istruttori"_s;
                visit.activities = u"Analisi delle pratiche aperte oltre il termine e priorità di istruttoria"_s;
                visit.outcome = u"Piano di smaltimento concordato"_s;
                visit.procedureCodes = r.procedureCodes;
                // The last visit of open work leaves a follow-up; some are already overdue.
                if (v + 1 == visits && r.status == S::InProgress)
                    visit.followUpItems = {{u"Trasmettere l'elenco aggiornato delle pratiche"_s,
                                            day.addDays(rng() % 2 == 0 ? 7 : 45)}};
                // Older visits are countersigned; recent ones wait; now and then one is disputed.
                const qint64 age = day.daysTo(asOf);
                visit.confirmation = age > 30 ? (rng() % 12 == 0 ? VisitConfirmation::Disputed : VisitConfirmation::Confirmed)
                                              : VisitConfirmation::Pending;
                if (visit.confirmation == VisitConfirmation::Disputed)
                    visit.confirmationNote = u"Le ore indicate non corrispondono al verbale dell'incontro."_s;
                if (!store.saveVisitInTransaction(&visit, ctx, error))
                    return false;
                day = day.addDays(std::min<qint64>(20 + qint64(rng() % 40), std::max<qint64>(1, day.daysTo(asOf) / 2)));
            }
        }
    }
    return true;
}

} // namespace pass
