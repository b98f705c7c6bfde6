#include "deadlinewatchmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace pass {

DeadlineWatchModel::DeadlineWatchModel(QObject *parent) : QAbstractTableModel(parent) { }

void DeadlineWatchModel::setResult(const DeadlineWatchResult &result, const QHash<QString, QString> &authorityNames)
{
    beginResetModel();
    m_result = result;
    m_authorityNames = authorityNames;
    endResetModel();
}

int DeadlineWatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.entries.size());
}

int DeadlineWatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineWatchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.entries.size())
        return {};
    const DeadlineEntry &e = m_result.entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Status:
            return e.isOverdue() ? tr("overdue") : tr("due soon");
        case Days:
            if (e.daysLeft == 0)
                return tr("expires today");
            return e.isOverdue() ? tr("%n day(s) overdue", nullptr, int(-e.daysLeft)) : tr("%n day(s) left", nullptr, int(e.daysLeft));
        case Deadline:
            return QLocale().toString(e.deadline, QLocale::ShortFormat);
        case Protocol:
            return e.caseFile.protocolNumber;
        case Procedure:
            return e.caseFile.procedureCode;
        case Authority:
            return m_authorityNames.value(e.caseFile.authorityIstat, e.caseFile.authorityIstat);
        case Responsible:
            return e.caseFile.responsible;
        case Started:
            return QLocale().toString(e.caseFile.startDate, QLocale::ShortFormat);
        }
    } else if (role == Qt::ForegroundRole && index.column() <= Days) {
        return QBrush(e.isOverdue() ? QColor(0xa0, 0x1c, 0x1c) : QColor(0x9a, 0x62, 0x00));
    } else if (role == Qt::FontRole && e.isNew) {
        QFont bold;
        bold.setBold(true);
        return bold;
    } else if (role == Qt::ToolTipRole && e.isNew) {
        return tr("New since the last start");
    } else if (role == Qt::UserRole) {
        return e.caseFile.id;
    }
    return {};
}

QVariant DeadlineWatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Days:
        return tr("Days");
    case Deadline:
        return tr("Term expires");
    case Protocol:
        return tr("Protocol");
    case Procedure:
        return tr("Procedure");
    case Authority:
        return tr("Authority");
    case Responsible:
        return tr("Responsible officer");
    case Started:
        return tr("Started");
    }
    return {};
}

} // namespace pass
