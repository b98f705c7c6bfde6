#pragma once

#include "core/casefiles/authoritysummary.h"

#include <QAbstractTableModel>

namespace pass {

// The authorities in the user's scope as a table: who they are (name, ISTAT code, province,
// population, piccolo comune, PAsS phase) and where their case files stand (open, overdue,
// concluded; backlog at the baseline and now). Sorts by the numbers themselves (SortRole).
class AuthorityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IstatColumn, ProvinceColumn, PopulationColumn, SmallColumn, PhaseColumn,
                  OpenColumn, OverdueColumn, ConcludedColumn, BaselineColumn, BacklogColumn, ChangeColumn,
                  ColumnCount };
    enum Role { IstatRole = Qt::UserRole + 1, SortRole, SmallRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSummaries(const AuthoritySummaries::Result &result);
    const AuthoritySummaries::Result &summaries() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The change of the backlog from the baseline, in percent; empty without a baseline backlog.
    static std::optional<double> backlogChange(const AuthoritySummary &s);

private:
    AuthoritySummaries::Result m_result;
};

} // namespace pass
