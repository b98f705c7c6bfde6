#pragma once

#include "core/requests/requestlistquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pass {

class Workspace;

// The support-request list: pages of the workspace's request list fetched as the view scrolls,
// so the first rows show at once whatever the number of requests.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Authority, TaskForce, Subject, Status, Priority, Experts, ColumnCount };
    static constexpr int kPage = 200;

    explicit RequestListModel(Workspace *workspace, QObject *parent = nullptr);

    void setFilter(const RequestFilter &filter);
    const RequestFilter &filter() const { return m_filter; }
    // Reads the first page again (after a change the workspace announced); rows already fetched
    // beyond it are fetched again, so a scrolled list keeps its place.
    void reload();

    const RequestRow *row(int index) const;
    int rowOf(const QString &id) const;
    int total() const { return m_total; }
    // Why the last read of the list failed (the list is then empty); empty when it did not.
    QString readError() const { return m_readError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Workspace *m_workspace;
    RequestFilter m_filter;
    QList<RequestRow> m_rows;
    QHash<QString, QString> m_taskForceNames;
    int m_total = 0;
    QString m_readError;
};

} // namespace pass
