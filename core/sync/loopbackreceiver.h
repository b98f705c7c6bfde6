#pragma once

#include <QTcpServer>
#include <QUrlQuery>

#include <atomic>

namespace pass {

// The RFC 8252 loopback redirect target: listens on 127.0.0.1 on a free port, waits for the
// browser's GET with the authorization response, answers a short page and hands back the query.
class LoopbackReceiver
{
public:
    LoopbackReceiver();
    bool listen(QString *error);
    QUrl redirectUri() const;
    // Blocks (local event loop) until the redirect arrives, the time runs out or *cancel is set.
    std::optional<QUrlQuery> wait(int timeoutMs, const std::atomic_bool *cancel, QString *error);

private:
    QTcpServer m_server;
};

} // namespace pass
