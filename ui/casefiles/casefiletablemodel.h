#pragma once

#include "core/query/casefilecounter.h"
#include "core/query/casefilequery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

namespace pass {

class Workspace;

// The case files of a store as a table, for lists of up to millions of rows. Rows are read in
// pages of pageSize() through CaseFileQuery and kept in a small least-recently-used cache, so
// memory stays bounded however far the user scrolls. Sorting follows the store's indexes:
// only the authority, procedure and start-date columns sort. Refreshes itself when the
// workspace announces changed case files (an edit, an import, a sync).
//
// A new filter shows its first page at once. When that page is full, the model has as many rows
// as it holds until the count of all matches, made on a worker thread (CaseFileCounter), arrives
// and adds the rest (isCounting() meanwhile); a count made for an earlier filter is dropped.
class CaseFileTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AuthorityColumn, ProcedureColumn, ProtocolColumn, StartColumn, EndColumn,
                  OutcomeColumn, ElapsedColumn, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        OverdueRole,  // bool: open and past its legal term today
        DueSoonRole,  // bool: open, not overdue, its term ends within the filter's dueWithinDays
        ElapsedDaysRole,
        LegalTermRole, // int, or invalid when the procedure has no term
    };
    Q_ENUM(Column)

    explicit CaseFileTableModel(Workspace *workspace, QObject *parent = nullptr);
    ~CaseFileTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    static bool isSortable(int column);
    static constexpr int pageSize() { return 256; }
    static constexpr int maxCachedPages() { return 32; }

    void setFilter(const CaseFileFilter &filter);
    CaseFileFilter filter() const { return m_query.filter(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // All case files in the store, whatever the filter.
    qint64 totalCount() const { return m_total; }
    // Whether the number of matching rows is still being counted (rowCount() is the first page).
    bool isCounting() const { return m_countTicket != 0; }
    // The worker that counts the matching rows (tests watch its answers).
    const CaseFileCounter *counter() const { return &m_counter; }
    int cachedPageCount() const { return int(m_pages.size()); }
    QString errorString() const { return m_error; }

    // The date used to tell overdue cases; today unless a test fixes it.
    void setToday(QDate today);
    QDate today() const { return m_today; }

public Q_SLOTS:
    // Re-reads the counts and drops the cache; called on the workspace's changes.
    void refresh();

Q_SIGNALS:
    // The rows the filter selects (-1 while they are being counted) of all the store's rows.
    void countsChanged(qint64 shown, qint64 total);

private:
    struct Page
    {
        QList<CaseFileListRow> rows;
        quint64 lastUse = 0;
    };

    const CaseFileListRow *rowAt(int row) const;
    const Page *loadPage(int page) const;
    void loadReference();
    // Reads the first page; when it is the whole list its size is the count, otherwise the
    // counter is asked. Returns the count when it is known now.
    std::optional<qint64> readFirstPage();
    void countArrived(quint64 ticket, qint64 matching, const QString &error);
    void emitCounts();
    QString authorityName(const QString &istat) const;
    std::optional<int> legalTerm(const CaseFileListRow &row) const;
    QString outcomeText(const CaseFileListRow &row) const;
    QString dateText(QDate date) const;

    Workspace *m_workspace;
    CaseFileQuery m_query;
    CaseFileCounter m_counter;
    // The counter's ticket for the count the model waits for; 0 when the count is known.
    quint64 m_countTicket = 0;
    // The rows shown while counting are the first page of a new filter (the count adds rows
    // after them), not the rows of a list refreshed in place (a different count starts over).
    bool m_countingNewFilter = false;
    QHash<QString, QString> m_authorityNames;
    QHash<QString, ProcedureType> m_types;
    qint64 m_rows = 0;
    qint64 m_total = 0;
    int m_sortColumn = StartColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QDate m_today = QDate::currentDate();
    int m_dueWithinDays = CaseFileFilter().dueWithinDays;
    QString m_dateFormat;
    QString m_error;
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
};

} // namespace pass
