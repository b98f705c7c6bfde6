#include "referencecatalog.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

QJsonValue nullableInt(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toInt());
}

QByteArray itemsBody(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{u"items"_s, items}}).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray ReferenceCatalog::etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

void ReferenceCatalog::load(QSqlDatabase db)
{
    QSqlQuery query(db);
    QJsonArray authorities;
    query.exec(u"SELECT istat, name, kind, province_code, population, pass_phase FROM authorities"
               " ORDER BY istat"_s);
    while (query.next()) {
        const QJsonObject item{{u"istat"_s, query.value(0).toString()},
                               {u"name"_s, query.value(1).toString()},
                               {u"kind"_s, query.value(2).toString()},
                               {u"province_code"_s, query.value(3).toString()},
                               {u"population"_s, nullableInt(query.value(4))},
                               {u"pass_phase"_s, nullableInt(query.value(5))}};
        m_authorityByIstat.insert(item.value(u"istat"_s).toString(), item);
        authorities.append(item);
    }
    m_authorities = itemsBody(authorities);

    QJsonArray taskForces;
    query.exec(u"SELECT code, name_it, name_en FROM task_forces ORDER BY sort_order, code"_s);
    while (query.next()) {
        m_taskForceCodes.insert(query.value(0).toString());
        taskForces.append(QJsonObject{{u"code"_s, query.value(0).toString()},
                                      {u"name_it"_s, query.value(1).toString()},
                                      {u"name_en"_s, query.value(2).toString()}});
    }
    m_taskForces = itemsBody(taskForces);

    QHash<QString, QJsonArray> terms;
    query.exec(u"SELECT procedure_code, valid_from, legal_term_days FROM procedure_terms"
               " ORDER BY procedure_code, valid_from"_s);
    while (query.next()) {
        terms[query.value(0).toString()].append(
            QJsonObject{{u"valid_from"_s, query.value(1).toString()},
                        {u"legal_term_days"_s, nullableInt(query.value(2))}});
    }
    QJsonArray procedures;
    query.exec(u"SELECT code, name, task_force_code, authority_levels, tacit_approval,"
               " legal_basis FROM procedure_types ORDER BY code"_s);
    while (query.next()) {
        const QString code = query.value(0).toString();
        m_taskForceOfProcedure.insert(code, query.value(2).toString());
        procedures.append(QJsonObject{
            {u"code"_s, code},
            {u"name"_s, query.value(1).toString()},
            {u"task_force_code"_s, query.value(2).toString()},
            {u"authority_levels"_s,
             QJsonArray::fromStringList(query.value(3).toString().split(u'|', Qt::SkipEmptyParts))},
            {u"tacit_approval"_s, query.value(4).toString()},
            {u"legal_basis"_s, query.value(5).toString()},
            {u"terms"_s, terms.value(code)}});
    }
    m_procedureTypes = itemsBody(procedures);
}

} // namespace pass::portal
