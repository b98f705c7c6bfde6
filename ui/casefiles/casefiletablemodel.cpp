#include "casefiletablemodel.h"

#include "core/query/casefilestate.h"
#include "core/workspace/workspace.h"
#include "ui/common/domainlabels.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

std::optional<CaseFileOrder> orderFor(int column)
{
    switch (column) {
    case CaseFileTableModel::AuthorityColumn:
        return CaseFileOrder::Authority;
    case CaseFileTableModel::ProcedureColumn:
        return CaseFileOrder::Procedure;
    case CaseFileTableModel::StartColumn:
        return CaseFileOrder::StartDate;
    default:
        return std::nullopt;
    }
}

// A short date with a four-digit year: two-digit years are ambiguous for files since 2021.
QString longYearShortFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

} // namespace

CaseFileTableModel::CaseFileTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent),
      m_workspace(workspace),
      m_query(workspace->caseFileQuery()),
      m_counter(workspace->storePath()),
      m_dateFormat(longYearShortFormat())
{
    connect(&m_counter, &CaseFileCounter::counted, this, &CaseFileTableModel::countArrived);
    loadReference();
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        using Entity = ChangeSet::Entity;
        if (changes.touches(Entity::Authority) || changes.touches(Entity::Catalogue))
            loadReference();
        if (changes.touches(Entity::CaseFile) || changes.touches(Entity::Authority)
            || changes.touches(Entity::Catalogue))
            refresh();
    });
    m_query.setOrder(CaseFileOrder::StartDate, m_sortOrder);
    CaseFileFilter filter;
    filter.today = m_today;
    m_query.setFilter(filter);
    m_total = std::max<qint64>(m_workspace->caseFileCount(), 0);
    m_rows = m_total;
}

CaseFileTableModel::~CaseFileTableModel() = default;

void CaseFileTableModel::loadReference()
{
    m_authorityNames.clear();
    const QList<Authority> authorities = m_workspace->authorities();
    m_authorityNames.reserve(authorities.size());
    for (const Authority &a : authorities)
        m_authorityNames.insert(a.istat, a.name);
    m_types.clear();
    const QList<ProcedureType> types = m_workspace->procedureTypes();
    for (const ProcedureType &t : types)
        m_types.insert(t.code, t);
}

int CaseFileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

int CaseFileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseFileTableModel::isSortable(int column)
{
    return orderFor(column).has_value();
}

void CaseFileTableModel::setToday(QDate today)
{
    m_today = today;
    CaseFileFilter f = m_query.filter();
    f.today = today;
    setFilter(f);
}

void CaseFileTableModel::setFilter(const CaseFileFilter &filter)
{
    beginResetModel();
    CaseFileFilter f = filter;
    f.today = m_today;
    m_dueWithinDays = f.dueWithinDays;
    m_query.setFilter(f);
    m_pages.clear();
    m_error.clear();
    m_countTicket = 0;
    m_countingNewFilter = false;
    if (const std::optional<qint64> known = readFirstPage()) {
        m_rows = *known;
    } else {
        m_rows = m_pages.value(0).rows.size();
        m_countingNewFilter = true;
    }
    endResetModel();
    emitCounts();
}

