#include "protocolindex.h"

#include "core/store/casefilestore.h"
#include "core/store/indexbuild.h"
#include "core/store/migrations.h"
#include "core/store/sql.h"
#include "core/util/logging.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Every case file whose key another one repeats, each key's keeper first: unsent edits or an
// open conflict, then the earliest stored.
bool repeatedKeys(QSqlDatabase db, QList<RepeatedProtocol> *toRemove, QString *error)
{
    QSqlQuery q(db);
    QString keptId, authority, protocol;
    return sql::forEachRow(
        q,
        u"SELECT c.id, c.authority_istat, c.protocol_number, "
        "(EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'case_file' AND o.record_id = c.id) "
        "OR EXISTS (SELECT 1 FROM sync_conflicts k WHERE k.entity = 'case_file' AND k.record_id = c.id "
        "AND k.resolved_at IS NULL)) AS unsent "
        "FROM case_files c WHERE (c.authority_istat, c.protocol_number) IN "
        "(SELECT authority_istat, protocol_number FROM case_files GROUP BY 1, 2 HAVING count(*) > 1) "
        "ORDER BY c.authority_istat, c.protocol_number, unsent DESC, c.rowid"_s,
        {}, error, [&](const QSqlQuery &row) {
            const QString id = row.value(0).toString();
            if (row.value(1).toString() != authority || row.value(2).toString() != protocol) {
                keptId = id;
                authority = row.value(1).toString();
                protocol = row.value(2).toString();
                return;
            }
            toRemove->append({id, keptId, authority, protocol});
        });
}

} // namespace

bool restoreProtocolIndex(QSqlDatabase db, QList<RepeatedProtocol> *removed, QString *error)
{
    QVariant present;
    if (!sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'index' "
                         "AND name = 'case_files_protocol')"_s, &present, error))
        return false;
    if (present.toBool())
        return true;
    const QStringList create{caseFileIndexStatements(CaseFileIndexes::All).first()};
    QString createError;
    if (createIndexes(db, create, &createError))
        return true;
    // Only a repeated key makes the build fail in a readable store: settle them, then build.
    QList<RepeatedProtocol> toRemove;
    if (!repeatedKeys(db, &toRemove, error))
        return false;
    if (toRemove.isEmpty()) {
        *error = createError;
        return false;
    }
    CaseFileStore store(db);
    const EditContext ctx = EditContext::fromPortal(); // the records came from the portal
    for (const RepeatedProtocol &r : std::as_const(toRemove)) {
        if (!store.removeInTransaction(r.removedId, ctx, error))
            return false;
        qCWarning(lcStore) << "case file" << r.removedId << "removed: case file" << r.keptId << "holds protocol number"
                           << r.protocolNumber << "of authority" << r.authorityIstat;
        removed->append(r);
    }
    return createIndexes(db, create, error);
}

} // namespace pass
