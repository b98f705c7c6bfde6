#include "casefilewhere.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

constexpr char32_t kLastCharacter = 0x10FFFF;

QString marks(qsizetype n)
{
    QStringList list;
    list.fill(u"?"_s, n);
    return list.join(u", "_s);
}

// Escapes LIKE's wildcards so that a typed '%' or '_' matches itself.
QString likeLiteral(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return escaped;
}

// Start dates whose case is in `state` on `today` under each legal term: a case started on s
// with a term of d days is overdue when today - s > d (s < today - d), and due soon when it is
// not overdue and at most n days remain (today - d <= s <= today - d + n). Terms change by law
// from a date on, so each term covers its own range of start dates; the first term also covers
// cases started before it (see ProcedureType::termFor).
QString termRanges(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue,
                   const std::optional<QStringList> &allowed, QVariantList *binds)
{
    QStringList ranges;
    for (const ProcedureType &type : catalogue) {
        if (allowed && !allowed->contains(type.code))
            continue;
        for (qsizetype i = 0; i < type.terms.size(); ++i) {
            const LegalTerm &term = type.terms.at(i);
            if (!term.days)
                continue;
            const QDate limit = filter.today.addDays(-*term.days);
            QDate from; // inclusive; invalid: open below
            QDate until; // exclusive
            if (filter.state == CaseFileState::Overdue) {
                until = limit;
            } else {
                from = limit;
                until = limit.addDays(std::max(filter.dueWithinDays, 0) + 1);
            }
            if (i > 0 && term.validFrom.isValid() && (!from.isValid() || from < term.validFrom))
                from = term.validFrom;
            if (i + 1 < type.terms.size() && type.terms.at(i + 1).validFrom.isValid())
                until = std::min(until, type.terms.at(i + 1).validFrom);
            if (from.isValid() && from >= until)
                continue;
            // The unary + keeps SQLite from turning the ORs into index searches that it must
            // then sort: a scan along the order's index stops after one page.
            QString range = u"(+procedure_code = ? AND start_date < ?"_s;
            *binds << type.code << until.toString(Qt::ISODate);
            if (from.isValid()) {
                range += u" AND start_date >= ?"_s;
                *binds << from.toString(Qt::ISODate);
            }
            ranges << range + u')';
        }
    }
    return ranges.isEmpty() ? u"0"_s : u'(' + ranges.join(u" OR "_s) + u')';
}

} // namespace

std::optional<QStringList> allowedProcedures(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue)
{
    if (filter.taskForceCode.isEmpty())
        return filter.procedureCodes.isEmpty() ? std::nullopt : std::optional(filter.procedureCodes);
    QStringList codes;
    for (const ProcedureType &type : catalogue) {
        if (type.taskForceCode == filter.taskForceCode
            && (filter.procedureCodes.isEmpty() || filter.procedureCodes.contains(type.code)))
            codes << type.code;
    }
    return codes;
}

QString protocolIndexCondition(const CaseFileFilter &filter, QVariantList *binds)
{
    // U+10FFFF sorts after every character in UTF-8: the range holds exactly the prefix's numbers.
    const QString upper = filter.protocolPrefix + QString::fromUcs4(&kLastCharacter, 1);
    if (!filter.authorityIstat.isEmpty()) {
        *binds << filter.authorityIstat << filter.protocolPrefix << upper;
        return u"authority_istat = ? AND protocol_number >= ? AND protocol_number < ?"_s;
    }
    // Every authority, so that the index's first column is bound and the range is a seek.
    *binds << filter.protocolPrefix << upper;
    return u"authority_istat IN (SELECT istat FROM authorities) AND protocol_number >= ? AND protocol_number < ?"_s;
}

