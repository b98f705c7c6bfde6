#pragma once

#include "core/domain/enums.h"
#include "core/domain/records.h"
#include "core/query/casefilefilter.h"
#include "core/query/casefilewhere.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace pass {

// One case file as a list shows it; `key` is its position in the list's order, used to read
// the next or previous page without OFFSET.
struct CaseFileListRow
{
    qint64 rowId = 0;
    QString id;
    QString authorityIstat;
    QString procedureCode;
    QString protocolNumber;
    QDate startDate;
    QDate endDate;
    std::optional<Outcome> outcome;
    bool suspended = false;
    QVariantList key;
};

// Read-only, paged access to the case files for list views over very large stores. Pages are
// read by keyset (after or before a known row) when the neighbouring page is known, and by
// OFFSET over the order's index only for jumps.
class CaseFileQuery
{
public:
    // Where a page starts.
    struct PageStart
    {
        enum class Kind { Offset, After, Before };
        Kind kind = Kind::Offset;
        qint64 offset = 0;
        QVariantList key; // for After / Before: the key of the neighbouring row

        static PageStart atOffset(qint64 offset) { return {Kind::Offset, offset, {}}; }
        static PageStart after(QVariantList key) { return {Kind::After, 0, std::move(key)}; }
        static PageStart before(QVariantList key) { return {Kind::Before, 0, std::move(key)}; }
    };

    // The catalogue is needed to turn legal terms into date limits for the overdue filter.
    CaseFileQuery(QSqlDatabase db, QList<ProcedureType> catalogue);

    // A protocol-number search first counts its matches on the protocol index (up to
    // fewMatches) to choose how pages are read (see ProtocolPlan).
    void setFilter(const CaseFileFilter &filter);
    // Below this many matches a protocol search finds its matches on the protocol index and
    // sorts them; 32768 unless a test sets it. Measured over 1,000,000 demo cases: 13,053 matches
    // of "2024/0001" read and sorted through the index in 24 ms of CPU, where walking the start
    // dates from the newest to the 256th match took 82 ms (the matches sit in 2024, behind the
    // newer files); sorting costs about 2 ms of CPU per thousand matches.
    void setFewMatches(int fewMatches) { m_fewMatches = fewMatches; }
    ProtocolPlan protocolPlan() const { return m_protocolPlan; }
    void setOrder(CaseFileOrder order, Qt::SortOrder direction);
    CaseFileFilter filter() const { return m_filter; }
    QList<ProcedureType> catalogue() const { return m_catalogue; }

    // Number of case files matching the filter; -1 on error (see errorString()).
    qint64 count() const;
    // Up to `limit` rows in list order from `start`. Before-pages are returned in list order too.
    QList<CaseFileListRow> page(const PageStart &start, int limit) const;

    QString errorString() const { return m_error; }

private:
    // The order key of the row at `position`, read from the order's index alone.
    std::optional<QVariantList> keyAt(qint64 position) const;
    QString whereClause(QVariantList *binds) const;
    QStringList orderColumns() const;

    QSqlDatabase m_db;
    QList<ProcedureType> m_catalogue;
    CaseFileFilter m_filter;
    ProtocolPlan m_protocolPlan = ProtocolPlan::Plain;
    int m_fewMatches = 32768;
    CaseFileOrder m_order = CaseFileOrder::StartDate;
    Qt::SortOrder m_direction = Qt::DescendingOrder;
    mutable QString m_error;
};

} // namespace pass
