#include "requestlistmodel.h"

#include "core/domain/requestlabels.h"

#include <QFont>

namespace pass {

RequestListModel::RequestListModel(QObject *parent) : QAbstractTableModel(parent) { }

void RequestListModel::setDatabase(QSqlDatabase db)
{
    m_db = db;
    reload();
}

void RequestListModel::setFilter(const RequestFilter &filter)
{
    m_filter = filter;
    reload();
}

void RequestListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_db.isOpen()) {
        const RequestListQuery query(m_db);
        m_total = query.count(m_filter);
        m_rows = query.page(m_filter, 0, kPage);
    }
    endResetModel();
}

const RequestRow *RequestListModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    const RequestRow *r = row(index.row());
    if (!r)
        return {};
    if (role == Qt::FontRole && r->unsent && index.column() == Subject) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ToolTipRole && r->unsent)
        return tr("Changed on this PC, not yet sent to the portal");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created: return QLocale().toString(r->createdOn, QLocale::ShortFormat);
    case Authority: return r->authorityName;
    case TaskForce: return r->taskForceCode;
    case Subject: return r->subject;
    case Status: return requestStatusLabel(r->status);
    case Priority: return priorityLabel(r->priority);
    case Experts: return r->experts.join(QStringLiteral(", "));
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Created: return tr("Created");
    case Authority: return tr("Authority");
    case TaskForce: return tr("Task force");
    case Subject: return tr("Subject");
    case Status: return tr("Status");
    case Priority: return tr("Priority");
    case Experts: return tr("Experts");
    }
    return {};
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_db.isOpen())
        return;
    const QList<RequestRow> more = RequestListQuery(m_db).page(m_filter, int(m_rows.size()), kPage);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

} // namespace pass