std::optional<QStringList> officersMatching(QSqlDatabase db, const QString &text, int maxNames, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'case_files_responsible'"_s)) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    // A walk over the distinct names: each step seeks the next one on the index.
    QStringList names;
    QSqlQuery next(db);
    next.setForwardOnly(true);
    next.prepare(u"SELECT responsible FROM case_files WHERE responsible > ? ORDER BY responsible LIMIT 1"_s);
    QString after = u""_s;
    for (;;) {
        next.bindValue(0, after);
        if (!next.exec()) {
            *error = next.lastError().text();
            return std::nullopt;
        }
        if (!next.next())
            break;
        after = next.value(0).toString();
        if (names.size() == maxNames)
            return std::nullopt;
        names << after;
        next.finish();
    }
    // SQLite's own LIKE picks them, so the search means the same with and without the walk.
    QSqlQuery match(db);
    match.setForwardOnly(true);
    match.prepare(u"SELECT value FROM json_each(?) WHERE value LIKE ? ESCAPE '\\'"_s);
    match.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact)));
    match.addBindValue(QString(u'%' + likeLiteral(text) + u'%'));
    if (!match.exec()) {
        *error = match.lastError().text();
        return std::nullopt;
    }
    QStringList matching;
    while (match.next())
        matching << match.value(0).toString();
    return matching;
}

QString caseFileWhere(const CaseFileFilter &filter, const QList<ProcedureType> &catalogue, QVariantList *binds,
                      ProtocolPlan plan, const OfficerLookup *officers)
{
    const bool searching = !filter.protocolPrefix.isEmpty();
    const bool alongOrder = searching && plan == ProtocolPlan::AlongOrder;
    QStringList terms;
    if (!filter.authorityIstat.isEmpty()) {
        // The unary + keeps SQLite off the (authority, protocol) index when it would have to sort.
        terms << (alongOrder ? u"+authority_istat = ?"_s : u"authority_istat = ?"_s);
        *binds << filter.authorityIstat;
    }
    const std::optional<QStringList> allowed = allowedProcedures(filter, catalogue);
    if (allowed) {
        if (allowed->isEmpty()) {
            terms << u"0"_s;
        } else {
            terms << u"procedure_code IN ("_s + marks(allowed->size()) + u')';
            for (const QString &code : *allowed)
                *binds << code;
        }
    }
    if (searching) {
        // A range rather than LIKE: exact case, and an index can serve it.
        const QString upper = filter.protocolPrefix + QString::fromUcs4(&kLastCharacter, 1);
        switch (plan) {
        case ProtocolPlan::Plain:
            terms << u"protocol_number >= ? AND protocol_number < ?"_s;
            *binds << filter.protocolPrefix << upper;
            break;
        case ProtocolPlan::AlongOrder:
            terms << u"+protocol_number >= ? AND +protocol_number < ?"_s;
            *binds << filter.protocolPrefix << upper;
            break;
        case ProtocolPlan::ThroughIndex:
            terms << u"rowid IN (SELECT rowid FROM case_files WHERE "_s + protocolIndexCondition(filter, binds) + u')';
            break;
        }
    }
    if (!filter.responsible.isEmpty() && officers) {
        if (officers->names.isEmpty()) {
            terms << u"0"_s;
        } else {
            const QString in = u"responsible IN ("_s + marks(officers->names.size()) + u')';
            switch (officers->plan) {
            case ProtocolPlan::Plain:
                terms << in;
                break;
            case ProtocolPlan::AlongOrder:
                terms << u'+' + in;
                break;
            case ProtocolPlan::ThroughIndex:
                terms << u"rowid IN (SELECT rowid FROM case_files WHERE "_s + in + u')';
                break;
            }
            for (const QString &name : officers->names)
                *binds << name;
        }
    } else if (!filter.responsible.isEmpty()) {
        terms << u"responsible LIKE ? ESCAPE '\\'"_s;
        *binds << QString(u'%' + likeLiteral(filter.responsible) + u'%');
    }
    const CaseFileState state = filter.openOverdueOnly ? CaseFileState::Overdue : filter.state;
    switch (state) {
    case CaseFileState::Any:
        break;
    case CaseFileState::Open:
        terms << u"outcome IS NULL"_s;
        break;
    case CaseFileState::Concluded:
        terms << u"outcome IN ('express', 'tacit')"_s;
        break;
    case CaseFileState::Withdrawn:
        terms << u"outcome = 'withdrawn'"_s;
        break;
    case CaseFileState::Overdue:
    case CaseFileState::DueSoon: {
        CaseFileFilter f = filter;
        f.state = state;
        terms << u"outcome IS NULL"_s << termRanges(f, catalogue, allowed, binds);
        break;
    }
    }
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

} // namespace pass
