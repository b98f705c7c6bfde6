#include "reporttexts.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

struct Pair
{
    const char *key;
    const char *italian;
    const char *english;
};

const Pair kTexts[] = {
    {"report.title", "Rapporto di monitoraggio", "Monitoring report"},
    {"report.headline", "Indicatori principali", "Key figures"},
    {"report.table", "Tabella DFP del semestre", "DFP semester table"},
    {"report.charts", "Andamento per semestre", "Semester by semester"},
    {"report.deadlines", "Pratiche in scadenza e scadute", "Case files about to pass their term, and overdue"},
    {"report.deadlines.none", "Nessuna pratica aperta in scadenza entro %1 giorni né scaduta.",
     "No open case file passes its term within %1 days, and none is overdue."},
    {"report.deadlines.intro", "Pratiche aperte che superano il termine entro %1 giorni (%2) e già oltre il termine (%3), in ordine di urgenza.",
     "Open case files passing their term within %1 days (%2) and already past it (%3), by urgency."},
    {"report.method", "Note di metodo", "Method"},
    {"report.page", "pag. %1 di %2", "page %1 of %2"},
    {"col.protocol", "Protocollo", "Protocol"},
    {"col.procedure", "Procedura", "Procedure"},
    {"col.responsible", "Responsabile", "Officer"},
    {"col.start", "Avvio", "Started"},
    {"col.deadline", "Termine", "Deadline"},
    {"col.days", "Giorni", "Days"},
    {"days.left", "mancano %1", "%1 left"},
    {"days.overdue", "scaduta da %1", "%1 overdue"},
    {"head.backlogNow", "Arretrato al %1", "Backlog on %1"},
    {"head.baseline", "Arretrato alla baseline (%1)", "Backlog at the baseline (%1)"},
    {"head.cleared", "Arretrato smaltito rispetto alla baseline", "Backlog cleared since the baseline"},
    {"head.durationNow", "Durata media %1 (giorni)", "Average duration %1 (days)"},
    {"head.durationBaseline", "Durata media alla baseline (giorni)", "Average duration at the baseline (days)"},
    {"head.durationChange", "Variazione della durata media", "Change of the average duration"},
    {"head.target", "Obiettivo", "Target"},
    {"head.targetText", "arretrato −%1, durata media −%2 entro il %3", "backlog −%1, average duration −%2 by %3"},
    {"head.targetBacklog", "Arretrato obiettivo alla scadenza", "Target backlog at the due date"},
    {"head.atDue", "Arretrato alla scadenza", "Backlog at the due date"},
    {"head.atDueProjected", "Arretrato alla scadenza (proiezione)", "Backlog at the due date (projection)"},
    {"head.meets", "Obiettivo raggiunto", "Target met"},
    {"head.meetsProjected", "Obiettivo raggiungibile con l'andamento attuale", "Target within reach on the current path"},
    {"head.yes", "sì", "yes"},
    {"head.no", "no", "no"},
    {"head.unknown", "non determinabile (meno di tre semestri di dati)", "cannot tell (fewer than three semesters of data)"},
    {"head.noTarget", "nessun obiettivo configurato", "no target configured"},
    {"head.milestones", "Traguardi intermedi", "Milestones"},
    {"chart.backlog", "Arretrato", "Backlog"},
    {"chart.backlog.gross", "Arretrato (lordo)", "Backlog (gross)"},
    {"chart.backlog.net", "Arretrato (netto sospensioni)", "Backlog (net of suspensions)"},
    {"chart.targetPath", "Percorso obiettivo", "Target path"},
    {"chart.projection", "Proiezione", "Projection"},
    {"chart.band", "Intervallo min–max", "Low–high range"},
    {"chart.duration", "Durata media e termine di legge", "Average duration and legal term"},
    {"chart.avgDuration", "Durata media", "Average duration"},
    {"chart.legalTerm", "Termine di legge", "Legal term"},
    {"chart.targetDuration", "Durata obiettivo", "Target duration"},
    {"chart.flows", "Avviate e concluse (tasso di smaltimento)", "Started and concluded (clearance rate)"},
    {"chart.started", "Avviate", "Started"},
    {"chart.concluded", "Concluse", "Concluded"},
    {"chart.cases", "pratiche", "case files"},
    {"chart.days", "giorni", "days"},
    {"chart.noCases", "Nessuna pratica in questo ambito nel periodo", "No case files in this scope and period"},
    {"chart.noBacklog", "Nessun arretrato da contare: le procedure di questo ambito non hanno un termine di legge",
     "No backlog to count: the procedures here have no legal term"},
    {"chart.noDuration", "Nessun provvedimento espresso nel periodo", "No express decisions in the period"},
    {"chart.running", "in corso al %1", "running, as of %1"},
    {"chart.baseline", "baseline", "baseline"},
    {"forecast.method",
     "Proiezione: l'arretrato varia ogni semestre delle pratiche aperte che raggiungono il termine meno quelle scadute "
     "concluse; si prolunga la variazione media degli ultimi %1 semestri (%2 pratiche a semestre); l'intervallo usa la "
     "variazione minima (%3) e massima (%4). Ultimo semestre completo: %5.",
     "Projection: each semester the backlog changes by the open case files reaching their term less the overdue ones "
     "concluded; the mean change of the last %1 semesters (%2 case files a semester) is carried forward; the range uses "
     "the smallest (%3) and largest (%4) change. Last complete semester: %5."},
    {"forecast.none", "Nessuna proiezione: servono almeno tre semestri di dati.",
     "No projection: at least three semesters of data are needed."},
    {"method.backlog",
     "Arretrato: pratiche aperte oltre il termine di legge alla fine del semestre; per il semestre in corso, alla data "
     "di estrazione. Variante: %1.",
     "Backlog: open case files past their legal term at the end of the semester; for the running semester, on the "
     "extraction date. Variant: %1."},
    {"method.duration",
     "Durata media: media dei giorni di calendario dall'avvio alla conclusione dei provvedimenti espressi conclusi nel "
     "semestre (DPCM 12/11/2021, All. B, App. 2).",
     "Average duration: mean calendar days from start to end of the express decisions concluded in the semester "
     "(DPCM 12/11/2021, Annex B, App. 2)."},
};

} // namespace

QString reportText(const char *key, ReportLanguage language)
{
    static const QHash<QByteArray, const Pair *> index = [] {
        QHash<QByteArray, const Pair *> h;
        for (const Pair &p : kTexts)
            h.insert(QByteArray(p.key), &p);
        return h;
    }();
    const Pair *p = index.value(QByteArray(key));
    if (!p)
        return QString::fromLatin1(key); // a missing text shows its key, never an empty label
    return QString::fromUtf8(language == ReportLanguage::Italian ? p->italian : p->english);
}

QString formatNumber(double value, int decimals, ReportLanguage language)
{
    return QLocale(language == ReportLanguage::Italian ? QLocale::Italian : QLocale::English).toString(value, 'f', decimals);
}

QString formatPercent(double value, ReportLanguage language)
{
    return formatNumber(value, 1, language) + u" %"_s;
}

} // namespace pass
