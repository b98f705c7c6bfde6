#pragma once

#include "core/requests/requestlistquery.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace pass {

// The support-request list: pages of RequestListQuery fetched as the view scrolls, so the first
// rows show at once whatever the number of requests.
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Created, Authority, TaskForce, Subject, Status, Priority, Experts, ColumnCount };
    static constexpr int kPage = 200;

    explicit RequestListModel(QObject *parent = nullptr);

    void setDatabase(QSqlDatabase db);
    void setFilter(const RequestFilter &filter);
    const RequestFilter &filter() const { return m_filter; }
    // Reads the first page again (after an edit or a sync).
    void reload();

    const RequestRow *row(int index) const;
    int total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QSqlDatabase m_db;
    RequestFilter m_filter;
    QList<RequestRow> m_rows;
    int m_total = 0;
};

} // namespace pass
