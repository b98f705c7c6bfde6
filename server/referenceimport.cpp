#include "referenceimport.h"

#include "core/reference/referencedata.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QVariant optionalInt(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

bool ReferenceImport::load(QSqlDatabase db, QString *error)
{
    ReferenceData reference;
    if (!reference.loadShipped()) {
        *error = reference.errorString();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO authorities (istat, name, kind, province_code, population,"
                  " pass_phase) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const Authority &authority : reference.authorities()) {
        if (authority.retired)
            continue;
        query.addBindValue(authority.istat);
        query.addBindValue(authority.name);
        query.addBindValue(authority.kind);
        query.addBindValue(authority.provinceCode);
        query.addBindValue(optionalInt(authority.population));
        query.addBindValue(optionalInt(authority.passPhase));
        if (!run(query, error))
            return false;
    }
    query.prepare(u"INSERT INTO task_forces (code, name_it, name_en, sort_order)"
                  " VALUES (?, ?, ?, ?)"_s);
    for (const TaskForce &taskForce : reference.taskForces()) {
        query.addBindValue(taskForce.code);
        query.addBindValue(taskForce.nameIt);
        query.addBindValue(taskForce.nameEn);
        query.addBindValue(taskForce.sortOrder);
        if (!run(query, error))
            return false;
    }
    QSqlQuery terms(db);
    terms.prepare(u"INSERT INTO procedure_terms (procedure_code, valid_from, legal_term_days)"
                  " VALUES (?, ?, ?)"_s);
    query.prepare(u"INSERT INTO procedure_types (code, name, task_force_code, authority_levels,"
                  " tacit_approval, legal_basis) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const ProcedureType &type : reference.procedureTypes()) {
        query.addBindValue(type.code);
        query.addBindValue(type.name);
        query.addBindValue(type.taskForceCode);
        query.addBindValue(type.authorityLevels);
        query.addBindValue(type.tacitApproval);
        query.addBindValue(type.legalBasis);
        if (!run(query, error))
            return false;
        for (const LegalTerm &term : type.terms) {
            terms.addBindValue(type.code);
            terms.addBindValue(term.validFrom.toString(Qt::ISODate));
            terms.addBindValue(optionalInt(term.days));
            if (!run(terms, error))
                return false;
        }
    }
    return true;
}

} // namespace pass::portal
