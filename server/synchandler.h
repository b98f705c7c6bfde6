#pragma once

#include "httpreply.h"

#include <optional>

class QHttpServerRequest;

namespace pass::portal {

struct Caller;
struct PortalContext;

// GET /api/v1/sync/changes and POST /api/v1/sync/mutations.
class SyncHandler
{
public:
    explicit SyncHandler(PortalContext *context);

    std::optional<HttpReply> handle(const Caller &caller, const QHttpServerRequest &request,
                                    const QStringList &segments);

private:
    HttpReply changes(const Caller &caller, const QHttpServerRequest &request);
    HttpReply snapshot(const Caller &caller, const QHttpServerRequest &request);
    HttpReply mutations(const Caller &caller, const QHttpServerRequest &request);

    PortalContext *m_context;
};

} // namespace pass::portal
