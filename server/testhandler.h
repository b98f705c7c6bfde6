#pragma once

#include "httpreply.h"

#include <optional>

class QHttpServerRequest;

namespace pass::portal {

struct PortalContext;

// /api/v1/_test/…: fault injection, the server clock, cursor expiry and the password work done.
// Only routed when the server runs with --test-mode.
class TestHandler
{
public:
    explicit TestHandler(PortalContext *context);

    std::optional<HttpReply> handle(const QHttpServerRequest &request, const QString &what);

private:
    PortalContext *m_context;
};

} // namespace pass::portal
