#pragma once

#include "core/domain/requestdocument.h"
#include "core/store/auditlog.h"

#include <QSqlDatabase>

#include <optional>

namespace pass {

// The documents of support requests: their metadata (request_documents, synced and journalled
// like messages) and their bytes (document_blobs, one row per SHA-256, shared by every document
// with the same content). A document and its content are written in one transaction, so a
// killed process leaves the whole document or none of it.
class DocumentStore
{
public:
    explicit DocumentStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // Where each document stands on this computer.
    enum class State {
        WaitingToUpload, // added here, not yet taken by the portal
        OnThePortal,     // taken by the portal, bytes here
        NotDownloaded,   // known from the portal, bytes not here yet
        LocalOnly,       // here and nowhere else: refused by the portal, or demo data
    };

    // Every read answers into its out-parameter and returns true; when the store cannot be read
    // it returns false with *error, never an answer that looks like "no document", "no bytes".
    bool find(const QString &id, std::optional<RequestDocument> *found, QString *error) const;
    // The request's documents, oldest first.
    bool documents(const QString &requestId, QList<RequestDocument> *list, QString *error) const;
    bool state(const RequestDocument &d, State *state, QString *error) const;

    bool hasContent(const QString &sha256, bool *here, QString *error) const;
    // The bytes, or nullopt when they are not here.
    bool content(const QString &sha256, std::optional<QByteArray> *bytes, QString *error) const;
    bool isUploaded(const QString &sha256, bool *uploaded, QString *error) const;

    // Adds a new document with its content, inside the caller's transaction: the bytes (unless
    // the same content is here already), the row, the audit rows and the outbox row. Gives the
    // document an id and added_at when they are empty, and sets its size and SHA-256.
    bool addInTransaction(RequestDocument *d, const QByteArray &content, const EditContext &ctx, QString *error);
    // Keeps downloaded bytes after their hash was checked (its own transaction); a content
    // already here is left as it is. uploaded: the portal holds them.
    bool storeContent(const QString &sha256, const QByteArray &content, bool uploaded, QString *error);
    bool markUploaded(const QString &sha256, QString *error);

    // Sync writes (origin Sync: no outbox), inside the caller's transaction.
    bool saveInTransaction(RequestDocument *d, const EditContext &ctx, QString *error);
    bool removeInTransaction(const QString &id, const EditContext &ctx, QString *error);
    // Content no document refers to any more (its documents were removed), inside the caller's
    // transaction.
    bool pruneContentInTransaction(QString *error);

    // Documents whose bytes are not here, for the sync to download.
    bool missingContent(QList<RequestDocument> *list, QString *error) const;

    static QString sha256Of(const QByteArray &content);

private:
    bool insertRow(const RequestDocument &d, QString *error);

    QSqlDatabase m_db;
};

} // namespace pass
