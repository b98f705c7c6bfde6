#include "documentstore.h"

#include "core/store/documentcodec.h"
#include "core/store/editjournal.h"
#include "core/store/sql.h"
#include "core/store/transaction.h"
#include "core/util/stage.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

const auto kColumns = u"id, request_id, file_name, media_type, size, sha256, added_by, added_at, version"_s;

RequestDocument documentFrom(const QSqlQuery &q)
{
    RequestDocument d;
    d.id = q.value(0).toString();
    d.requestId = q.value(1).toString();
    d.fileName = q.value(2).toString();
    d.mediaType = q.value(3).toString();
    d.size = q.value(4).toLongLong();
    d.sha256 = q.value(5).toString();
    d.addedBy = q.value(6).toString();
    d.addedAt = q.value(7).toString();
    d.version = q.value(8).toLongLong();
    return d;
}

} // namespace

QString DocumentStore::sha256Of(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

bool DocumentStore::find(const QString &id, std::optional<RequestDocument> *found, QString *error) const
{
    return sql::first(m_db, u"SELECT "_s + kColumns + u" FROM request_documents WHERE id = ?"_s, {id}, found, error,
                      documentFrom);
}

bool DocumentStore::documents(const QString &requestId, QList<RequestDocument> *list, QString *error) const
{
    return sql::list(m_db, u"SELECT "_s + kColumns + u" FROM request_documents WHERE request_id = ? ORDER BY added_at, id"_s,
                     {requestId}, list, error, documentFrom);
}

bool DocumentStore::state(const RequestDocument &d, State *state, QString *error) const
{
    if (d.version == 0) {
        QVariant waiting;
        if (!sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = 'request_document' AND record_id = ?)"_s,
                         {d.id}, &waiting, error))
            return false;
        *state = waiting.toBool() ? State::WaitingToUpload : State::LocalOnly;
        return true;
    }
    bool here = false;
    if (!hasContent(d.sha256, &here, error))
        return false;
    *state = here ? State::OnThePortal : State::NotDownloaded;
    return true;
}

bool DocumentStore::hasContent(const QString &sha256, bool *here, QString *error) const
{
    QVariant exists;
    if (!sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM document_blobs WHERE sha256 = ?)"_s, {sha256}, &exists, error))
        return false;
    *here = exists.toBool();
    return true;
}

bool DocumentStore::content(const QString &sha256, std::optional<QByteArray> *bytes, QString *error) const
{
    return sql::first(m_db, u"SELECT content FROM document_blobs WHERE sha256 = ?"_s, {sha256}, bytes, error,
                      [](const QSqlQuery &q) { return q.value(0).toByteArray(); });
}

bool DocumentStore::isUploaded(const QString &sha256, bool *uploaded, QString *error) const
{
    QVariant value;
    if (!sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM document_blobs WHERE sha256 = ? AND uploaded = 1)"_s,
                     {sha256}, &value, error))
        return false;
    *uploaded = value.toBool();
    return true;
}

bool DocumentStore::insertRow(const RequestDocument &d, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO request_documents ("_s + kColumns
              + u", updated_at) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "request_id = excluded.request_id, file_name = excluded.file_name, media_type = excluded.media_type, "
                "size = excluded.size, sha256 = excluded.sha256, added_by = excluded.added_by, "
                "added_at = excluded.added_at, version = excluded.version, updated_at = excluded.updated_at"_s);
    for (const QVariant &v : {QVariant(d.id), QVariant(d.requestId), QVariant(d.fileName), QVariant(d.mediaType),
                              QVariant(d.size), QVariant(d.sha256), QVariant(d.addedBy), QVariant(d.addedAt),
                              QVariant(d.version), QVariant(utcNow())})
        q.addBindValue(v);
    return sql::exec(q, error);
}

