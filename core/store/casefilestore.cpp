#include "casefilestore.h"

#include "core/store/sql.h"

#include "core/indicators/casestats.h"
#include "core/store/casefilerules.h"
#include "core/store/casefilecodec.h"
#include "core/store/auditlog.h"
#include "core/store/editjournal.h"
#include "core/store/protocolindex.h"
#include "core/store/referencestore.h"
#include "core/store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const QString kEntity = u"case_file"_s;

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

bool failWith(QString *error, const QSqlQuery &q)
{
    *error = sql::describe(q);
    return false;
}

QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

CaseFile caseFrom(const QSqlQuery &q)
{
    CaseFile c;
    c.id = q.value(0).toString();
    c.authorityIstat = q.value(1).toString();
    c.procedureCode = q.value(2).toString();
    c.protocolNumber = q.value(3).toString();
    c.startDate = dateOf(q.value(4));
    c.endDate = dateOf(q.value(5));
    c.outcome = q.value(6).isNull() ? std::nullopt : outcomeFromWireName(q.value(6).toString());
    c.servicesConference = q.value(7).toBool();
    c.responsible = q.value(8).toString();
    c.notes = q.value(9).toString();
    c.version = q.value(10).toLongLong();
    return c;
}

} // namespace

CaseFileStore::CaseFileStore(QSqlDatabase db) : m_db(std::move(db))
{
    reloadCatalogue();
}

bool CaseFileStore::setVersion(const QString &id, qint64 version, QString *error)
{
    return sql::run(m_db, u"UPDATE case_files SET version = ? WHERE id = ?"_s, {version, id}, error);
}

void CaseFileStore::reloadCatalogue()
{
    m_catalogueError.clear();
    ReferenceStore(m_db).procedureTypesByCode(&m_types, &m_catalogueError);
}

std::optional<int> CaseFileStore::termFor(const CaseFile &c) const
{
    const auto it = m_types.constFind(c.procedureCode);
    return it == m_types.cend() ? std::nullopt : it->termFor(c.startDate);
}

bool CaseFileStore::find(const QString &id, std::optional<CaseFile> *found, QString *error) const
{
    if (!sql::first(m_db,
                    u"SELECT id, authority_istat, procedure_code, protocol_number, start_date, end_date, outcome, "
                    "services_conference, responsible, notes, version FROM case_files WHERE id = ?"_s,
                    {id}, found, error, caseFrom))
        return false;
    if (!*found)
        return true;
    // A case read without its suspensions would look shorter than it is: a failed read of them
    // fails the whole find.
    const bool ok = sql::list(m_db,
                              u"SELECT from_date, to_date, reason, days FROM case_suspensions WHERE case_id = ? "
                              "ORDER BY id"_s,
                              {id}, &(*found)->suspensions, error, [](const QSqlQuery &q) {
                                  return Suspension{dateOf(q.value(0)), dateOf(q.value(1)), q.value(2).toString(),
                                                    q.value(3).toInt()};
                              });
    if (!ok)
        found->reset();
    return ok;
}

bool CaseFileStore::findByProtocol(const QString &authorityIstat, const QString &protocolNumber,
                                   std::optional<CaseFile> *found, QString *error) const
{
    std::optional<QString> id;
    if (!sql::first(m_db, u"SELECT id FROM case_files WHERE authority_istat = ? AND protocol_number = ?"_s,
                    {authorityIstat, protocolNumber}, &id, error,
                    [](const QSqlQuery &q) { return q.value(0).toString(); }))
        return false;
    if (!id) {
        found->reset();
        return true;
    }
    return find(*id, found, error);
}

bool CaseFileStore::count(qint64 *count, QString *error) const
{
    QVariant value;
    if (!sql::scalar(m_db, u"SELECT count(*) FROM case_files"_s, &value, error))
        return false;
    *count = value.toLongLong();
    return true;
}

