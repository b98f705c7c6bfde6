#include "documentdesk.h"

#include "core/requests/accountidentity.h"
#include "core/requests/documentservice.h"
#include "core/store/database.h"
#include "core/store/requeststore.h"
#include "core/workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pass {

DocumentDesk::DocumentDesk(const Workspace &workspace)
    : m_db(workspace.store().connection())
{
}

bool DocumentDesk::documents(const QString &requestId, QList<DocumentRow> *rows, QString *error) const
{
    DocumentStore store(m_db);
    QList<RequestDocument> documents;
    rows->clear();
    if (!store.documents(requestId, &documents, error))
        return false;
    for (const RequestDocument &d : std::as_const(documents)) {
        DocumentRow row{d, DocumentStore::State::WaitingToUpload};
        if (!store.state(d, &row.state, error)) {
            rows->clear();
            return false;
        }
        rows->append(row);
    }
    return true;
}

MoveVerdict DocumentDesk::canAttach(const QString &requestId) const
{
    std::optional<SupportRequest> request;
    QString error;
    if (!RequestStore(m_db).findRequest(requestId, &request, &error))
        return MoveVerdict::refuse(MoveVerdict::Kind::Missing, u"store.read"_s, error);
    const auto actor = AccountIdentity::load(m_db);
    if (!request || !actor) {
        return MoveVerdict::refuse(MoveVerdict::Kind::Who, u"comment.who"_s,
                                   QCoreApplication::translate("pass::DocumentDesk",
                                                               "sign in and sync once to add documents"));
    }
    return DocumentService(m_db, *actor).canAttach(*request);
}

bool DocumentDesk::attach(const QString &requestId, const QString &filePath, QString *error)
{
    const MoveVerdict verdict = canAttach(requestId);
    if (!verdict.allowed) {
        *error = verdict.message;
        return false;
    }
    DocumentService service(m_db, *AccountIdentity::load(m_db));
    if (service.attach(requestId, filePath))
        return true;
    *error = service.error();
    return false;
}

bool DocumentDesk::saveCopy(const QString &requestId, const QString &sha256, const QString &filePath, QString *error)
{
    DocumentService service(m_db, AccountIdentity::load(m_db).value_or(WorkflowActor{}));
    if (service.saveCopy(requestId, sha256, filePath))
        return true;
    *error = service.error();
    return false;
}

std::optional<QString> DocumentDesk::viewableCopy(const RequestDocument &d, QString *error) const
{
    // One folder per content: two documents with the same name but different bytes never meet.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/documents/"_s + d.sha256;
    const QString path = folder + u'/' + QFileInfo(d.fileName).fileName();
    if (QFileInfo(path).size() == d.size)
        return path;
    std::optional<QByteArray> content;
    if (!DocumentStore(m_db).content(d.sha256, &content, error))
        return std::nullopt;
    if (!content) {
        *error = QCoreApplication::translate("pass::DocumentDesk", "%1: its content is not on this computer yet: sync first")
                     .arg(d.fileName);
        return std::nullopt;
    }
    QSaveFile out(path);
    if (!QDir().mkpath(folder) || !out.open(QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.commit()) {
        *error = QCoreApplication::translate("pass::DocumentDesk", "%1: cannot write %2: %3")
                     .arg(d.fileName, path, out.errorString());
        return std::nullopt;
    }
    return path;
}

} // namespace pass
