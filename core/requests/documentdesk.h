#pragma once

#include "core/domain/requestworkflow.h"
#include "core/store/documentstore.h"

#include <QSqlDatabase>

#include <optional>

namespace pass {

class Workspace;

// One document of a request as the views list it: the metadata and where it stands.
struct DocumentRow
{
    RequestDocument document;
    DocumentStore::State state = DocumentStore::State::WaitingToUpload;
};

// What the documents panel reads and does, over the workspace's store, as the signed-in
// account: the request's documents, whether the account may attach one (and why not), adding a
// file, and copies of a document for the person to keep or for the desktop's viewer.
class DocumentDesk
{
public:
    explicit DocumentDesk(const Workspace &workspace);

    // The request's documents; false with *error when the store cannot be read.
    bool documents(const QString &requestId, QList<DocumentRow> *rows, QString *error) const;
    MoveVerdict canAttach(const QString &requestId) const;
    // False with *error naming the file (or the rule) when it was not added.
    bool attach(const QString &requestId, const QString &filePath, QString *error);
    bool saveCopy(const QString &requestId, const QString &sha256, const QString &filePath, QString *error);
    // A copy under the user's cache folder, named as the document, for the desktop to open
    // (written once per content). Nothing when the bytes are not here yet.
    std::optional<QString> viewableCopy(const RequestDocument &document, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace pass
