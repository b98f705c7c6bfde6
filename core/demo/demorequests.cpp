#include "demorequests.h"

#include "core/domain/records.h"
#include "core/store/requeststore.h"

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
};

constexpr std::array<RequestTemplate, 8> kTemplates{{
    {"EDILIZIA_URBANISTICA", "PDC-LOM", RequestKind::Coaching,
     "Affiancamento per lo smaltimento dell'arretrato dei permessi di costruire"},
    {"EDILIZIA_URBANISTICA", "PAES-SEMPL", RequestKind::Technical,
     "Istruttoria delle autorizzazioni paesaggistiche semplificate"},
    {"RINNOVABILI", "PAS", RequestKind::Legal, "Parere sulla PAS per impianto fotovoltaico a terra"},
    {"APPALTI", "APP-APERTA-OEPV", RequestKind::Technical, "Supporto alla redazione del disciplinare di gara"},
    {"INFRASTRUTTURE_DIGITALI", "TLC-44", RequestKind::Training, "Webinar sulle autorizzazioni per stazioni radio base"},
    {"BONIFICHE", "BON-242-ADR", RequestKind::Technical, "Revisione dell'analisi di rischio sito-specifica"},
    {"VALUTAZIONI_AMBIENTALI", "AUA", RequestKind::FocusGroup, "Focus group sui tempi delle AUA"},
    {"RENDICONTAZIONE_MONITORAGGIO", "REND-REGIS", RequestKind::Coaching,
     "Compilazione della tabella semestrale DFP"},
}};

constexpr std::array<const char *, 6> kExperts{
    "esperto.colombo", "esperto.ferrari", "esperto.ricci", "esperto.galli", "esperto.conti", "esperto.moretti"};

constexpr std::array<RequestStatus, 8> kStatuses{
    RequestStatus::Completed, RequestStatus::InProgress, RequestStatus::Assigned, RequestStatus::Completed,
    RequestStatus::Submitted, RequestStatus::Accepted,   RequestStatus::Draft,    RequestStatus::Rejected};

} // namespace

bool writeDemoRequests(QSqlDatabase db, const QStringList &supportedAuthorities, QDate asOf,
                       std::mt19937_64 &rng, qint64 *written, QString *error)
{
    RequestStore store(db);
    const EditContext ctx{EditOrigin::Demo, u"demo"_s};
    const QDate firstDay(2022, 9, 1); // the experts start work in autumn 2022
    const qint64 span = std::max<qint64>(1, firstDay.daysTo(asOf) - 30);
    int counter = 0;
    for (const QString &istat : supportedAuthorities) {
        const int count = 1 + int(rng() % 3);
        for (int i = 0; i < count; ++i, ++counter) {
            const RequestTemplate &t = kTemplates[rng() % kTemplates.size()];
            SupportRequest r;
            r.authorityIstat = istat;
            r.taskForceCode = QString::fromLatin1(t.taskForce);
            r.procedureCodes = {QString::fromLatin1(t.procedure)};
            r.kind = t.kind;
            r.subject = QString::fromUtf8(t.subject);
            r.description = u"Richiesta generata per la dimostrazione: l'ente chiede il supporto della task force."_s;
            r.priority = Priority(rng() % 4);
            // Every status appears, the mature ones more often for older requests.
            r.status = kStatuses[counter % kStatuses.size()];
            r.createdOn = firstDay.addDays(qint64(rng() % quint64(span)));
            const bool staffed = r.status == RequestStatus::Assigned || r.status == RequestStatus::InProgress
                || r.status == RequestStatus::Completed;
            if (staffed) {
                r.assignedExperts << QString::fromLatin1(kExperts[rng() % kExperts.size()]);
                if (rng() % 3 == 0)
                    r.assignedExperts << QString::fromLatin1(kExperts[rng() % kExperts.size()]);
                r.assignedExperts.removeDuplicates();
            }
            if (!store.saveRequestInTransaction(&r, ctx, error))
                return false;
            ++*written;

            RequestMessage opening{{}, r.id, u"ufficio.tecnico."_s + istat,
                                   u"Buongiorno, alleghiamo l'elenco delle pratiche in ritardo."_s,
                                   r.createdOn.startOfDay(Qt::UTC).toString(Qt::ISODate), 0};
            if (!store.addMessageInTransaction(&opening, ctx, error))
                return false;
            if (!staffed)
                continue;
            const int visits = r.status == RequestStatus::Assigned ? 0 : 1 + int(rng() % 4);
            QDate day = r.createdOn.addDays(14);
            for (int v = 0; v < visits && day < asOf; ++v) {
                Visit visit;
                visit.requestId = r.id;
                visit.expert = r.assignedExperts.first();
                visit.date = day;
                visit.hours = 2 + double(rng() % 13) / 2.0;
                visit.mode = rng() % 3 == 0 ? VisitMode::Remote : VisitMode::OnSite;
                visit.participants = u"Responsabile dell'ufficio tecnico, due istruttori"_s;
                visit.activities = u"Analisi delle pratiche aperte oltre il termine e priorità di istruttoria"_s;
                visit.outcome = u"Piano di smaltimento concordato"_s;
                visit.followUps = v + 1 < visits ? u"Verifica dell'avanzamento alla prossima visita"_s : QString();
                if (!store.saveVisitInTransaction(&visit, ctx, error))
                    return false;
                day = day.addDays(20 + qint64(rng() % 40));
            }
        }
    }
    return true;
}

} // namespace pass