bool CaseFileStore::validate(const CaseFile &c, QStringList *problems, QString *error) const
{
    // The rules are shared with the bulk importer (core/store/casefilerules.h). An authority
    // list that cannot be read is a failure, not an "unknown authority".
    if (!m_catalogueError.isEmpty()) {
        *error = m_catalogueError;
        return false;
    }
    QString readError;
    auto authorityExists = [&](const QString &istat) {
        QVariant exists;
        if (!sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM authorities WHERE istat = ?)"_s, {istat}, &exists,
                         &readError))
            return true;
        return exists.toBool();
    };
    problems->clear();
    for (const CaseFileProblem &p : checkCaseFile(c, authorityExists, m_types))
        *problems << p.field + u": "_s + p.reason;
    if (readError.isEmpty())
        return true;
    *error = readError;
    return false;
}

bool CaseFileStore::writeRow(const CaseFile &c, bool isNew, QString *error)
{
    QSqlQuery q(m_db);
    if (isNew) {
        q.prepare(u"INSERT INTO case_files (authority_istat, procedure_code, protocol_number, start_date, "
                  "end_date, outcome, services_conference, suspended, suspension_days, responsible, notes, "
                  "version, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    } else {
        q.prepare(u"UPDATE case_files SET authority_istat = ?, procedure_code = ?, protocol_number = ?, "
                  "start_date = ?, end_date = ?, outcome = ?, services_conference = ?, suspended = ?, "
                  "suspension_days = ?, responsible = ?, notes = ?, version = ?, updated_at = ? WHERE id = ?"_s);
    }
    q.addBindValue(c.authorityIstat);
    q.addBindValue(c.procedureCode);
    q.addBindValue(c.protocolNumber);
    q.addBindValue(c.startDate.toString(Qt::ISODate));
    q.addBindValue(dateOrNull(c.endDate));
    q.addBindValue(c.outcome ? QVariant(toWireName(*c.outcome)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(c.servicesConference ? 1 : 0);
    q.addBindValue(c.isSuspended() ? 1 : 0);
    q.addBindValue(c.suspensionDays());
    q.addBindValue(c.responsible);
    q.addBindValue(c.notes);
    q.addBindValue(c.version);
    q.addBindValue(utcNow());
    q.addBindValue(c.id);
    if (!q.exec())
        return failWith(error, q);
    return true;
}

bool CaseFileStore::writeSuspensions(const CaseFile &c, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM case_suspensions WHERE case_id = ?"_s);
    q.addBindValue(c.id);
    if (!q.exec())
        return failWith(error, q);
    q.prepare(u"INSERT INTO case_suspensions (case_id, from_date, to_date, reason, days) VALUES (?, ?, ?, ?, ?)"_s);
    for (const Suspension &s : c.suspensions) {
        q.addBindValue(c.id);
        q.addBindValue(dateOrNull(s.from));
        q.addBindValue(dateOrNull(s.to));
        q.addBindValue(s.reason);
        q.addBindValue(s.days);
        if (!q.exec())
            return failWith(error, q);
    }
    return true;
}

bool CaseFileStore::underProtocolRule(const EditContext &ctx, QString *error)
{
    // What the portal sends is written as it comes while an initial sync has the rule lifted
    // (see protocolindex.h): the portal keeps it, and the sync settles any repeat at its end.
    if (ctx.origin == EditOrigin::Sync)
        return true;
    QList<RepeatedProtocol> removed;
    return restoreProtocolIndex(m_db, &removed, error);
}

bool CaseFileStore::insertInTransaction(CaseFile *c, const EditContext &ctx, QString *error)
{
    if (!underProtocolRule(ctx, error))
        return false;
    if (c->id.isEmpty())
        c->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList problems;
    if (!validate(*c, &problems, error))
        return false;
    if (!problems.isEmpty()) {
        *error = problems.join(u"; "_s);
        return false;
    }
    if (!writeRow(*c, true, error) || !writeSuspensions(*c, error))
        return false;
    CaseStatsAccumulator stats;
    stats.add(*c, termFor(*c), +1);
    if (!stats.flush(m_db, error))
        return false;
    return journalEdit(m_db, ctx, kEntity, c->id, u"create"_s, {}, CaseFileCodec::toJson(*c), 0, error);
}

bool CaseFileStore::updateInTransaction(const CaseFile &c, const EditContext &ctx, QString *error)
{
    if (!underProtocolRule(ctx, error))
        return false;
    std::optional<CaseFile> before;
    if (!find(c.id, &before, error))
        return false;
    if (!before) {
        *error = QObject::tr("Case file %1 does not exist").arg(c.id);
        return false;
    }
    QStringList problems;
    if (!validate(c, &problems, error))
        return false;
    if (!problems.isEmpty()) {
        *error = problems.join(u"; "_s);
        return false;
    }
    const QStringList changed = CaseFileCodec::changedFields(*before, c);
    if (changed.isEmpty() && before->version == c.version)
        return true; // nothing to write: re-imports and repeated syncs are no-ops
    if (!writeRow(c, false, error) || !writeSuspensions(c, error))
        return false;
    CaseStatsAccumulator stats;
    stats.add(*before, termFor(*before), -1);
    stats.add(c, termFor(c), +1);
    if (!stats.flush(m_db, error))
        return false;
    return journalEdit(m_db, ctx, kEntity, c.id, u"update"_s, CaseFileCodec::toJson(*before),
                       CaseFileCodec::toJson(c), before->version, error);
}

bool CaseFileStore::removeInTransaction(const QString &id, const EditContext &ctx, QString *error)
{
    std::optional<CaseFile> before;
    if (!find(id, &before, error))
        return false;
    if (!before) {
        *error = QObject::tr("Case file %1 does not exist").arg(id);
        return false;
    }
    QSqlQuery q(m_db);
    // A case an import created that the sync has not sent yet: the portal never saw it, so
    // nothing about it goes there — not this delete, nor the edits still waiting.
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM case_files c JOIN import_runs r ON r.id = c.import_run "
              "WHERE c.id = ? AND c.version = 0 AND r.outbox_pending)"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failWith(error, q);
    const bool neverSent = q.value(0).toBool();
    q.prepare(u"DELETE FROM case_files WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return failWith(error, q);
    CaseStatsAccumulator stats;
    stats.add(*before, termFor(*before), -1);
    if (!stats.flush(m_db, error))
        return false;
    if (neverSent) {
        q.prepare(u"DELETE FROM outbox WHERE entity = ? AND record_id = ?"_s);
        q.addBindValue(kEntity);
        q.addBindValue(id);
        if (!q.exec())
            return failWith(error, q);
        return AuditLog(m_db).record(ctx, kEntity, id, u"delete"_s, CaseFileCodec::toJson(*before), {}, {}, error);
    }
    return journalEdit(m_db, ctx, kEntity, id, u"delete"_s, CaseFileCodec::toJson(*before), {},
                       before->version, error);
}

bool CaseFileStore::insert(CaseFile *c, const EditContext &ctx, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    if (!insertInTransaction(c, ctx, error)) {
        *error = Transaction::describeFailure(m_db, *error);
        return false;
    }
    return tx.commit(error);
}

bool CaseFileStore::update(const CaseFile &c, const EditContext &ctx, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    if (!updateInTransaction(c, ctx, error)) {
        *error = Transaction::describeFailure(m_db, *error);
        return false;
    }
    return tx.commit(error);
}

bool CaseFileStore::remove(const QString &id, const EditContext &ctx, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    if (!removeInTransaction(id, ctx, error)) {
        *error = Transaction::describeFailure(m_db, *error);
        return false;
    }
    return tx.commit(error);
}

} // namespace pass
