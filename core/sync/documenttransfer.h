#pragma once

#include "core/store/documentstore.h"
#include "core/store/outbox.h"

#include <QSqlDatabase>

namespace pass {

class PortalClient;

// The bytes of request documents between the store and the portal. Uploads are content-addressed
// (PUT /api/v1/blobs/{sha256}): sending the same bytes again, after a lost answer or from another
// computer, stores nothing twice, and the document's metadata goes afterwards as an ordinary
// mutation that names the hash. Downloads (GET /api/v1/support-requests/{id}/documents/{sha256})
// are checked against the document's SHA-256 and size before anything is stored.
class DocumentTransfer
{
public:
    DocumentTransfer(QSqlDatabase db, PortalClient *client);

    // Uploads the contents the documents created in these outbox entries need and the portal has
    // not confirmed yet. False with *error when one could not be sent (the entries then wait).
    bool uploadFor(const QList<OutboxEntry> &entries, QString *error);
    // Downloads the contents of the documents whose bytes are not here (*count: how many came).
    bool downloadMissing(int *count, QString *error);
    // Downloads one document's content, checks and keeps it.
    bool download(const RequestDocument &document, QString *error);

    qint64 bytes() const { return m_bytes; }

private:
    QSqlDatabase m_db;
    PortalClient *m_client;
    DocumentStore m_store;
    qint64 m_bytes = 0;
};

} // namespace pass
