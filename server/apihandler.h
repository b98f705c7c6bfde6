#pragma once

#include "httpreply.h"

#include <optional>

class QHttpServerRequest;

namespace pass::portal {

struct Caller;
struct PortalContext;

// Authenticated reads: /api/v1/me, the reference data (with ETag / 304), the caller's
// records one by one or by page, and the experts' assignments.
class ApiHandler
{
public:
    explicit ApiHandler(PortalContext *context);

    std::optional<HttpReply> handle(const Caller &caller, const QHttpServerRequest &request,
                                    const QStringList &segments);

private:
    HttpReply me(const Caller &caller) const;
    HttpReply reference(const QHttpServerRequest &request, const QByteArray &body) const;
    HttpReply authority(const QString &istat) const;
    HttpReply list(const Caller &caller, const QHttpServerRequest &request,
                   const QString &entity) const;
    HttpReply record(const Caller &caller, const QString &entity, const QString &id) const;
    HttpReply messages(const Caller &caller, const QString &requestId) const;
    HttpReply assignments(const Caller &caller, const QHttpServerRequest &request,
                          const QString &expert);

    PortalContext *m_context;
};

} // namespace pass::portal