bool DocumentStore::addInTransaction(RequestDocument *d, const QByteArray &content, const EditContext &ctx,
                                     QString *error)
{
    if (content.isEmpty()) {
        *error = QObject::tr("%1: the file is empty").arg(d->fileName);
        return false;
    }
    d->sha256 = sha256Of(content);
    d->size = content.size();
    if (d->id.isEmpty())
        d->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (d->addedAt.isEmpty())
        d->addedAt = utcNow();
    d->version = 0;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO document_blobs (sha256, size, content) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING"_s);
    q.addBindValue(d->sha256);
    q.addBindValue(d->size);
    q.addBindValue(content);
    if (!sql::exec(q, error))
        return false;
    reachStage("document:content-written"); // for crash tests: bytes written, no document yet
    if (!insertRow(*d, error))
        return false;
    if (!journalEdit(m_db, ctx, u"request_document"_s, d->id, u"create"_s, {}, RequestCodec::toJson(*d), 0, error))
        return false;
    reachStage("document:row-written"); // the whole document, not committed yet
    return true;
}

bool DocumentStore::storeContent(const QString &sha256, const QByteArray &content, bool uploaded, QString *error)
{
    if (sha256Of(content) != sha256) {
        *error = QObject::tr("the content does not match its SHA-256 %1").arg(sha256);
        return false;
    }
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO document_blobs (sha256, size, content, uploaded) VALUES (?, ?, ?, ?) "
              "ON CONFLICT(sha256) DO UPDATE SET uploaded = max(uploaded, excluded.uploaded)"_s);
    q.addBindValue(sha256);
    q.addBindValue(qint64(content.size()));
    q.addBindValue(content);
    q.addBindValue(uploaded ? 1 : 0);
    return sql::exec(q, error) && tx.commit(error);
}

bool DocumentStore::markUploaded(const QString &sha256, QString *error)
{
    Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE document_blobs SET uploaded = 1 WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    return sql::exec(q, error) && tx.commit(error);
}

bool DocumentStore::saveInTransaction(RequestDocument *d, const EditContext &ctx, QString *error)
{
    if (!DocumentTypes::isSha256Hex(d->sha256) || d->size <= 0 || d->requestId.isEmpty()) {
        *error = QObject::tr("document %1: request, size and SHA-256 are needed").arg(d->id);
        return false;
    }
    std::optional<RequestDocument> before;
    if (!find(d->id, &before, error))
        return false;
    if (d->addedAt.isEmpty())
        d->addedAt = utcNow();
    if (!insertRow(*d, error))
        return false;
    return journalEdit(m_db, ctx, u"request_document"_s, d->id, before ? u"update"_s : u"create"_s,
                       before ? RequestCodec::toJson(*before) : QJsonObject(), RequestCodec::toJson(*d),
                       before ? before->version : 0, error);
}

bool DocumentStore::removeInTransaction(const QString &id, const EditContext &ctx, QString *error)
{
    std::optional<RequestDocument> before;
    if (!find(id, &before, error))
        return false;
    if (!before)
        return true;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM request_documents WHERE id = ?"_s);
    q.addBindValue(id);
    return sql::exec(q, error)
        && journalEdit(m_db, ctx, u"request_document"_s, id, u"delete"_s, RequestCodec::toJson(*before), {},
                       before->version, error)
        && pruneContentInTransaction(error);
}

bool DocumentStore::pruneContentInTransaction(QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q, u"DELETE FROM document_blobs WHERE NOT EXISTS "
                        "(SELECT 1 FROM request_documents d WHERE d.sha256 = document_blobs.sha256)"_s, error);
}

bool DocumentStore::missingContent(QList<RequestDocument> *list, QString *error) const
{
    return sql::list(m_db,
                     u"SELECT "_s + kColumns
                         + u" FROM request_documents d WHERE version > 0 AND NOT EXISTS "
                           "(SELECT 1 FROM document_blobs b WHERE b.sha256 = d.sha256) ORDER BY added_at, id"_s,
                     {}, list, error, documentFrom);
}

} // namespace pass
