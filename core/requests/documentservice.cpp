#include "documentservice.h"

#include "core/store/requeststore.h"
#include "core/store/transaction.h"
#include "core/util/stage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::DocumentService", text);
}

} // namespace

DocumentService::DocumentService(QSqlDatabase db, WorkflowActor actor)
    : m_db(db), m_actor(std::move(actor)), m_store(db)
{
}

bool DocumentService::fail(const QString &error, const QString &rule)
{
    m_error = error;
    m_rule = rule;
    return false;
}

MoveVerdict DocumentService::canAttach(const SupportRequest &request) const
{
    // The comment rule, in words about documents.
    MoveVerdict verdict = RequestWorkflow::check(RequestMove::Comment, m_actor, request);
    if (!verdict.allowed)
        verdict.message = tr("only someone who can read the request can add documents to it");
    return verdict;
}

bool DocumentService::attach(const QString &requestId, const QString &filePath, RequestDocument *created)
{
    m_error.clear();
    m_rule.clear();
    const QFileInfo info(filePath);
    const QString name = info.fileName();
    if (!info.isFile())
        return fail(tr("%1: there is no such file").arg(filePath));
    // Refused before reading: a film of gigabytes is not loaded to be told it is too large.
    if (info.size() > DocumentTypes::kMaxBytes)
        return fail(DocumentTypes::tooLargeMessage(name, info.size()));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read the file: %2").arg(name, file.errorString()));
    const QByteArray content = file.read(DocumentTypes::kMaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1: cannot read the file: %2").arg(name, file.errorString()));
    return attachContent(requestId, name, content, created);
}

bool DocumentService::attachContent(const QString &requestId, const QString &fileName, const QByteArray &content,
                                    RequestDocument *created)
{
    m_error.clear();
    m_rule.clear();
    std::optional<SupportRequest> request;
    QString error;
    if (!RequestStore(m_db).findRequest(requestId, &request, &error))
        return fail(error);
    if (!request)
        return fail(tr("there is no support request %1").arg(requestId));
    const MoveVerdict verdict = canAttach(*request);
    if (!verdict.allowed)
        return fail(verdict.message, verdict.rule);
    RequestDocument d;
    d.requestId = requestId;
    d.fileName = QFileInfo(fileName).fileName();
    d.addedBy = m_actor.username;
    if (!DocumentTypes::check(d.fileName, content, &d.mediaType, &error))
        return fail(error);
    Transaction tx(m_db);
    if (!tx.begin(&error) || !m_store.addInTransaction(&d, content, EditContext{EditOrigin::Local, m_actor.username}, &error)
        || !tx.commit(&error))
        return fail(tr("%1: could not be added: %2").arg(d.fileName, Transaction::describeFailure(m_db, error)));
    reachStage("document:committed");
    if (created)
        *created = d;
    return true;
}

bool DocumentService::saveCopy(const QString &requestId, const QString &sha256, const QString &filePath)
{
    m_error.clear();
    m_rule.clear();
    const QString hash = sha256.toLower();
    bool onRequest = false;
    QString name;
    QList<RequestDocument> documents;
    QString error;
    if (!m_store.documents(requestId, &documents, &error))
        return fail(error);
    for (const RequestDocument &d : std::as_const(documents)) {
        if (d.sha256 == hash) {
            onRequest = true;
            name = d.fileName;
        }
    }
    if (!onRequest)
        return fail(tr("the request %1 has no document with SHA-256 %2").arg(requestId, sha256));
    std::optional<QByteArray> content;
    if (!m_store.content(hash, &content, &error))
        return fail(error);
    if (!content)
        return fail(tr("%1: its content is not on this computer yet: sync first").arg(name));
    QSaveFile out(filePath);
    if (!out.open(QIODevice::WriteOnly) || out.write(*content) != content->size() || !out.commit())
        return fail(tr("%1: cannot write %2: %3").arg(name, filePath, out.errorString()));
    return true;
}

} // namespace pass
