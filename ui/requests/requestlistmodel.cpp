#include "requestlistmodel.h"

#include "core/domain/requestlabels.h"
#include "core/workspace/workspace.h"

#include <QFont>
#include <QLocale>

namespace pass {

RequestListModel::RequestListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    for (const pass::TaskForce &tf : workspace->taskForces())
        m_taskForceNames.insert(tf.code, tf.nameIt);
}

void RequestListModel::setFilter(const RequestFilter &filter)
{
    m_filter = filter;
    m_rows.clear();
    reload();
}

void RequestListModel::reload()
{
    const int wanted = std::max<int>(kPage, int(m_rows.size()));
    beginResetModel();
    const RequestListQuery query = m_workspace->requests().list();
    m_readError.clear();
    if (!query.count(m_filter, &m_total, &m_readError) || !query.page(m_filter, 0, wanted, &m_rows, &m_readError)) {
        m_total = 0;
        m_rows.clear();
    }
    endResetModel();
}

const RequestRow *RequestListModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int RequestListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
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
    if (role == Qt::ToolTipRole) {
        if (r->unsent)
            return tr("Changed on this PC, not yet sent to the portal");
        if (index.column() == Subject)
            return r->subject;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created: return QLocale().toString(r->createdOn, QLocale::ShortFormat);
    case Authority: return r->authorityName;
    case TaskForce: return m_taskForceNames.value(r->taskForceCode, r->taskForceCode);
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
    if (parent.isValid())
        return;
    QList<RequestRow> more;
    if (!m_workspace->requests().list().page(m_filter, int(m_rows.size()), kPage, &more, &m_readError)
        || more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

} // namespace pass
