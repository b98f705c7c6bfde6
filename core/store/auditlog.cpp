#include "auditlog.h"

#include "core/store/casefilecodec.h"
#include "core/store/sql.h"

#include <QDateTime>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {

QString originName(EditOrigin origin)
{
    switch (origin) {
    case EditOrigin::Local:
        return u"local"_s;
    case EditOrigin::Import:
        return u"import"_s;
    case EditOrigin::Sync:
        return u"sync"_s;
    case EditOrigin::Demo:
        return u"demo"_s;
    case EditOrigin::Conflict:
        return u"conflict"_s;
    }
    return u"local"_s;
}

EditContext EditContext::fromPortal()
{
    return EditContext{EditOrigin::Sync, QStringLiteral("portal")};
}

EditContext EditContext::local()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return EditContext{EditOrigin::Local, user.isEmpty() ? u"local"_s : user};
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool AuditLog::record(const EditContext &ctx, const QString &entity, const QString &recordId,
                      const QString &action, const QJsonObject &before, const QJsonObject &after,
                      const QStringList &fields, QString *error)
{
    AuditAppender appender;
    if (!appender.prepare(m_db, error))
        return false;
    const QString at = utcNow();
    const QString origin = originName(ctx.origin);
    if (fields.isEmpty())
        return appender.append(at, ctx.actor, origin, entity, recordId, action, {}, {}, {}, error);
    for (const QString &field : fields) {
        // An empty value is '' (not NULL) on a field's row: the field had no value.
        const QString oldValue = CaseFileCodec::fieldText(before, field);
        const QString newValue = CaseFileCodec::fieldText(after, field);
        if (!appender.append(at, ctx.actor, origin, entity, recordId, action, field,
                             oldValue.isNull() ? u""_s : oldValue, newValue.isNull() ? u""_s : newValue, error))
            return false;
    }
    return true;
}

bool AuditAppender::prepare(const QSqlDatabase &db, QString *error)
{
    return m_insert.prepare(db, "INSERT INTO audit_log (at, actor, origin, entity, record_id, action, field, "
                                    "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
}

bool AuditAppender::append(const QString &at, const QString &actor, const QString &origin, const QString &entity,
                           const QString &recordId, const QString &action, const QString &field,
                           const QString &oldValue, const QString &newValue, QString *error)
{
    using OrNull = SqliteStatement::OrNull;
    return m_insert.execWith(error, at, actor, origin, entity, recordId, action, OrNull{field}, OrNull{oldValue},
                             OrNull{newValue});
}

bool AuditLog::history(const QString &entity, const QString &recordId, QList<Entry> *entries, QString *error) const
{
    QList<Entry> &result = *entries;
    result.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (entity == u"case_file") {
        // A case file created by an import run has no audit row of its own: the run's one row
        // stands for all its cases, and the case keeps the run and the line it came from.
        if (!sql::exec(q, u"SELECT r.at, r.actor, r.origin, r.file, c.import_line, r.id FROM case_files c "
                          "JOIN import_runs r ON r.id = c.import_run WHERE c.id = ?"_s, {recordId}, error))
            return false;
        if (q.next()) {
            Entry e;
            e.at = q.value(0).toString();
            e.actor = q.value(1).toString();
            e.origin = q.value(2).toString();
            e.action = u"create"_s;
            e.newValue = QObject::tr("%1 line %2 (import run %3)")
                             .arg(q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
            e.importFile = q.value(3).toString();
            e.importLine = q.value(4).toLongLong();
            e.importRun = q.value(5).toLongLong();
            result << e;
        }
    }
    // The importer writes a run's audit rows with the run's own timestamp (ImportCaseWriter's
    // m_now), which is how a re-import's changes find their run.
    if (!sql::exec(q, u"SELECT a.at, a.actor, a.origin, a.action, a.field, a.old_value, a.new_value, r.id, r.file "
                      "FROM audit_log a LEFT JOIN import_runs r ON a.origin = 'import' AND r.at = a.at "
                      "WHERE a.entity = ? AND a.record_id = ? ORDER BY a.id"_s, {entity, recordId}, error))
        return false;
    while (q.next()) {
        Entry e;
        e.at = q.value(0).toString();
        e.actor = q.value(1).toString();
        e.origin = q.value(2).toString();
        e.action = q.value(3).toString();
        e.field = q.value(4).toString();
        e.oldValue = q.value(5).toString();
        e.newValue = q.value(6).toString();
        e.importRun = q.value(7).toLongLong();
        e.importFile = q.value(8).toString();
        result << e;
    }
    return sql::finished(q, error);
}

} // namespace pass
