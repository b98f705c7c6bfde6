#include "casefilehistorypanel.h"

#include "core/casefiles/casefilefield.h"
#include "core/store/casefilecodec.h"
#include "ui/common/domainlabels.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString dateText(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, u"dd/MM/yyyy"_s) : iso;
}

// The stored text of a suspension list (its JSON array) as "1/3/2025–15/3/2025 (reason); 12 days".
QString suspensionsText(const QString &json)
{
    const QJsonArray periods = QJsonDocument::fromJson(json.toUtf8()).array();
    QStringList parts;
    for (const QJsonValue &v : periods) {
        const QJsonObject o = v.toObject();
        QString part = o.value(u"from").isString()
            ? dateText(o.value(u"from").toString()) + u'–' + dateText(o.value(u"to").toString())
            : CaseFileHistoryPanel::tr("%n day(s)", nullptr, o.value(u"days").toInt());
        if (!o.value(u"reason").toString().isEmpty())
            part += u" ("_s + o.value(u"reason").toString() + u')';
        parts << part;
    }
    return parts.isEmpty() ? CaseFileHistoryPanel::tr("none") : parts.join(u"; "_s);
}

QString valueText(const QString &field, const QString &value, const QHash<QString, QString> &authorityNames)
{
    if (field == u"outcome")
        return DomainLabels::outcome(value);
    if (value.isEmpty())
        return CaseFileHistoryPanel::tr("(empty)");
    if (field == u"start_date" || field == u"end_date")
        return dateText(value);
    if (field == u"services_conference")
        return DomainLabels::yesNo(value == u"true");
    if (field == u"suspensions")
        return suspensionsText(value);
    if (field == u"authority_istat" && authorityNames.contains(value))
        return u"%1 (%2)"_s.arg(authorityNames.value(value), value);
    return value;
}

QString sourceText(const AuditLog::Entry &e)
{
    if (!e.importFile.isEmpty()) {
        const QString file = e.importFile.section(u'/', -1);
        return e.importLine > 0 ? CaseFileHistoryPanel::tr("Import of %1, line %2").arg(file).arg(e.importLine)
                                : CaseFileHistoryPanel::tr("Import of %1").arg(file);
    }
    if (e.origin == u"sync")
        return CaseFileHistoryPanel::tr("From the portal");
    if (e.origin == u"conflict")
        return CaseFileHistoryPanel::tr("Conflict resolved");
    if (e.origin == u"import")
        return CaseFileHistoryPanel::tr("Import");
    if (e.origin == u"demo")
        return CaseFileHistoryPanel::tr("Demo data");
    return CaseFileHistoryPanel::tr("This computer");
}

QString whatText(const AuditLog::Entry &e)
{
    if (e.action == u"delete")
        return CaseFileHistoryPanel::tr("Deleted");
    if (e.field.isEmpty())
        return e.action == u"create" ? CaseFileHistoryPanel::tr("Created") : e.action;
    const QString label = caseFileFieldLabel(e.field);
    return e.action == u"create" ? CaseFileHistoryPanel::tr("Created: %1").arg(label) : label;
}

} // namespace

QStringList CaseFileHistoryPanel::rowTexts(const AuditLog::Entry &e, const QHash<QString, QString> &authorityNames)
{
    const QDateTime at = QDateTime::fromString(e.at, Qt::ISODateWithMs).toLocalTime();
    QString change;
    if (!e.field.isEmpty()) {
        const QString after = valueText(e.field, e.newValue, authorityNames);
        change = e.action == u"create" ? after : valueText(e.field, e.oldValue, authorityNames) + u" → "_s + after;
    }
    return {QLocale().toString(at, u"dd/MM/yyyy HH:mm"_s), e.actor, sourceText(e), whatText(e), change};
}

CaseFileHistoryPanel::CaseFileHistoryPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Source"), tr("Field"), tr("Before → after")});
    m_tree->setAccessibleName(tr("History of the case file"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_title->setWordWrap(true);
    clear();
}

void CaseFileHistoryPanel::clear()
{
    m_tree->clear();
    m_title->setText(tr("Choose a case file to see its history."));
}

void CaseFileHistoryPanel::setHistory(const QString &title, const QList<AuditLog::Entry> &entries)
{
    m_tree->clear();
    m_title->setText(tr("History of %1: %n change(s)", nullptr, int(entries.size())).arg(title));
    QList<QTreeWidgetItem *> items;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        auto *item = new QTreeWidgetItem(rowTexts(*it, m_authorityNames));
        item->setToolTip(4, item->text(4));
        items << item;
    }
    m_tree->addTopLevelItems(items);
}

} // namespace pass
