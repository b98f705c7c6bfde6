#include "demogenerator.h"

#include "core/store/casebulkloader.h"
#include "core/demo/demorequests.h"
#include "core/domain/records.h"
#include "core/indicators/targets.h"
#include "core/reference/referencedata.h"
#include "core/store/referencestore.h"
#include "core/store/transaction.h"
#include "core/util/logging.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Relative share of case files per task force, by kind of authority.
double taskForceWeight(const QString &taskForce, bool isComune)
{
    static const QHash<QString, std::pair<double, double>> weights{
        {u"EDILIZIA_URBANISTICA"_s, {0.55, 0.02}}, {u"RINNOVABILI"_s, {0.10, 0.15}},
        {u"INFRASTRUTTURE_DIGITALI"_s, {0.09, 0.02}}, {u"APPALTI"_s, {0.12, 0.15}},
        {u"BONIFICHE"_s, {0.03, 0.0}}, {u"VALUTAZIONI_AMBIENTALI"_s, {0.04, 0.40}},
        {u"RIFIUTI"_s, {0.0, 0.24}}, {u"RENDICONTAZIONE_MONITORAGGIO"_s, {0.07, 0.02}},
    };
    const auto w = weights.value(taskForce, {0.02, 0.02});
    return isComune ? w.first : w.second;
}

struct AuthorityProfile
{
    Authority authority;
    QList<const ProcedureType *> procedures;
    std::discrete_distribution<int> pick;
    bool supported = false; // asked the task forces for support
    bool lagging = false;   // still slow at the end of the story
};

// How much slower than the legal term a case started at `years` after 1 Jan 2021 runs: rising
// to the 2022 peak, then falling once the experts arrive (autumn 2022).
double slowness(double years, const AuthorityProfile &p)
{
    const double peak = 1.75;
    if (years < 1.5)
        return 1.3 + (peak - 1.3) * years / 1.5;
    const double settled = p.lagging ? 1.6 : (p.supported ? 0.72 : 1.05);
    const double t = std::min(1.0, (years - 1.5) / 2.5);
    return peak + (settled - peak) * t;
}

// A version-4-shaped UUID whose first 48 bits count up (like UUIDv7's time prefix), so a million
// inserts append to the primary-key index instead of landing on random pages.
QString uuidFrom(std::mt19937_64 &rng, quint64 sequence)
{
    const quint64 a = (sequence << 16) | (rng() & 0xffff), b = rng();
    QString hex = QString::number(a, 16).rightJustified(16, u'0') + QString::number(b, 16).rightJustified(16, u'0');
    hex[12] = u'4';
    hex[16] = QChar::fromLatin1("89ab"[(b >> 60) & 3]);
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) + u'-' + hex.mid(20);
}

constexpr std::array<const char *, 8> kOfficers{"Arch. Bianchi", "Geom. Ferri",  "Ing. Marchetti", "Arch. Lodi",
                                                 "Geom. Sangalli", "Ing. Pavesi", "Dott. Zanoni",   "Geom. Carioni"};
constexpr std::array<const char *, 4> kSuspensionReasons{
    "Richiesta di integrazioni documentali", "In attesa del parere di altra amministrazione",
    "In attesa di pagamento oneri", "Sospensione per controversia legale"};

} // namespace

bool DemoGenerator::fillIfEmpty(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT EXISTS (SELECT 1 FROM case_files)"_s) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toBool())
        return true;
    Options options;
    options.cases = 20000;
    return run(options, {}, error);
}

