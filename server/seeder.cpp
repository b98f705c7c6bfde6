#include "seeder.h"

#include "portalclock.h"
#include "portallog.h"
#include "referencecatalog.h"
#include "sequenceallocator.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

QString uuidFrom(QRandomGenerator &random)
{
    quint32 words[4];
    random.fillRange(words, 4);
    words[1] = (words[1] & 0xffff0fffu) | 0x00004000u; // version 4
    words[2] = (words[2] & 0x3fffffffu) | 0x80000000u; // variant 1
    const QString hex = u"%1%2%3%4"_s.arg(words[0], 8, 16, QLatin1Char('0'))
                            .arg(words[1], 8, 16, QLatin1Char('0'))
                            .arg(words[2], 8, 16, QLatin1Char('0'))
                            .arg(words[3], 8, 16, QLatin1Char('0'));
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4)
        + u'-' + hex.mid(20);
}

} // namespace

Seeder::Seeder(QSqlDatabase db, const ReferenceCatalog *catalog)
    : m_db(std::move(db))
    , m_catalog(catalog)
{
}

bool Seeder::seed(qint64 records, quint32 seed, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    QRandomGenerator random(seed);
    const QStringList authorities = m_catalog->authorityCodes();
    QStringList procedures = m_catalog->procedureCodes();
    procedures.sort();
    const QStringList outcomes{u"express"_s, u"tacit"_s, u"withdrawn"_s};
    const QString now = PortalClock::format(QDateTime::currentDateTimeUtc());
    const QDate firstDay(2021, 1, 1);

    m_db.transaction();
    SequenceAllocator seq(m_db);
    if (!seq.begin()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO records (id, entity, authority_istat, parent_id, natural_key,"
                   " version, updated_at, deleted, data, field_versions)"
                   " VALUES (?, ?, ?, NULL, ?, 1, ?, 0, ?, '{}')"_s);
    QSqlQuery change(m_db);
    change.prepare(u"INSERT INTO changes (seq, record_rid, authority_istat, audience, op)"
                   " VALUES (?, ?, ?, NULL, 'upsert')"_s);
    for (qint64 i = 0; i < records; ++i) {
        const QString id = uuidFrom(random);
        const QString istat = authorities.at(random.bounded(int(authorities.size())));
        const QString procedure = procedures.at(random.bounded(int(procedures.size())));
        QJsonObject data;
        QString entity;
        QVariant naturalKey;
        if (i % 50 == 49) {
            entity = u"support_request"_s;
            data = {{u"authority_istat"_s, istat},
                    {u"task_force_code"_s, m_catalog->taskForceOf(procedure)},
                    {u"procedure_codes"_s, QJsonArray{procedure}},
                    {u"kind"_s, u"technical"_s},
                    {u"subject"_s, u"Supporto per %1 (seed %2)"_s.arg(procedure).arg(i)},
                    {u"description"_s, QString()},
                    {u"priority"_s, u"normal"_s},
                    {u"status"_s, u"submitted"_s},
                    {u"assigned_experts"_s, QJsonArray()},
                    {u"created_on"_s, firstDay.addDays(random.bounded(1500)).toString(Qt::ISODate)}};
        } else {
            entity = u"case_file"_s;
            const QDate start = firstDay.addDays(random.bounded(1500));
            const bool closed = random.bounded(100) < 70;
            const QString protocol = u"S-%1"_s.arg(i);
            naturalKey = QString(istat + u'/' + protocol);
            data = {{u"authority_istat"_s, istat},
                    {u"procedure_code"_s, procedure},
                    {u"protocol_number"_s, protocol},
                    {u"start_date"_s, start.toString(Qt::ISODate)},
                    {u"end_date"_s, closed ? QJsonValue(start.addDays(10 + random.bounded(300))
                                                             .toString(Qt::ISODate))
                                           : QJsonValue()},
                    {u"outcome"_s, closed ? QJsonValue(outcomes.at(random.bounded(3))) : QJsonValue()},
                    {u"services_conference"_s, random.bounded(4) == 0},
                    {u"suspensions"_s, QJsonArray()},
                    {u"responsible"_s, u"Ufficio tecnico"_s},
                    {u"notes"_s, QString()}};
        }
        insert.addBindValue(id);
        insert.addBindValue(entity);
        insert.addBindValue(istat);
        insert.addBindValue(naturalKey.isValid() ? naturalKey : QVariant(QMetaType(QMetaType::QString)));
        insert.addBindValue(now);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            *error = insert.lastError().text();
            m_db.rollback();
            return false;
        }
        change.addBindValue(seq.next());
        change.addBindValue(insert.lastInsertId());
        change.addBindValue(istat);
        if (!change.exec()) {
            *error = insert.lastError().text() + change.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!seq.finish() || !m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    qCInfo(lcPortal) << "seeded" << records << "records in" << timer.elapsed() << "ms";
    return true;
}

} // namespace pass::portal
