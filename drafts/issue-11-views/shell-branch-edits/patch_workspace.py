import sys
root=sys.argv[1]
p=root+'/core/workspace/workspace.h'
s=open(p).read()
s=s.replace('#include "core/domain/records.h"\n','#include "core/casefiles/authoritysummary.h"\n#include "core/casefiles/casefilecommands.h"\n#include "core/domain/records.h"\n',1)
s=s.replace('#include "core/store/changeset.h"\n','#include "core/store/auditlog.h"\n#include "core/store/changeset.h"\n',1)
anchor='    // Coalesces the announcements'
add='''    // --- Case files as people edit them (ui/casefiles) ---
    // Create, edit, delete, undo and redo, checked field by field (CaseFileValidator); each one
    // journalled transaction. The actor is the signed-in account, else the OS user.
    CaseFileCommands &caseFileCommands();
    // Every change of one case file, oldest first: who, when, where from (this computer, an
    // import run with its file and line, the portal), field, before and after.
    QList<AuditLog::Entry> caseFileHistory(const QString &id) const;
    // The authorities in the user's scope with their case files by state and their backlog
    // against the baseline, read on a worker thread.
    QFuture<AuthoritySummaries::Result> authoritySummaries(QDate today = QDate::currentDate()) const;

    // The authority chosen in the Authorities view (or a view's authority filter): the views
    // show only its data. Empty: all authorities.
    QString focusedAuthority() const { return m_focusedAuthority; }
    void setFocusedAuthority(const QString &istat);

'''
assert anchor in s
s=s.replace(anchor, add+anchor,1)
s=s.replace('''    void changed(const pass::ChangeSet &changes);
''','''    void changed(const pass::ChangeSet &changes);
    void focusedAuthorityChanged(const QString &istat);
''',1)
s=s.replace('''    int m_interval = 200;
''','''    int m_interval = 200;
    std::unique_ptr<CaseFileCommands> m_caseFileCommands;
    QString m_focusedAuthority;
''',1)
open(p,'w').write(s)
p=root+'/core/workspace/workspace.cpp'
s=open(p).read()
s=s.replace('#include "core/store/casefilestore.h"\n','#include "core/store/casefilestore.h"\n#include "core/store/auditlog.h"\n',1)
s=s.rstrip()
assert s.endswith('} // namespace pass')
s=s[:-len('} // namespace pass')]+'''CaseFileCommands &Workspace::caseFileCommands()
{
    if (!m_caseFileCommands) {
        EditContext context = EditContext::local();
        if (const QString account = m_sync->status().account; !account.isEmpty())
            context.actor = account;
        m_caseFileCommands = std::make_unique<CaseFileCommands>(m_store->connection(), context);
    }
    return *m_caseFileCommands;
}

QList<AuditLog::Entry> Workspace::caseFileHistory(const QString &id) const
{
    return AuditLog(m_store->connection()).history(u"case_file"_s, id);
}

QFuture<AuthoritySummaries::Result> Workspace::authoritySummaries(QDate today) const
{
    return readInBackground<AuthoritySummaries::Result>(
        [today](QSqlDatabase db) { return AuthoritySummaries::read(db, today); });
}

void Workspace::setFocusedAuthority(const QString &istat)
{
    if (istat == m_focusedAuthority)
        return;
    m_focusedAuthority = istat;
    Q_EMIT focusedAuthorityChanged(istat);
}

} // namespace pass
'''
open(p,'w').write(s)
print("patched")
p=root+'/core/workspace/workspace.cpp'
s=open(p).read()
old='''    const ChangeSet changes = std::exchange(m_pending, ChangeSet());
    m_sinceAnnounce.start();'''
assert old in s
s=s.replace(old,'''    const ChangeSet changes = std::exchange(m_pending, ChangeSet());
    m_sinceAnnounce.start();
    // The commands check against the authority list and the catalogue: keep them current.
    if (m_caseFileCommands && (changes.touches(ChangeSet::Entity::Authority) || changes.touches(ChangeSet::Entity::Catalogue)))
        m_caseFileCommands->reloadReference();''')
open(p,'w').write(s)
print("patched announce")
