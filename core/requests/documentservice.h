#pragma once

#include "core/domain/requestworkflow.h"
#include "core/store/documentstore.h"

#include <QSqlDatabase>

namespace pass {

// Attaching files to a support request and taking copies of them: the application's buttons
// and passctl's subcommands. Attaching follows the workflow's comment rule (anyone who can read
// the request adds to its thread) and works offline: the document waits in the outbox with its
// bytes in the store. A refused or failed command changes nothing; error() says why, naming
// the file, and rule() names the rule when the workflow refused.
class DocumentService
{
public:
    DocumentService(QSqlDatabase db, WorkflowActor actor);

    // Whether the actor may attach documents to the request now.
    MoveVerdict canAttach(const SupportRequest &request) const;
    // Reads the file (PDF, image or office document, at most DocumentTypes::kMaxBytes) and adds
    // it to the request. *created gets the document.
    bool attach(const QString &requestId, const QString &filePath, RequestDocument *created = nullptr);
    // The same for bytes already in memory (demo data, tests); fileName gives the type.
    bool attachContent(const QString &requestId, const QString &fileName, const QByteArray &content,
                       RequestDocument *created = nullptr);
    // Writes a copy of the document with this SHA-256 on the request into filePath, completely
    // or not at all. Fails when its bytes are not on this computer yet.
    bool saveCopy(const QString &requestId, const QString &sha256, const QString &filePath);

    QString error() const { return m_error; }
    QString rule() const { return m_rule; }

private:
    bool fail(const QString &error, const QString &rule = {});

    QSqlDatabase m_db;
    WorkflowActor m_actor;
    DocumentStore m_store;
    QString m_error;
    QString m_rule;
};

} // namespace pass
