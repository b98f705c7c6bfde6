// passctl request attach | documents | fetch-document: a request's documents from the command line.
#include "requestcommands.h"

#include "core/requests/accountidentity.h"
#include "core/requests/documentservice.h"
#include "core/store/database.h"
#include "core/store/documentcodec.h"
#include "core/store/requeststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

QString stateName(DocumentStore::State state)
{
    switch (state) {
    case DocumentStore::State::WaitingToUpload: return u"waiting-to-upload"_s;
    case DocumentStore::State::OnThePortal: return u"on-the-portal"_s;
    case DocumentStore::State::NotDownloaded: return u"not-downloaded"_s;
    case DocumentStore::State::LocalOnly: return u"only-here"_s;
    }
    return {};
}

} // namespace

bool documentsJson(QSqlDatabase db, const QString &requestId, QJsonArray *array, QString *error)
{
    DocumentStore store(db);
    QList<RequestDocument> documents;
    if (!store.documents(requestId, &documents, error))
        return false;
    for (const RequestDocument &d : std::as_const(documents)) {
        DocumentStore::State state = DocumentStore::State::LocalOnly;
        if (!store.state(d, &state, error))
            return false;
        QJsonObject o = RequestCodec::toJson(d);
        o.insert(u"id"_s, d.id);
        o.insert(u"version"_s, d.version);
        o.insert(u"state"_s, stateName(state));
        array->append(o);
    }
    return true;
}

namespace {

int listDocuments(CommandContext &ctx, const QString &requestId, bool json)
{
    std::optional<SupportRequest> request;
    QJsonArray documents;
    QString error;
    if (!RequestStore(ctx.db.connection()).findRequest(requestId, &request, &error)
        || (request && !documentsJson(ctx.db.connection(), requestId, &documents, &error))) {
        ctx.err << "passctl request documents: the store cannot be read: " << error << "\n";
        return 1;
    }
    if (!request) {
        ctx.err << "passctl request documents: there is no support request " << requestId << "\n";
        return 1;
    }
    if (json) {
        ctx.out << QJsonDocument(documents).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const QJsonValue &d : std::as_const(documents)) {
        ctx.out << d[u"sha256"_s].toString() << "  " << QString::number(d[u"size"_s].toInteger()).rightJustified(9)
                << "  " << d[u"state"_s].toString().leftJustified(17) << "  " << d[u"file_name"_s].toString() << "\n";
    }
    return 0;
}

} // namespace

bool isDocumentAction(const QString &action)
{
    return action == u"attach" || action == u"documents" || action == u"fetch-document";
}

int runDocumentAction(CommandContext &ctx, const QStringList &args, const QCommandLineParser &parser)
{
    const QString action = args.value(0);
    if (action == u"documents" && args.size() == 2)
        return listDocuments(ctx, args.at(1), parser.value(u"format"_s) == u"json");
    if (action == u"fetch-document" && args.size() == 3) {
        const QString out = parser.value(u"out"_s);
        if (out.isEmpty()) {
            ctx.err << "passctl request fetch-document: give --out FILE\n";
            return 2;
        }
        DocumentService service(ctx.db.connection(), AccountIdentity::load(ctx.db.connection()).value_or(WorkflowActor{}));
        if (!service.saveCopy(args.at(1), args.at(2), out)) {
            ctx.err << "passctl request fetch-document: " << service.error() << "\n";
            return 1;
        }
        ctx.out << out << "\n";
        return 0;
    }
    if (action == u"attach" && args.size() == 3) {
        const auto actor = AccountIdentity::load(ctx.db.connection());
        if (!actor) {
            ctx.err << "passctl request attach: no account: sign in and run 'passctl sync' once (or 'passctl whoami "
                       "--set NAME:ROLE:ISTAT')\n";
            return 1;
        }
        DocumentService service(ctx.db.connection(), *actor);
        RequestDocument d;
        if (!service.attach(args.at(1), args.at(2), &d)) {
            ctx.err << "passctl request attach: " << service.error();
            if (!service.rule().isEmpty())
                ctx.err << " [" << service.rule() << "]";
            ctx.err << "\n";
            return service.rule().isEmpty() ? 1 : 3;
        }
        ctx.out << d.id << " " << d.sha256 << "\n";
        return 0;
    }
    ctx.err << "passctl request " << action << ": see 'passctl request --help' for its arguments\n";
    return 2;
}
