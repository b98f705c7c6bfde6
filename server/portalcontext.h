#pragma once

#include "blobstore.h"
#include "changefeed.h"
#include "loginlimiter.h"
#include "mutationprocessor.h"
#include "portalclock.h"
#include "portaldatabase.h"
#include "recordstore.h"
#include "referencecatalog.h"
#include "tokenservice.h"
#include "userdirectory.h"

#include "core/domain/requestdocument.h"

#include <QFileInfo>
#include <QUrl>

namespace pass::portal {

// The services one server instance shares between its request handlers.
struct PortalContext
{
    explicit PortalContext(PortalDatabase *database)
        : database(database)
        , users(database->db())
        , tokens(database->db(), &clock)
        , store(database->db())
        , mutations(database->db(), &catalog, &users, &clock)
        , feed(database)
        , logins(&clock)
        , blobs(QFileInfo(database->path()).absolutePath() + QStringLiteral("/blobs"))
    {
        catalog.load(database->db());
        mutations.setBlobs(&blobs);
    }

    PortalDatabase *database;
    PortalClock clock;
    ReferenceCatalog catalog;
    UserDirectory users;
    TokenService tokens;
    RecordStore store;
    MutationProcessor mutations;
    ChangeFeed feed;
    LoginLimiter logins;
    BlobStore blobs; // request documents' contents, beside the database in the state folder
    QUrl baseUrl; // http://127.0.0.1:PORT, set once listening
    // Test mode (loopback only): /api/v1/_test/* answer requests that carry this secret in
    // X-Pass-Test-Secret; the harness hands it over in PASS_PORTAL_TEST_SECRET.
    bool testMode = false;
    QByteArray testSecret;

    // Simulated overload: the next `count` API requests answer `status` (test mode), and a
    // random fraction `failRate` of them answers 503 (--fail-rate).
    struct Faults
    {
        int status = 503;
        int count = 0;
        int retryAfter = 1;
    } faults;
    double failRate = 0;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    // A document's content (PUT /api/v1/blobs/…) may be larger than other bodies.
    qint64 maxBlobBytes = DocumentTypes::kMaxBytes;
};

} // namespace pass::portal
