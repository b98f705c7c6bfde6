#pragma once

#include "core/store/database.h"
#include "core/sync/conflictstore.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncclock.h"
#include "core/sync/syncengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

class FakePortal;
class FakePortalState;
class PortalProcess;

// One client: its own store in a temporary folder, a fake clock and a portal client over the
// given network access manager (a FakePortal, or a real one for the loopback server).
class SyncClient
{
public:
    SyncClient(QNetworkAccessManager *nam, const QUrl &baseUrl, const QString &name = QStringLiteral("a"));
    ~SyncClient();

    pass::SyncResult sync();
    // Syncs until a cycle succeeds (at most n tries): faults must converge.
    pass::SyncResult syncUntilOk(int tries = 10);

    QString addCase(const QString &protocol, const QString &notes = {});
    bool editCase(const QString &id, const QJsonObject &fields);
    bool deleteCase(const QString &id);
    std::optional<QJsonObject> caseJson(const QString &id) const;
    qint64 caseCount() const;
    qint64 outboxCount() const;
    QStringList caseIds() const;
    QString caseIdByProtocol(const QString &protocol) const;

    pass::Database &database() { return *m_db; }
    pass::PortalClient &client() { return *m_client; }
    pass::SyncEngine &engine() { return *m_engine; }
    pass::FakeClock &clock() { return m_clock; }
    // The store's conflicts, resolved through this client's adapters.
    pass::ConflictStore conflicts();
    QString storePath() const;

    static QJsonObject caseFields(const QString &protocol, const QString &notes = {});

    // A client of the real pass-portal, signed in as `user` with the portal's test token. One
    // page per sync for the tests' small scopes: pass-portal refuses every cursor below the
    // expire-cursors watermark, even those of a fresh full sync.
    static std::unique_ptr<SyncClient> ofRealPortal(const PortalProcess &portal, const QString &user,
                                                    QNetworkAccessManager *nam);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<pass::Database> m_db;
    pass::FakeClock m_clock;
    std::unique_ptr<pass::PortalClient> m_client;
    std::unique_ptr<pass::SyncEngine> m_engine;
};
