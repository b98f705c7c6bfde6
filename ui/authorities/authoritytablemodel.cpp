#include "authoritytablemodel.h"

#include "ui/common/domainlabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pass {

void AuthorityTableModel::setSummaries(const AuthoritySummaries::Result &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
    // The baseline and current semesters are in the headers.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int AuthorityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int AuthorityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> AuthorityTableModel::backlogChange(const AuthoritySummary &s)
{
    if (!s.backlogBaseline || !s.backlogNow || *s.backlogBaseline == 0)
        return std::nullopt;
    return 100.0 * double(*s.backlogNow - *s.backlogBaseline) / double(*s.backlogBaseline);
}

QVariant AuthorityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_result.rows.size())
        return {};
    const AuthoritySummary &s = m_result.rows.at(index.row());
    const Authority &a = s.authority;
    const QLocale locale;
    const auto count = [&](std::optional<qint64> n) -> QVariant {
        if (role == SortRole)
            return n ? QVariant(*n) : QVariant(-1);
        return n ? locale.toString(*n) : u"—"_s;
    };
    const std::optional<double> change = backlogChange(s);

    if (role == IstatRole)
        return a.istat;
    if (role == SmallRole)
        return a.isSmall();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return a.name;
        case IstatColumn:
            return a.istat;
        case ProvinceColumn:
            return a.provinceCode;
        case PopulationColumn:
            if (role == SortRole)
                return a.population.value_or(-1);
            return a.population ? locale.toString(*a.population) : QString();
        case SmallColumn:
            if (role == SortRole)
                return a.isSmall();
            return a.kind == u"comune" ? DomainLabels::yesNo(a.isSmall()) : QString();
        case PhaseColumn:
            if (role == SortRole)
                return a.passPhase.value_or(0);
            return a.passPhase ? (*a.passPhase == 1 ? tr("1 (pilot)") : QString::number(*a.passPhase)) : u"—"_s;
        case OpenColumn:
            return count(s.open);
        case OverdueColumn:
            return count(s.overdue);
        case ConcludedColumn:
            return count(s.concluded);
        case BaselineColumn:
            return count(s.backlogBaseline);
        case BacklogColumn:
            return count(s.backlogNow);
        case ChangeColumn:
            if (role == SortRole)
                return change.value_or(0.0);
            return change ? locale.toString(*change, 'f', 0) + u" %"_s : u"—"_s;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= PopulationColumn && index.column() != SmallColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == SmallColumn)
            return tr("Piccolo comune: up to 5,000 inhabitants (law 158/2017)");
        if (index.column() == ChangeColumn && change)
            return tr("Backlog %1 in %2 against %3 at the baseline %4")
                .arg(*s.backlogNow).arg(m_result.now.label()).arg(*s.backlogBaseline).arg(m_result.baseline.label());
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn && change) {
        // Green when the backlog fell, red when it grew; the sign says it too.
        return QBrush(*change <= 0 ? QColor(0x1b, 0x6e, 0x3a) : QColor(0xa4, 0x16, 0x1a));
    }
    return {};
}

QVariant AuthorityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OverdueColumn:
            return tr("Open case files past their legal term today");
        case BaselineColumn:
        case BacklogColumn:
            return tr("DFP backlog (gross calendar days): open case files past their legal term at the end of the semester");
        default:
            return {};
        }
    }
    switch (section) {
    case NameColumn:
        return tr("Authority");
    case IstatColumn:
        return tr("ISTAT code");
    case ProvinceColumn:
        return tr("Province");
    case PopulationColumn:
        return tr("Population");
    case SmallColumn:
        return tr("Piccolo comune");
    case PhaseColumn:
        return tr("PAsS phase");
    case OpenColumn:
        return tr("Open");
    case OverdueColumn:
        return tr("Overdue");
    case ConcludedColumn:
        return tr("Concluded");
    case BaselineColumn:
        return tr("Backlog %1").arg(m_result.baseline.label());
    case BacklogColumn:
        return tr("Backlog %1").arg(m_result.now.label());
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace pass
