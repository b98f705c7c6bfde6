#include "demogenerator.h"

#include "core/store/casebulkloader.h"
#include "core/store/protocolindex.h"
#include "core/demo/democases.h"
#include "core/util/handoffqueue.h"
#include "core/demo/demorequests.h"
#include "core/domain/records.h"
#include "core/indicators/targets.h"
#include "core/reference/referencedata.h"
#include "core/store/referencestore.h"
#include "core/store/sql.h"
#include "core/store/transaction.h"
#include "core/util/logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <random>
#include <thread>

using namespace Qt::StringLiterals;

namespace pass {

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
    ReferenceData shipped;
    if (!shipped.loadShipped()) {
        *error = shipped.errorString();
        return false;
    }
    QSet<QString> area(shipped.demoAreaIstat().cbegin(), shipped.demoAreaIstat().cend());
    area.insert(u"019"_s); // Provincia di Cremona
    QHash<QString, int> protocolCounters;
    {
        // Protocol numbers continue after the ones already here: a failed count would repeat them.
        QSqlQuery q(m_db);
        if (!sql::forEachRow(q, u"SELECT authority_istat, count(*) FROM case_files GROUP BY authority_istat"_s, {},
                             error, [&](const QSqlQuery &row) {
                                 protocolCounters.insert(row.value(0).toString(), row.value(1).toInt());
                             }))
            return false;
    }
    ReferenceStore reference(m_db);
    QList<Authority> authorities;
    QList<ProcedureType> types;
    if (!reference.authorities(&authorities, error) || !reference.procedureTypes(&types, error))
        return false;
    DemoCaseFactory factory(authorities, types, area, options.scope == Scope::Region, protocolCounters, options.asOf, rng);
    if (factory.isEmpty()) {
        *error = QObject::tr("No authorities to generate demo data for");
        return false;
    }

    QElapsedTimer phase;
    phase.start();
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    // Ascending start dates let the writer keep the indexes while it inserts: only their right
    // edges are hot, plus one leaf of the protocol-number index per authority (1,514 for the
    // whole region), so 128 MB of page cache hold everything being written.
    // Written under the unique protocol rule, which an initial sync may have lifted for its pull.
    QList<RepeatedProtocol> repeated;
    if (!restoreProtocolIndex(m_db, &repeated, error))
        return false;
    CaseBulkLoader writer(m_db, 131072);
    if (!writer.begin(CaseBulkLoader::IndexPolicy::Keep, error))
        return false;
    // Two cores: one thread invents the case files while this one (which owns the connection)
    // writes them.
    HandoffQueue<std::vector<CaseFile>> queue(4);
    bool generated = false;
    CaseStatsAccumulator stats;
    std::thread producer([&] {
        generated = factory.generate(options.cases, options.seed, 2048, stats, [&](std::vector<CaseFile> &&batch) {
            return queue.push(std::move(batch));
        });
        queue.close();
    });
    qint64 written = 0;
    bool ok = true;
    while (std::optional<std::vector<CaseFile>> batch = queue.pop()) {
        ok = writer.writeAll(*batch, error, CaseBulkLoader::Statistics::CountedByCaller);
        written += qint64(batch->size());
        if (ok && progress && !progress(written, options.cases))
            ok = false; // cancelled: the transaction rolls back
        if (!ok) {
            queue.cancel();
            break;
        }
    }
    producer.join();
    if (!ok)
        return false;
    if (!generated) {
        *error = QObject::tr("Demo generation stopped after %1 of %2 case files").arg(written).arg(options.cases);
        return false;
    }
    const qint64 loopMs = phase.restart();
    if (!writer.finish(error) || !stats.flush(m_db, error))
        return false;
    const qint64 finishMs = phase.restart();

    QStringList supported;
    for (const DemoCaseFactory::Profile &p : factory.profiles()) {
        if (p.supported)
            supported << p.authority.istat;
    }
    if (options.withRequests && !writeDemoRequests(m_db, supported, options.asOf, rng, &m_requests, error))
        return false;

    // The programme phases of the demo territory and a demonstration target (configuration).
    if (!sql::run(m_db,
                  u"UPDATE authorities SET pass_phase = CASE WHEN pass_phase IS NOT NULL THEN pass_phase "
                  "WHEN abs(CAST(istat AS INTEGER)) % 3 = 0 THEN 1 WHEN abs(CAST(istat AS INTEGER)) % 3 = 1 THEN 2 "
                  "ELSE 3 END WHERE province_code = 'CR'"_s,
                  error))
        return false;
    TargetStore targets(m_db);
    std::optional<Target> existing;
    if (!targets.find(u"LOM"_s, u"*"_s, &existing, error))
        return false;
    if (!existing) {
        Target demoTarget;
        demoTarget.backlogReductionPct = 40;
        demoTarget.durationReductionPct = 20;
        if (!targets.save(demoTarget, error))
            return false;
    }
    if (progress)
        progress(options.cases, options.cases);
    qCInfo(lcDemo) << "demo data written:" << options.cases << "case files," << m_requests << "requests";
    const qint64 restMs = phase.restart();
    const bool committed = tx.commit(error);
    qCInfo(lcDemo) << "demo phases (ms): cases" << loopMs << "indexes+aggregates" << finishMs << "requests+targets" << restMs
                   << "commit" << phase.elapsed();
    return committed;
}

} // namespace pass
