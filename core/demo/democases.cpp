#include "democases.h"

#include <array>
#include <cmath>

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

// How much slower than the legal term a case started at `years` after 1 Jan 2021 runs: rising
// to the 2022 peak, then falling once the experts arrive (autumn 2022).
double slowness(double years, const DemoCaseFactory::Profile &p)
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
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    const quint64 a = (sequence << 16) | (rng() & 0xffff), b = rng();
    QString id(36, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(id.data());
    int pos = 0;
    const auto put = [&](quint64 word, int nibbles) {
        for (int shift = nibbles * 4 - 4; shift >= 0; shift -= 4) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                out[pos++] = u'-';
            out[pos++] = kHex[(word >> shift) & 0xf];
        }
    };
    put(a, 16);
    put(b, 16);
    out[14] = u'4';                         // version 4
    out[19] = kHex[8 + ((b >> 60) & 3)]; // RFC 4122 variant
    return id;
}

constexpr std::array<const char *, 8> kOfficers{"Arch. Bianchi", "Geom. Ferri",  "Ing. Marchetti", "Arch. Lodi",
                                                 "Geom. Sangalli", "Ing. Pavesi", "Dott. Zanoni",   "Geom. Carioni"};
constexpr std::array<const char *, 4> kSuspensionReasons{
    "Richiesta di integrazioni documentali", "In attesa del parere di altra amministrazione",
    "In attesa di pagamento oneri", "Sospensione per controversia legale"};

const QDate kStoryStart(2021, 1, 1);

} // namespace

DemoCaseFactory::DemoCaseFactory(const QList<Authority> &authorities, const QList<ProcedureType> &types,
                                 const QSet<QString> &area, bool wholeRegion, QHash<QString, int> protocolCounters,
                                 QDate asOf, std::mt19937_64 &rng)
    : m_rng(rng), m_protocolCounters(std::move(protocolCounters)), m_asOf(asOf)
{
    QList<Authority> sorted = authorities;
    std::sort(sorted.begin(), sorted.end(), [](const Authority &a, const Authority &b) { return a.istat < b.istat; });
    std::vector<double> authorityWeights;
    for (const Authority &a : std::as_const(sorted)) {
        if (a.retired || (!wholeRegion && !area.contains(a.istat)))
            continue;
        Profile p;
        p.authority = a;
        const bool isComune = a.kind == u"comune";
        const QString level = isComune ? u"COMUNE"_s : (a.kind == u"provincia" ? u"PROVINCIA"_s : u"CITTA_METROPOLITANA"_s);
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
            p.procedures << t;
            ++perTaskForce[t.taskForceCode];
        }
        if (p.procedures.isEmpty())
            continue;
        std::vector<double> weights;
        for (const ProcedureType &t : std::as_const(p.procedures))
            weights.push_back(taskForceWeight(t.taskForceCode, isComune) / perTaskForce.value(t.taskForceCode));
        p.pick = std::discrete_distribution<int>(weights.begin(), weights.end());
        p.supported = m_unit(m_rng) < 0.55;
        p.lagging = !p.supported && m_unit(m_rng) < 0.35;
        m_profiles << p;
        // Larger authorities handle more case files; provinces weigh like a town of 60,000.
        authorityWeights.push_back(isComune ? std::sqrt(double(a.population.value_or(1000))) : std::sqrt(60000.0));
    }
    m_pickProfile = std::discrete_distribution<int>(authorityWeights.begin(), authorityWeights.end());
    for (const char *name : kOfficers)
        m_officers << QString::fromUtf8(name);
    for (const char *reason : kSuspensionReasons)
        m_suspensionReasons << QString::fromUtf8(reason);
}