void CaseFileTableModel::sort(int column, Qt::SortOrder order)
{
    const auto o = orderFor(column);
    if (!o || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.setOrder(*o, order);
    m_pages.clear();
    endResetModel();
}

void CaseFileTableModel::refresh()
{
    m_total = std::max<qint64>(m_workspace->caseFileCount(), 0);
    m_pages.clear();
    m_error.clear();
    // A count for the state before this change is stale.
    m_countTicket = 0;
    const std::optional<qint64> after = readFirstPage();
    if (!after) {
        // The rows are re-read in place while the count runs (countArrived settles the length).
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    m_countingNewFilter = false;
    // Same number of rows (an edit, a sync that changed values): the rows are re-read in place,
    // so the selection and the scroll position stay. Otherwise the list starts over.
    if (*after == m_rows && m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = *after;
        endResetModel();
    }
    emitCounts();
}

std::optional<qint64> CaseFileTableModel::readFirstPage()
{
    // The whole store is counted on its own index, quicker than any filter's first page.
    if (!m_query.filter().isFiltered())
        return m_total;
    const Page *first = loadPage(0);
    if (!m_query.errorString().isEmpty())
        m_error = m_query.errorString();
    if (first->rows.size() < pageSize())
        return first->rows.size();
    m_countTicket = m_counter.request(m_query.filter(), m_query.catalogue());
    return std::nullopt;
}

void CaseFileTableModel::countArrived(quint64 ticket, qint64 matching, const QString &error)
{
    // An earlier filter's count, or one made before the store changed.
    if (ticket != m_countTicket)
        return;
    m_countTicket = 0;
    if (matching < 0) {
        // The first page stays; the list cannot tell how far it goes.
        m_error = error;
    } else if (m_countingNewFilter && matching >= m_rows) {
        // The first page stays where it is (and so do the selection and the scroll position).
        if (matching > m_rows) {
            beginInsertRows({}, int(m_rows), int(std::min<qint64>(matching, std::numeric_limits<int>::max()) - 1));
            m_rows = matching;
            endInsertRows();
        }
    } else if (matching != m_rows) {
        beginResetModel();
        m_pages.clear();
        m_rows = matching;
        endResetModel();
    }
    m_countingNewFilter = false;
    emitCounts();
}

void CaseFileTableModel::emitCounts()
{
    Q_EMIT countsChanged(isCounting() ? -1 : m_rows, m_total);
}

const CaseFileTableModel::Page *CaseFileTableModel::loadPage(int page) const
{
    if (auto it = m_pages.find(page); it != m_pages.end()) {
        it->lastUse = ++m_useClock;
        return &*it;
    }
    // Prefer a keyset read from a neighbouring page: OFFSET walks every skipped row.
    CaseFileQuery::PageStart start = CaseFileQuery::PageStart::atOffset(qint64(page) * pageSize());
    if (auto prev = m_pages.constFind(page - 1); prev != m_pages.cend() && !prev->rows.isEmpty())
        start = CaseFileQuery::PageStart::after(prev->rows.last().key);
    else if (auto next = m_pages.constFind(page + 1); next != m_pages.cend() && !next->rows.isEmpty())
        start = CaseFileQuery::PageStart::before(next->rows.first().key);

    if (m_pages.size() >= maxCachedPages()) {
        auto oldest = std::min_element(m_pages.begin(), m_pages.end(),
                                       [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    Page loaded;
    loaded.rows = m_query.page(start, pageSize());
    loaded.lastUse = ++m_useClock;
    return &*m_pages.insert(page, std::move(loaded));
}

const CaseFileListRow *CaseFileTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const Page *page = loadPage(row / pageSize());
    const int offset = row % pageSize();
    return offset < page->rows.size() ? &page->rows.at(offset) : nullptr;
}

QString CaseFileTableModel::authorityName(const QString &istat) const
{
    return m_authorityNames.value(istat, istat);
}

std::optional<int> CaseFileTableModel::legalTerm(const CaseFileListRow &row) const
{
    const auto it = m_types.constFind(row.procedureCode);
    return it == m_types.cend() ? std::nullopt : it->termFor(row.startDate);
}

QString CaseFileTableModel::dateText(QDate date) const
{
    return date.isValid() ? QLocale().toString(date, m_dateFormat) : QString();
}

QString CaseFileTableModel::outcomeText(const CaseFileListRow &row) const
{
    return DomainLabels::caseState(row.outcome, row.suspended);
}

QVariant CaseFileTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CaseFileListRow *row = rowAt(index.row());
    if (!row)
        return {};

    const QDate until = row->endDate.isValid() ? row->endDate : m_today;
    const qint64 elapsed = row->startDate.daysTo(until);
    const std::optional<int> term = legalTerm(*row);
    // The list's own rule (caseFileStateOn), so a yellow row is one the "due soon" filter shows.
    const CaseFileState state = caseFileStateOn(row->startDate, row->outcome, term, m_today, m_dueWithinDays);
    const bool overdue = state == CaseFileState::Overdue;
    const bool dueSoon = state == CaseFileState::DueSoon;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case AuthorityColumn:
            return authorityName(row->authorityIstat);
        case ProcedureColumn:
            return row->procedureCode;
        case ProtocolColumn:
            return row->protocolNumber;
        case StartColumn:
            return dateText(row->startDate);
        case EndColumn:
            return dateText(row->endDate);
        case OutcomeColumn:
            return outcomeText(*row);
        case ElapsedColumn: {
            QString text = term ? tr("%1 of %2 days").arg(elapsed).arg(*term)
                                : tr("%1 days, no term").arg(elapsed);
            if (role == Qt::AccessibleTextRole && overdue)
                text += u", "_s + tr("overdue");
            else if (role == Qt::AccessibleTextRole && dueSoon)
                text += u", "_s + tr("due soon");
            return text;
        }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProcedureColumn)
            return m_types.value(row->procedureCode).name;
        if (index.column() == AuthorityColumn)
            return tr("ISTAT code %1").arg(row->authorityIstat);
        if (index.column() == ElapsedColumn) {
            if (overdue)
                return tr("Overdue: open for %1 days, %2 days past the legal term of %3 days")
                    .arg(elapsed).arg(elapsed - *term).arg(*term);
            if (dueSoon)
                return tr("Due soon: the legal term ends in %n day(s)", nullptr, int(*term - elapsed));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ElapsedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::BackgroundRole:
        // Soft tints that keep the text readable on light and dark palettes alike.
        if (overdue)
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (dueSoon)
            return QBrush(QColor(0xff, 0xf0, 0xc2));
        break;
    case Qt::ForegroundRole:
        if (overdue || dueSoon)
            return QBrush(QColor(0x21, 0x25, 0x29));
        break;
    case CaseIdRole:
        return row->id;
    case OverdueRole:
        return overdue;
    case DueSoonRole:
        return dueSoon;
    case ElapsedDaysRole:
        return elapsed;
    case LegalTermRole:
        return term ? QVariant(*term) : QVariant();
    }
    return {};
}

QVariant CaseFileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case AuthorityColumn:
            return tr("Authority");
        case ProcedureColumn:
            return tr("Procedure");
        case ProtocolColumn:
            return tr("Protocol no.");
        case StartColumn:
            return tr("Started");
        case EndColumn:
            return tr("Concluded");
        case OutcomeColumn:
            return tr("Outcome");
        case ElapsedColumn:
            return tr("Days / legal term");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AuthorityColumn:
            return tr("Sorts by ISTAT code, then protocol number");
        case ProcedureColumn:
            return tr("Sorts by procedure, then start date");
        case StartColumn:
            return tr("Sorts by start date");
        case ElapsedColumn:
            return tr("Calendar days from the start to the conclusion (or to today), "
                      "suspensions included, against the legal term");
        default:
            return tr("This column cannot be sorted");
        }
    }
    return {};
}

} // namespace pass
