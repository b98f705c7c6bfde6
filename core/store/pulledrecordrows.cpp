#include "pulledrecordrows.h"

#include "core/store/sqlitehandle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QByteArray jsonList(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

} // namespace

bool PulledRecordRows::prepare(const QSqlDatabase &db, const QString &updatedAt, QString *error)
{
    m_updatedAt = updatedAt;
    m_handle = sqliteHandle(db);
    if (!m_handle) {
        *error = QObject::tr("The store's SQLite handle is not available");
        return false;
    }
    // New records only: an id already here is left alone (the sync then goes through its adapter).
    return m_insertRequest.prepare(m_handle, "INSERT INTO support_requests (id, authority_istat, task_force_code, "
                                   "procedure_codes, kind, subject, description, priority, status, assigned_experts, "
                                   "created_on, version, updated_at, status_reason, closing_summary, status_history) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?) "
                                   "ON CONFLICT(id) DO NOTHING", error)
        && m_insertVisit.prepare(m_handle, "INSERT INTO visits (id, request_id, expert, visit_date, hours, mode, "
                                 "participants, activities, outcome, follow_ups, version, updated_at, start_time, "
                                 "end_time, procedure_codes, follow_up_items, confirmation, confirmation_note) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, '')) "
                                 "ON CONFLICT(id) DO NOTHING", error)
        && m_insertMessage.prepare(m_handle, "INSERT INTO request_messages (id, request_id, author, body, created_at, "
                                   "version) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING", error)
        && m_caseVersion.prepare(m_handle, "SELECT version FROM case_files WHERE id = ?", error)
        && m_requestVersion.prepare(m_handle, "SELECT version FROM support_requests WHERE id = ?", error)
        && m_visitVersion.prepare(m_handle, "SELECT version FROM visits WHERE id = ?", error)
        && m_messageVersion.prepare(m_handle, "SELECT version FROM request_messages WHERE id = ?", error);
}

bool PulledRecordRows::insertedBy(SqliteStatement &insert)
{
    QString ignored; // a row a constraint refuses is not stored here: its adapter says why
    return insert.exec(&ignored) && sqlite3_changes(m_handle) > 0;
}

bool PulledRecordRows::insertRequest(const QString &id, qint64 version, const SupportRequest &r,
                                     const QByteArray &statusHistory)
{
    SqliteStatement &s = m_insertRequest;
    s.bindOptional(1, id);
    s.bindOptional(2, r.authorityIstat);
    s.bindOptional(3, r.taskForceCode);
    s.bindUtf8(4, jsonList(r.procedureCodes));
    s.bindOptional(5, toWireName(r.kind));
    s.bindOptional(6, r.subject);
    s.bindOptional(7, r.description);
    s.bindOptional(8, toWireName(r.priority));
    s.bindOptional(9, toWireName(r.status));
    s.bindUtf8(10, jsonList(r.assignedExperts));
    s.bindOptional(11, r.createdOn.toString(Qt::ISODate));
    s.bind(12, version);
    s.bindOptional(13, m_updatedAt);
    s.bindOptional(14, r.statusReason);
    s.bindOptional(15, r.closingSummary);
    s.bindUtf8(16, statusHistory);
    return insertedBy(s);
}

bool PulledRecordRows::insertVisit(const QString &id, qint64 version, const Visit &v, const QByteArray &followUpItems)
{
    SqliteStatement &s = m_insertVisit;
    s.bindOptional(1, id);
    s.bindOptional(2, v.requestId);
    s.bindOptional(3, v.expert);
    s.bindOptional(4, v.date.toString(Qt::ISODate));
    s.bindReal(5, v.hours);
    s.bindOptional(6, toWireName(v.mode));
    s.bindOptional(7, v.participants);
    s.bindOptional(8, v.activities);
    s.bindOptional(9, v.outcome);
    s.bindOptional(10, v.followUps);
    s.bind(11, version);
    s.bindOptional(12, m_updatedAt);
    s.bindOptional(13, v.start.isValid() ? v.start.toString(u"HH:mm") : QString());
    s.bindOptional(14, v.end.isValid() ? v.end.toString(u"HH:mm") : QString());
    s.bindUtf8(15, jsonList(v.procedureCodes));
    s.bindUtf8(16, followUpItems);
    s.bindOptional(17, toWireName(v.confirmation));
    s.bindOptional(18, v.confirmationNote);
    return insertedBy(s);
}

bool PulledRecordRows::insertMessage(const QString &id, qint64 version, const RequestMessage &m)
{
    SqliteStatement &s = m_insertMessage;
    s.bindOptional(1, id);
    s.bindOptional(2, m.requestId);
    s.bindOptional(3, m.author);
    s.bindOptional(4, m.body);
    s.bindOptional(5, m.createdAt.isEmpty() ? m_updatedAt : m.createdAt);
    s.bind(6, version);
    return insertedBy(s);
}

bool PulledRecordRows::localVersion(const QString &entity, const QString &id, qint64 *version, QString *error)
{
    SqliteStatement *s = entity == u"case_file"        ? &m_caseVersion
        : entity == u"support_request"                  ? &m_requestVersion
        : entity == u"visit"                            ? &m_visitVersion
        : entity == u"request_message"                  ? &m_messageVersion
                                                        : nullptr;
    *version = -1;
    if (!s)
        return true;
    s->bind(1, id);
    QString stepError;
    if (s->step(&stepError))
        *version = s->integer(0);
    s->reset();
    if (stepError.isEmpty())
        return true;
    *error = stepError;
    return false;
}

} // namespace pass
