#pragma once

#include "core/casefiles/casefileedit.h"
#include "core/casefiles/casefilevalidator.h"
#include "core/store/auditlog.h"
#include "core/store/casefilestore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace pass {

// The commands that change case files on a person's behalf: create, edit, delete, and undo or
// redo of an earlier one. Each is checked by CaseFileValidator, then written through
// CaseFileStore — the journalled path `passctl case` takes: row, suspensions, statistics,
// audit and outbox in one transaction. An undo is a new edit like any other, so it is audited
// and reaches the portal at the next sync.
//
// Edits are field-wise: an edit writes only the fields the person changed, onto the case as it
// is now, so a change that arrived from the portal meanwhile in another field is kept. When the
// same field changed meanwhile, the command is refused and says so instead of overwriting it.
class CaseFileCommands
{
    Q_DECLARE_TR_FUNCTIONS(CaseFileCommands)

public:
    CaseFileCommands(QSqlDatabase db, EditContext context);

    // A new case file; c.id is assigned (a new UUID) when empty.
    CaseFileEditResult create(const CaseFile &c);
    // The fields that differ between `loaded` (the case as the editor read it) and `edited`.
    CaseFileEditResult update(const CaseFile &loaded, const CaseFile &edited);
    CaseFileEditResult remove(const QString &id);

    // Takes an edit back: a create is deleted, an update's fields get their old values, a deleted
    // case file comes back (under a new id: the portal keeps the old one as deleted). The result's
    // edit is `edit` with the ids it now has, ready for redo().
    CaseFileEditResult undo(const CaseFileEdit &edit);
    // Makes an undone edit again; the result's edit is ready for undo().
    CaseFileEditResult redo(const CaseFileEdit &edit);

    // Reads the authority list and the catalogue again (after a sync replaced them).
    void reloadReference();

    CaseFileValidator &validator() { return m_validator; }
    // The case file into *found (nullopt: not here); false with *error when it cannot be read.
    bool find(const QString &id, std::optional<CaseFile> *found, QString *error) const
    {
        return m_store.find(id, found, error);
    }

private:
    // Moves the case `id` from `from` to `to` in the fields where they differ.
    CaseFileEditResult change(const QString &id, const CaseFile &from, const CaseFile &to);
    CaseFileEditResult refused(const QString &error) const;

    QSqlDatabase m_db;
    EditContext m_context;
    CaseFileStore m_store;
    CaseFileValidator m_validator;
};

} // namespace pass
