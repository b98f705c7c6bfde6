#include "documenthandler.h"

#include "caller.h"
#include "portalcontext.h"
#include "portallog.h"

#include "core/domain/requestdocument.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pass::portal {

DocumentHandler::DocumentHandler(PortalContext *context)
    : m_context(context)
{
}

bool DocumentHandler::isUpload(const QByteArray &method, const QByteArray &path)
{
    return method == "PUT" && path.startsWith("/api/v1/blobs/");
}

std::optional<HttpReply> DocumentHandler::handle(const Caller &caller, const QHttpServerRequest &request,
                                                 const QStringList &s)
{
    const auto method = request.method();
    if (s.size() == 2 && s[0] == u"blobs" && method == QHttpServerRequest::Method::Put)
        return upload(s[1], request.body());
    if (s.size() == 4 && s[0] == u"support-requests" && s[2] == u"documents"
        && method == QHttpServerRequest::Method::Get)
        return download(caller, s[1], s[3]);
    return std::nullopt;
}

HttpReply DocumentHandler::upload(const QString &sha256, const QByteArray &body)
{
    if (!DocumentTypes::isSha256Hex(sha256))
        return HttpReply::problem(Problem::badRequest(u"sha256"_s, u"must be 64 lower-case hex digits"_s));
    if (body.isEmpty())
        return HttpReply::problem(Problem::badRequest(u"body"_s, u"a document's content is not empty"_s));
    if (body.size() > DocumentTypes::kMaxBytes)
        return HttpReply::problem({413, u"too-large"_s, u"Payload too large"_s,
                                   u"the body is larger than %1 bytes"_s.arg(DocumentTypes::kMaxBytes), u"body"_s, {}});
    QString error;
    switch (m_context->blobs.put(sha256, body, &error)) {
    case BlobStore::Put::Mismatch:
        return HttpReply::problem({422, u"hash-mismatch"_s, u"Content does not match its hash"_s, error, u"body"_s, {}});
    case BlobStore::Put::Failed:
        qCWarning(lcPortalSync) << "cannot store content" << sha256 << ":" << error;
        return HttpReply::problem({500, u"internal"_s, u"Internal error"_s,
                                   u"the content could not be stored; send it again later"_s, {}, {}});
    case BlobStore::Put::Existed:
        return HttpReply::json({{u"sha256"_s, sha256}, {u"size"_s, body.size()}}, 200);
    case BlobStore::Put::Created:
        break;
    }
    return HttpReply::json({{u"sha256"_s, sha256}, {u"size"_s, body.size()}}, 201);
}

HttpReply DocumentHandler::download(const Caller &caller, const QString &requestId, const QString &sha256)
{
    // Out of scope and absent read the same (404): nobody learns that a request exists.
    const auto request = m_context->store.load(requestId);
    if (!request || request->deleted || request->entity != u"support_request" || !caller.canRead(request->authorityIstat))
        return HttpReply::problem(Problem::notFound());
    QSqlQuery q(m_context->database->db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT data FROM records WHERE parent_id = ? AND entity = 'request_document' AND deleted = 0"_s);
    q.addBindValue(requestId);
    QString mediaType;
    if (q.exec()) {
        while (q.next() && mediaType.isEmpty()) {
            const QJsonObject data = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            if (data.value(u"sha256"_s).toString() == sha256)
                mediaType = data.value(u"media_type"_s).toString();
        }
    }
    if (mediaType.isEmpty())
        return HttpReply::problem(Problem::notFound(u"the request has no document with this SHA-256"_s));
    const std::optional<QByteArray> content = m_context->blobs.read(sha256);
    if (!content)
        return HttpReply::problem(Problem::notFound(u"the document's content is not on the portal"_s));
    HttpReply reply;
    reply.contentType = mediaType.toLatin1();
    reply.body = *content;
    reply.compress = false; // PDFs, images and office files are compressed already
    reply.header("ETag", '"' + sha256.toLatin1() + '"');
    reply.header("Cache-Control", "private, max-age=31536000, immutable");
    return reply;
}

} // namespace pass::portal