bool DemoCaseFactory::generate(qint64 count, quint64 seed, int batchSize, CaseStatsAccumulator &stats, const Sink &sink)
{
    if (m_profiles.isEmpty())
        return count == 0;
    const qint64 spanDays = std::max<qint64>(1, kStoryStart.daysTo(m_asOf));
    std::vector<CaseFile> batch;
    batch.reserve(size_t(batchSize));
    quint64 sequence = quint64(seed & 0xffff) << 32;
    qint64 remaining = count;
    for (qint64 day = 0; day < spanDays && remaining > 0; ++day) {
        // A uniform start date per case, drawn day by day: each day takes its binomial share of
        // what is left (a sequential multinomial), so the dates come out already sorted.
        const qint64 daysLeft = spanDays - day;
        const qint64 today = daysLeft == 1 ? remaining
                                           : std::binomial_distribution<qint64>(remaining, 1.0 / double(daysLeft))(m_rng);
        remaining -= today;
        const QDate start = kStoryStart.addDays(day);
        for (qint64 k = 0; k < today; ++k) {
            Profile &p = m_profiles[m_pickProfile(m_rng)];
            const ProcedureType &type = p.procedures.at(p.pick(m_rng));
            batch.push_back(makeCase(p, type, start, sequence++));
            stats.add(batch.back(), type.termFor(start), +1);
            if (batch.size() == size_t(batchSize)) {
                if (!sink(std::move(batch)))
                    return false;
                batch = {};
                batch.reserve(size_t(batchSize));
            }
        }
    }
    return batch.empty() || sink(std::move(batch));
}

CaseFile DemoCaseFactory::makeCase(Profile &p, const ProcedureType &type, QDate start, quint64 sequence)
{
    CaseFile c;
    c.id = uuidFrom(m_rng, sequence);
    c.authorityIstat = p.authority.istat;
    c.procedureCode = type.code;
    c.startDate = start;
    const int seq = ++m_protocolCounters[p.authority.istat];
    c.protocolNumber = QString::number(start.year()) + u'/' + QString::number(seq).rightJustified(6, u'0');
    c.responsible = m_officers.at(int(m_rng() % m_officers.size()));

    const std::optional<int> term = type.termFor(start);
    const double years = double(kStoryStart.daysTo(start)) / 365.25;
    double factor = slowness(years, p) * m_noise(m_rng);
    // A few case files get stuck for a long time before the task forces arrive.
    if (years < 2.0 && m_unit(m_rng) < 0.07)
        factor *= 3.0 + 4.0 * m_unit(m_rng);
    const int duration = std::max(1, int(std::lround(double(term.value_or(150)) * factor)));
    const double wr = m_unit(m_rng);
    const bool tacitAllowed = type.tacitApproval == u"yes" || type.tacitApproval == u"partial";
    const bool busyTaskForce = type.taskForceCode == u"EDILIZIA_URBANISTICA" || type.taskForceCode == u"APPALTI";
    c.servicesConference = m_unit(m_rng) < (busyTaskForce ? 0.08 : 0.45);
    if (m_unit(m_rng) < 0.25 && duration > 20) {
        // A suspension within the case's life, and never in the future: one still running
        // today has no end date yet.
        const QDate from = start.addDays(5 + qint64(m_unit(m_rng) * duration / 2));
        QDate to = std::min(from.addDays(10 + qint64(m_unit(m_rng) * 50)), start.addDays(duration));
        if (to > m_asOf)
            to = QDate();
        if (from <= m_asOf)
            c.suspensions << Suspension{from, to, m_suspensionReasons.at(int(m_rng() % m_suspensionReasons.size()))};
    }
    QDate end = start.addDays(duration);
    if (tacitAllowed && term && duration >= *term && wr < 0.35) {
        end = start.addDays(*term); // silence is consent once the term runs out
        c.outcome = Outcome::Tacit;
        c.servicesConference = false;
    } else if (wr > 0.96) {
        c.outcome = Outcome::Withdrawn;
    } else {
        c.outcome = Outcome::Express;
    }
    if (end > m_asOf)
        c.outcome.reset(); // still open today
    else
        c.endDate = end;
    return c;
}

} // namespace pass
