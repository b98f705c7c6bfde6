#pragma once

#include "core/store/auditlog.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pass {

// The history of one case file, newest first: when, who, where the change came from (this
// computer, an import run with its file and line, the portal, a conflict resolution), which
// field, and its value before → after — in words and dates a clerk reads.
class CaseFileHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFileHistoryPanel(QWidget *parent = nullptr);

    // Shows `entries` (oldest first, as AuditLog::history() returns them) of the case `title`.
    void setHistory(const QString &title, const QList<AuditLog::Entry> &entries);
    void clear();

    QTreeWidget *tree() const { return m_tree; }

    // One entry's columns as shown: when, who, source, field, before → after.
    // Authority codes are shown with their names.
    static QStringList rowTexts(const AuditLog::Entry &e, const QHash<QString, QString> &authorityNames = {});

    void setAuthorityNames(const QHash<QString, QString> &names) { m_authorityNames = names; }

private:
    QLabel *m_title;
    QTreeWidget *m_tree;
    QHash<QString, QString> m_authorityNames;
};

} // namespace pass
