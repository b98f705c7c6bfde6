#include "editjournal.h"

#include "core/store/outbox.h"

using namespace Qt::StringLiterals;

namespace pass {

QStringList changedJsonFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (it.value() != before.value(it.key()))
            changed << it.key();
    }
    return changed;
}

bool journalEdit(QSqlDatabase &db, const EditContext &ctx, const QString &entity,
                 const QString &recordId, const QString &action, const QJsonObject &before,
                 const QJsonObject &after, qint64 baseVersion, QString *error)
{
    const QStringList changed = action == u"delete" ? QStringList() : changedJsonFields(before, after);
    if (action == u"update" && changed.isEmpty())
        return true;
    if (!AuditLog(db).record(ctx, entity, recordId, action, before, after, changed, error))
        return false;
    if (!ctx.goesToOutbox())
        return true;
    QJsonObject fields;
    if (action == u"create") {
        fields = after;
    } else if (action == u"update") {
        for (const QString &f : changed)
            fields.insert(f, after.value(f));
    }
    return Outbox(db).enqueue(entity, recordId, action, baseVersion, fields, error);
}

} // namespace pass
