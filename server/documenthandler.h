#pragma once

#include "httpreply.h"

#include <optional>

class QHttpServerRequest;

namespace pass::portal {

struct Caller;
struct PortalContext;

// The bytes of request documents. PUT /api/v1/blobs/{sha256} stores a content under its hash
// (idempotent: a retry finds it there; the metadata then arrives as a request_document
// mutation that names the hash). GET /api/v1/support-requests/{id}/documents/{sha256} returns
// the content of one of the request's documents to someone who can read the request.
class DocumentHandler
{
public:
    explicit DocumentHandler(PortalContext *context);

    std::optional<HttpReply> handle(const Caller &caller, const QHttpServerRequest &request,
                                    const QStringList &segments);
    // Whether a request line is a content upload, which may carry up to 25 MiB (other bodies
    // stop at PortalContext::maxBodyBytes).
    static bool isUpload(const QByteArray &method, const QByteArray &path);

private:
    HttpReply upload(const QString &sha256, const QByteArray &body);
    HttpReply download(const Caller &caller, const QString &requestId, const QString &sha256);

    PortalContext *m_context;
};

} // namespace pass::portal
