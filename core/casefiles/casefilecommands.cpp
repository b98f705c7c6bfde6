#include "casefilecommands.h"

#include "core/store/casefilecodec.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// What a person types around a protocol number or a name is not part of it.
CaseFile tidied(CaseFile c)
{
    c.protocolNumber = c.protocolNumber.trimmed();
    c.responsible = c.responsible.trimmed();
    return c;
}

// The case as a new record: a fresh id and no server version. Used when a case file comes back
// (undo of a delete, redo of a create): the portal keeps the old id as deleted and would refuse it.
CaseFile asNewRecord(CaseFile c)
{
    c.id.clear();
    c.version = 0;
    return c;
}

} // namespace

CaseFileCommands::CaseFileCommands(QSqlDatabase db, EditContext context)
    : m_db(db), m_context(std::move(context)), m_store(db), m_validator(db)
{
}

void CaseFileCommands::reloadReference()
{
    m_store.reloadCatalogue();
    m_validator.reload();
}

CaseFileEditResult CaseFileCommands::refused(const QString &error) const
{
    CaseFileEditResult result;
    result.error = error;
    return result;
}

CaseFileEditResult CaseFileCommands::create(const CaseFile &c)
{
    CaseFile created = tidied(c);
    if (created.id.isEmpty())
        created.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    CaseFileEditResult result;
    result.problems = m_validator.check(created);
    if (!result.problems.isEmpty())
        return result;
    if (!m_store.insert(&created, m_context, &result.error))
        return result;
    result.ok = true;
    result.edit = {CaseFileEdit::Kind::Create, std::nullopt, created};
    result.changedIds = {created.id};
    return result;
}

CaseFileEditResult CaseFileCommands::change(const QString &id, const CaseFile &from, const CaseFile &to)
{
    std::optional<CaseFile> current;
    QString readError;
    if (!m_store.find(id, &current, &readError))
        return refused(readError);
    if (!current)
        return refused(tr("The case file no longer exists: it was deleted, here or by a sync."));
    const CaseFile target = tidied(to);
    const QStringList fields = CaseFileCodec::changedFields(from, target);
    const QJsonObject now = CaseFileCodec::toJson(*current);
    const QJsonObject was = CaseFileCodec::toJson(from);
    const QJsonObject wanted = CaseFileCodec::toJson(target);
    QJsonObject apply;
    QStringList changedMeanwhile;
    for (const QString &field : fields) {
        if (now.value(field) == wanted.value(field))
            continue; // already so, whoever did it
        if (now.value(field) != was.value(field))
            changedMeanwhile << caseFileFieldLabel(field);
        apply.insert(field, wanted.value(field));
    }
    if (!changedMeanwhile.isEmpty()) {
        return refused(tr("Meanwhile %1 changed (by another edit or a sync): reopen the case file to see "
                          "its current values.").arg(changedMeanwhile.join(u", "_s)));
    }
    CaseFile next = *current;
    CaseFileCodec::applyJson(apply, &next);
    CaseFileEditResult result;
    result.edit = {CaseFileEdit::Kind::Update, current, next};
    if (apply.isEmpty()) {
        result.ok = true; // nothing to write
        return result;
    }
    result.problems = m_validator.check(next);
    if (!result.problems.isEmpty())
        return result;
    if (!m_store.update(next, m_context, &result.error))
        return result;
    result.ok = true;
    result.changedIds = {id};
    return result;
}

CaseFileEditResult CaseFileCommands::update(const CaseFile &loaded, const CaseFile &edited)
{
    return change(loaded.id, loaded, edited);
}

CaseFileEditResult CaseFileCommands::remove(const QString &id)
{
    std::optional<CaseFile> current;
    QString readError;
    if (!m_store.find(id, &current, &readError))
        return refused(readError);
    if (!current)
        return refused(tr("The case file no longer exists: it was deleted, here or by a sync."));
    CaseFileEditResult result;
    if (!m_store.remove(id, m_context, &result.error))
        return result;
    result.ok = true;
    result.edit = {CaseFileEdit::Kind::Delete, current, std::nullopt};
    result.changedIds = {id};
    return result;
}

CaseFileEditResult CaseFileCommands::undo(const CaseFileEdit &edit)
{
    switch (edit.kind) {
    case CaseFileEdit::Kind::Create: {
        CaseFileEditResult result = remove(edit.after->id);
        if (result.ok)
            result.edit = {CaseFileEdit::Kind::Create, std::nullopt, result.edit.before};
        return result;
    }
    case CaseFileEdit::Kind::Update: {
        CaseFileEditResult result = change(edit.before->id, *edit.after, *edit.before);
        if (result.ok)
            result.edit = edit;
        return result;
    }
    case CaseFileEdit::Kind::Delete: {
        CaseFileEditResult result = create(asNewRecord(*edit.before));
        if (result.ok)
            result.edit = {CaseFileEdit::Kind::Delete, result.edit.after, std::nullopt};
        return result;
    }
    }
    return refused({});
}

CaseFileEditResult CaseFileCommands::redo(const CaseFileEdit &edit)
{
    switch (edit.kind) {
    case CaseFileEdit::Kind::Create:
        return create(asNewRecord(*edit.after));
    case CaseFileEdit::Kind::Update: {
        CaseFileEditResult result = change(edit.before->id, *edit.before, *edit.after);
        if (result.ok)
            result.edit = edit;
        return result;
    }
    case CaseFileEdit::Kind::Delete:
        return remove(edit.before->id);
    }
    return refused({});
}

} // namespace pass
