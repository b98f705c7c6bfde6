#include "documenttransfer.h"

#include "core/sync/portalclient.h"
#include "core/util/logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::DocumentTransfer", text);
}

} // namespace

DocumentTransfer::DocumentTransfer(QSqlDatabase db, PortalClient *client)
    : m_db(db), m_client(client), m_store(db)
{
}

bool DocumentTransfer::uploadFor(const QList<OutboxEntry> &entries, QString *error)
{
    for (const OutboxEntry &e : entries) {
        if (e.entity != u"request_document" || e.op != u"create")
            continue;
        const QString sha256 = e.fields.value(u"sha256"_s).toString();
        const QString name = e.fields.value(u"file_name"_s).toString();
        bool uploaded = false;
        if (!m_store.isUploaded(sha256, &uploaded, error))
            return false;
        if (uploaded)
            continue;
        std::optional<QByteArray> content;
        if (!m_store.content(sha256, &content, error))
            return false;
        if (!content) {
            *error = tr("%1: its content is missing from the store, so the document cannot be sent").arg(name);
            return false;
        }
        const PortalReply reply = m_client->putBytes(u"/api/v1/blobs/"_s + sha256, *content,
                                                     e.fields.value(u"media_type"_s).toString().toLatin1());
        m_bytes += content->size();
        if (!reply.ok) {
            *error = tr("%1: sending its content failed: %2").arg(name, reply.error);
            return false;
        }
        qCDebug(lcSync) << "uploaded" << content->size() << "bytes of" << sha256 << "status" << reply.status;
        if (!m_store.markUploaded(sha256, error))
            return false;
    }
    return true;
}

bool DocumentTransfer::download(const RequestDocument &d, QString *error)
{
    const PortalReply reply = m_client->getBytes(u"/api/v1/support-requests/%1/documents/%2"_s.arg(d.requestId, d.sha256));
    m_bytes += reply.bytes;
    if (!reply.ok) {
        *error = tr("%1: downloading its content failed: %2").arg(d.fileName, reply.error);
        return false;
    }
    const QString actual = DocumentStore::sha256Of(reply.body);
    if (actual != d.sha256 || reply.body.size() != d.size) {
        *error = tr("%1: the portal sent content that does not match the document (SHA-256 %2 of %3 bytes, "
                    "expected %4 of %5 bytes): nothing was stored")
                     .arg(d.fileName, actual).arg(reply.body.size()).arg(d.sha256).arg(d.size);
        return false;
    }
    return m_store.storeContent(d.sha256, reply.body, true, error);
}

bool DocumentTransfer::downloadMissing(int *count, QString *error)
{
    *count = 0;
    QSet<QString> done;
    QList<RequestDocument> missing;
    if (!m_store.missingContent(&missing, error))
        return false;
    for (const RequestDocument &d : std::as_const(missing)) {
        if (done.contains(d.sha256))
            continue; // the same content on two documents comes once
        if (!download(d, error))
            return false;
        done.insert(d.sha256);
        ++*count;
    }
    return true;
}

} // namespace pass
