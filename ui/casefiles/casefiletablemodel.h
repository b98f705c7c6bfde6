#pragma once

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
    int cachedPageCount() const { return int(m_pages.size()); }
    QString errorString() const { return m_error; }

    // The date used to tell overdue cases; today unless a test fixes it.
    void setToday(QDate today);
    QDate today() const { return m_today; }

public Q_SLOTS:
    // Re-reads the counts and drops the cache; called on the workspace's changes.
    void refresh();

Q_SIGNALS:
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
    void reload(std::optional<qint64> knownCount = std::nullopt);
    QString authorityName(const QString &istat) const;
    std::optional<int> legalTerm(const CaseFileListRow &row) const;
    QString outcomeText(const CaseFileListRow &row) const;
    QString dateText(QDate date) const;

    Workspace *m_workspace;
    CaseFileQuery m_query;
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
