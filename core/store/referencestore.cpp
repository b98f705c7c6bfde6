#include "referencestore.h"

#include "core/store/sql.h"

#include "core/reference/referencedata.h"
#include "core/store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QVariant nullable(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

bool fail(QString *error, const QSqlQuery &q)
{
    *error = q.lastError().text();
    return false;
}

} // namespace

bool ReferenceStore::seedIfEmpty(const ReferenceData &data, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO task_forces (code, name_it, name_en, sort_order) VALUES (?, ?, ?, ?)"_s);
    for (const TaskForce &t : data.taskForces()) {
        q.addBindValue(t.code);
        q.addBindValue(t.nameIt);
        q.addBindValue(t.nameEn);
        q.addBindValue(t.sortOrder);
        if (!q.exec())
            return fail(error, q);
    }
    q.prepare(u"INSERT OR IGNORE INTO authorities (istat, name, kind, province_code, population) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    for (const Authority &a : data.authorities()) {
        q.addBindValue(a.istat);
        q.addBindValue(a.name);
        q.addBindValue(a.kind);
        q.addBindValue(a.provinceCode);
        q.addBindValue(nullable(a.population));
        if (!q.exec())
            return fail(error, q);
    }
    if (!insertProcedureTypes(data.procedureTypes(), u"shipped"_s, false, error))
        return false;
    return tx.commit(error);
}

bool ReferenceStore::upsertAuthorities(const QList<Authority> &authorities, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO authorities (istat, name, kind, province_code, population, pass_phase, retired) "
              "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(istat) DO UPDATE SET name = excluded.name, "
              "kind = excluded.kind, province_code = excluded.province_code, "
              "population = coalesce(excluded.population, population), "
              "pass_phase = coalesce(excluded.pass_phase, pass_phase), retired = excluded.retired"_s);
    for (const Authority &a : authorities) {
        q.addBindValue(a.istat);
        q.addBindValue(a.name);
        q.addBindValue(a.kind);
        q.addBindValue(a.provinceCode);
        q.addBindValue(nullable(a.population));
        q.addBindValue(nullable(a.passPhase));
        q.addBindValue(a.retired ? 1 : 0);
        if (!q.exec())
            return fail(error, q);
    }
    return tx.commit(error);
}

bool ReferenceStore::insertProcedureTypes(const QList<ProcedureType> &types, const QString &origin,
                                          bool replace, QString *error)
{
    QSqlQuery q(m_db);
    // An upsert, not INSERT OR REPLACE: replacing would delete a row case files refer to.
    const QString conflictClause = replace
        ? u" ON CONFLICT(code) DO UPDATE SET name = excluded.name, task_force_code = excluded.task_force_code, "
          "authority_levels = excluded.authority_levels, tacit_approval = excluded.tacit_approval, "
          "legal_basis = excluded.legal_basis, source = excluded.source, origin = excluded.origin"_s
        : u" ON CONFLICT(code) DO NOTHING"_s;
    for (const ProcedureType &p : types) {
        q.prepare(u"INSERT INTO procedure_types (code, name, task_force_code, authority_levels, "
                  "tacit_approval, legal_basis, source, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s
                  + conflictClause);
        q.addBindValue(p.code);
        q.addBindValue(p.name);
        q.addBindValue(p.taskForceCode);
        q.addBindValue(p.authorityLevels);
        q.addBindValue(p.tacitApproval);
        q.addBindValue(p.legalBasis);
        q.addBindValue(p.source);
        q.addBindValue(origin);
        if (!q.exec())
            return fail(error, q);
        if (q.numRowsAffected() == 0)
            continue; // already present and not replaced: keep its terms too
        if (replace) {
            q.prepare(u"DELETE FROM procedure_terms WHERE procedure_code = ?"_s);
            q.addBindValue(p.code);
            if (!q.exec())
                return fail(error, q);
        }
        q.prepare(u"INSERT INTO procedure_terms (procedure_code, valid_from, legal_term_days, note) "
                  "VALUES (?, ?, ?, ?)"_s);
        for (const LegalTerm &t : p.terms) {
            q.addBindValue(p.code);
            q.addBindValue(t.validFrom.toString(Qt::ISODate));
            q.addBindValue(nullable(t.days));
            q.addBindValue(t.note);
            if (!q.exec())
                return fail(error, q);
        }
    }
    return true;
}