bool DemoGenerator::run(const Options &options, const Progress &progress, QString *error)
{
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::lognormal_distribution<double> noise(0.0, 0.3);

    ReferenceData shipped;
    if (!shipped.loadShipped()) {
        *error = shipped.errorString();
        return false;
    }
    ReferenceStore reference(m_db);
    const QList<ProcedureType> types = reference.procedureTypes();
    QList<Authority> all = reference.authorities();
    std::sort(all.begin(), all.end(), [](const Authority &a, const Authority &b) { return a.istat < b.istat; });

    QSet<QString> area(shipped.demoAreaIstat().cbegin(), shipped.demoAreaIstat().cend());
    area.insert(u"019"_s); // Provincia di Cremona
    QList<AuthorityProfile> profiles;
    std::vector<double> authorityWeights;
    for (const Authority &a : std::as_const(all)) {
        if (a.retired || (options.scope == Scope::DemoArea && !area.contains(a.istat)))
            continue;
        AuthorityProfile p;
        p.authority = a;
        const bool isComune = a.kind == u"comune";
        const QString level = isComune ? u"COMUNE"_s : (a.kind == u"provincia" ? u"PROVINCIA"_s : u"CITTA_METROPOLITANA"_s);
        std::vector<double> weights;
        QHash<QString, int> perTaskForce;
        for (const ProcedureType &t : types) {
            if (!t.authorityLevels.split(u'|').contains(level))
                continue;
            // Lombardy's regional permit rules apply, not the state ones; the doubled term only
            // above 100,000 inhabitants.
            if (t.code == u"PDC" || t.code == u"PDC-100K")
                continue;
            if (t.code == u"PDC-LOM-100K" && a.population.value_or(0) <= 100000)
                continue;
            p.procedures << &t;
            ++perTaskForce[t.taskForceCode];
        }
        for (const ProcedureType *t : std::as_const(p.procedures))
            weights.push_back(taskForceWeight(t->taskForceCode, isComune) / perTaskForce.value(t->taskForceCode));
        if (p.procedures.isEmpty())
            continue;
        p.pick = std::discrete_distribution<int>(weights.begin(), weights.end());
        p.supported = unit(rng) < 0.55;
        p.lagging = !p.supported && unit(rng) < 0.35;
        profiles << p;
        // Larger authorities handle more case files; provinces weigh like a town of 60,000.
        authorityWeights.push_back(isComune ? std::sqrt(double(a.population.value_or(1000))) : std::sqrt(60000.0));
    }
    if (profiles.isEmpty()) {
        *error = QObject::tr("No authorities to generate demo data for");
        return false;
    }
    std::discrete_distribution<int> pickAuthority(authorityWeights.begin(), authorityWeights.end());

    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    CaseBulkLoader writer(m_db);
    if (!writer.begin(error))
        return false;
    QHash<QString, int> protocolCounter;
    {
        QSqlQuery q(m_db);
        q.exec(u"SELECT authority_istat, count(*) FROM case_files GROUP BY authority_istat"_s);
        while (q.next())
            protocolCounter.insert(q.value(0).toString(), q.value(1).toInt());
    }
    QStringList officers, suspensionReasons;
    for (const char *name : kOfficers)
        officers << QString::fromUtf8(name);
    for (const char *reason : kSuspensionReasons)
        suspensionReasons << QString::fromUtf8(reason);
    const QDate first(2021, 1, 1);
    const qint64 spanDays = first.daysTo(options.asOf);
    CaseFile c;
    for (qint64 i = 0; i < options.cases; ++i) {
        AuthorityProfile &p = profiles[pickAuthority(rng)];
        const ProcedureType &type = *p.procedures.at(p.pick(rng));
        c = CaseFile();
        c.id = uuidFrom(rng, quint64(i) + (quint64(options.seed & 0xffff) << 32));
        c.authorityIstat = p.authority.istat;
        c.procedureCode = type.code;
        c.startDate = first.addDays(qint64(unit(rng) * double(spanDays)));
        const int seq = ++protocolCounter[p.authority.istat];
        c.protocolNumber = QString::number(c.startDate.year()) + u'/' + QString::number(seq).rightJustified(6, u'0');
        c.responsible = officers.at(int(rng() % officers.size()));

        const std::optional<int> term = type.termFor(c.startDate);
        const double years = double(first.daysTo(c.startDate)) / 365.25;
        double factor = slowness(years, p) * noise(rng);
        // A few case files get stuck for a long time before the task forces arrive.
        if (years < 2.0 && unit(rng) < 0.07)
            factor *= 3.0 + 4.0 * unit(rng);
        const int duration = std::max(1, int(std::lround(double(term.value_or(150)) * factor)));
        const double wr = unit(rng);
        const bool tacitAllowed = type.tacitApproval == u"yes" || type.tacitApproval == u"partial";
        c.servicesConference = unit(rng) < (type.taskForceCode == u"EDILIZIA_URBANISTICA" || type.taskForceCode == u"APPALTI" ? 0.08 : 0.45);
        if (unit(rng) < 0.25 && duration > 20) {
            // A suspension within the case's life, and never in the future: one still running
            // today has no end date yet.
            const QDate from = c.startDate.addDays(5 + qint64(unit(rng) * duration / 2));
            QDate to = std::min(from.addDays(10 + qint64(unit(rng) * 50)), c.startDate.addDays(duration));
            if (to > options.asOf)
                to = QDate();
            if (from <= options.asOf)
                c.suspensions << Suspension{from, to, suspensionReasons.at(int(rng() % suspensionReasons.size()))};
        }
        QDate end = c.startDate.addDays(duration);
        if (tacitAllowed && term && duration >= *term && wr < 0.35) {
            end = c.startDate.addDays(*term); // silence is consent once the term runs out
            c.outcome = Outcome::Tacit;
            c.servicesConference = false;
        } else if (wr > 0.96) {
            c.outcome = Outcome::Withdrawn;
        } else {
            c.outcome = Outcome::Express;
        }
        if (end > options.asOf) {
            c.outcome.reset(); // still open today
        } else {
            c.endDate = end;
        }
        if (!writer.write(c, error))
            return false;
        if (progress && (i % 5000 == 0) && !progress(i, options.cases))
            return false; // cancelled: the transaction rolls back
    }
    if (!writer.finish(error))
        return false;

    QStringList supported;
    for (const AuthorityProfile &p : std::as_const(profiles)) {
        if (p.supported)
            supported << p.authority.istat;
    }
    if (options.withRequests && !writeDemoRequests(m_db, supported, options.asOf, rng, &m_requests, error))
        return false;

    // The programme phases of the demo territory and a demonstration target (configuration).
    QSqlQuery q(m_db);
    q.exec(u"UPDATE authorities SET pass_phase = CASE WHEN pass_phase IS NOT NULL THEN pass_phase "
           "WHEN abs(CAST(istat AS INTEGER)) % 3 = 0 THEN 1 WHEN abs(CAST(istat AS INTEGER)) % 3 = 1 THEN 2 ELSE 3 END "
           "WHERE province_code = 'CR'"_s);
    TargetStore targets(m_db);
    if (!targets.find(u"LOM"_s, u"*"_s)) {
        Target demoTarget;
        demoTarget.backlogReductionPct = 40;
        demoTarget.durationReductionPct = 20;
        if (!targets.save(demoTarget, error))
            return false;
    }
    if (progress)
        progress(options.cases, options.cases);
    qCInfo(lcDemo) << "demo data written:" << options.cases << "case files," << m_requests << "requests";
    return tx.commit(error);
}

} // namespace pass
