#pragma once

#include "core/indicators/deadlinewatch.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pass {

// The deadline watch's rows for a table view: urgency order as the core gives it.
class DeadlineWatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, Days, Deadline, Protocol, Procedure, Authority, Responsible, Started, ColumnCount };

    explicit DeadlineWatchModel(QObject *parent = nullptr);

    void setResult(const DeadlineWatchResult &result, const QHash<QString, QString> &authorityNames);
    const DeadlineWatchResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    DeadlineWatchResult m_result;
    QHash<QString, QString> m_authorityNames;
};

} // namespace pass