bool ReferenceStore::replaceCatalogue(const QList<ProcedureType> &types, bool *termsChanged, QString *error)
{
    QHash<QString, ProcedureType> before;
    if (!procedureTypesByCode(&before, error))
        return false;
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    if (!insertProcedureTypes(types, u"portal"_s, true, error))
        return false;
    if (!tx.commit(error))
        return false;
    bool changed = false;
    for (const ProcedureType &p : types) {
        const auto it = before.constFind(p.code);
        if (it == before.cend())
            continue;
        if (it->terms.size() != p.terms.size()) {
            changed = true;
            break;
        }
        for (qsizetype i = 0; i < p.terms.size(); ++i) {
            if (it->terms.at(i).days != p.terms.at(i).days || it->terms.at(i).validFrom != p.terms.at(i).validFrom)
                changed = true;
        }
    }
    if (termsChanged)
        *termsChanged = changed;
    return true;
}

bool ReferenceStore::authorities(QList<Authority> *list, QString *error) const
{
    return sql::list(m_db,
                     u"SELECT istat, name, kind, province_code, population, pass_phase, retired "
                     "FROM authorities ORDER BY name"_s,
                     {}, list, error, [](const QSqlQuery &q) {
                         Authority a;
                         a.istat = q.value(0).toString();
                         a.name = q.value(1).toString();
                         a.kind = q.value(2).toString();
                         a.provinceCode = q.value(3).toString();
                         a.population = optionalInt(q.value(4));
                         a.passPhase = optionalInt(q.value(5));
                         a.retired = q.value(6).toBool();
                         return a;
                     });
}

bool ReferenceStore::taskForces(QList<TaskForce> *list, QString *error) const
{
    return sql::list(m_db, u"SELECT code, name_it, name_en, sort_order FROM task_forces ORDER BY sort_order, code"_s, {},
                     list, error, [](const QSqlQuery &q) {
                         return TaskForce{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toInt()};
                     });
}

bool ReferenceStore::procedureTypes(QList<ProcedureType> *list, QString *error) const
{
    QList<ProcedureType> result;
    QHash<QString, qsizetype> index;
    QSqlQuery q(m_db);
    const bool ok = sql::forEachRow(q,
                                    u"SELECT code, name, task_force_code, authority_levels, tacit_approval, "
                                    "legal_basis, source FROM procedure_types ORDER BY task_force_code, code"_s,
                                    {}, error, [&](const QSqlQuery &row) {
                                        ProcedureType p;
                                        p.code = row.value(0).toString();
                                        p.name = row.value(1).toString();
                                        p.taskForceCode = row.value(2).toString();
                                        p.authorityLevels = row.value(3).toString();
                                        p.tacitApproval = row.value(4).toString();
                                        p.legalBasis = row.value(5).toString();
                                        p.source = row.value(6).toString();
                                        index.insert(p.code, result.size());
                                        result << p;
                                    })
        // Without its terms a procedure would have no deadline: their read failing fails it all.
        && sql::forEachRow(q,
                           u"SELECT procedure_code, valid_from, legal_term_days, note FROM procedure_terms "
                           "ORDER BY procedure_code, valid_from"_s,
                           {}, error, [&](const QSqlQuery &row) {
                               const auto it = index.constFind(row.value(0).toString());
                               if (it == index.cend())
                                   return;
                               result[*it].terms << LegalTerm{QDate::fromString(row.value(1).toString(), Qt::ISODate),
                                                              optionalInt(row.value(2)), row.value(3).toString()};
                           });
    *list = ok ? result : QList<ProcedureType>();
    return ok;
}

bool ReferenceStore::procedureTypesByCode(QHash<QString, ProcedureType> *types, QString *error) const
{
    QList<ProcedureType> list;
    types->clear();
    if (!procedureTypes(&list, error))
        return false;
    for (const ProcedureType &p : std::as_const(list))
        types->insert(p.code, p);
    return true;
}

} // namespace pass
