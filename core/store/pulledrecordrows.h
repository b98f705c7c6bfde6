#pragma once

#include "core/domain/records.h"
#include "core/store/sqlitestatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace pass {

// The rows of records pulled from the portal that are new to this store — support requests,
// visits and request messages (case files go through CaseBulkLoader) — and the local version of
// any synced record, through statements prepared once on the connection's SQLite handle (an
// initial sync writes hundreds of thousands). No audit rows, no outbox: a pulled record is not a
// local edit. Inside the sync's transaction.
class PulledRecordRows
{
public:
    // updatedAt: the sync's time, kept as each row's updated_at.
    bool prepare(const QSqlDatabase &db, const QString &updatedAt, QString *error);

    // Each inserts the record unless its id is already stored: true when it wrote the row.
    // statusHistory, followUpItems: JSON arrays as the portal sent them.
    bool insertRequest(const QString &id, qint64 version, const SupportRequest &r, const QByteArray &statusHistory);
    bool insertVisit(const QString &id, qint64 version, const Visit &v, const QByteArray &followUpItems);
    bool insertMessage(const QString &id, qint64 version, const RequestMessage &m);

    // The version of the stored record of `entity` (case_file, support_request, visit,
    // request_message) with this id into *version; -1 when there is none (or the entity is not
    // one of these). False with *error when it cannot be read.
    bool localVersion(const QString &entity, const QString &id, qint64 *version, QString *error);

private:
    bool insertedBy(SqliteStatement &insert);

    sqlite3 *m_handle = nullptr;
    QString m_updatedAt;
    SqliteStatement m_insertRequest, m_insertVisit, m_insertMessage;
    SqliteStatement m_caseVersion, m_requestVersion, m_visitVersion, m_messageVersion;
};

} // namespace pass
