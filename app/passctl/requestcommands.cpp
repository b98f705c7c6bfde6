#include "requestcommands.h"

#include "core/domain/requestlabels.h"
#include "core/requests/accountidentity.h"
#include "core/requests/requestservice.h"
#include "core/requests/requesttimeline.h"
#include "core/requests/timesheet.h"
#include "core/store/database.h"
#include "core/store/requestcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

std::optional<WorkflowActor> signedIn(CommandContext &ctx, const QString &command)
{
    const auto actor = AccountIdentity::load(ctx.db.connection());
    if (!actor)
        ctx.err << "passctl " << command
                << ": no account: sign in and run 'passctl sync' once (or 'passctl whoami --set NAME:ROLE:ISTAT')\n";
    return actor;
}

QJsonObject requestJson(const SupportRequest &r)
{
    QJsonObject o = RequestCodec::toJson(r);
    o.insert(u"id"_s, r.id);
    o.insert(u"version"_s, r.version);
    return o;
}

QJsonObject visitJson(const Visit &v)
{
    QJsonObject o = RequestCodec::toJson(v);
    o.insert(u"id"_s, v.id);
    o.insert(u"version"_s, v.version);
    return o;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Indented);
}

// Requests in the list's order (newest first), filtered as the options say; false with *error
// when the store cannot be read.
bool listed(QSqlDatabase db, const QCommandLineParser &parser, const WorkflowActor *actor,
            QList<SupportRequest> *result, QString *error)
{
    const QString status = parser.value(u"status"_s);
    QList<SupportRequest> all;
    if (!RequestStore(db).requests(parser.value(u"authority"_s), &all, error))
        return false;
    for (const SupportRequest &r : std::as_const(all)) {
        if (!status.isEmpty() && toWireName(r.status) != status)
            continue;
        if (parser.isSet(u"mine"_s) && actor && !r.assignedExperts.contains(actor->username))
            continue;
        *result << r;
    }
    return true;
}

int listRequests(CommandContext &ctx, const QCommandLineParser &parser)
{
    const auto actor = AccountIdentity::load(ctx.db.connection());
    QList<SupportRequest> requests;
    QString error;
    if (!listed(ctx.db.connection(), parser, actor ? &*actor : nullptr, &requests, &error)) {
        ctx.err << "passctl request list: the store cannot be read: " << error << "\n";
        return 1;
    }
    if (parser.value(u"format"_s) == u"json") {
        QJsonArray array;
        for (const SupportRequest &r : requests)
            array.append(requestJson(r));
        printJson(ctx.out, array);
        return 0;
    }
    for (const SupportRequest &r : requests) {
        ctx.out << r.id << "  " << r.createdOn.toString(Qt::ISODate) << "  " << r.authorityIstat << "  "
                << toWireName(r.status).leftJustified(11) << "  " << r.subject << "\n";
    }
    return 0;
}

int showRequest(CommandContext &ctx, const QString &id, const QCommandLineParser &parser)
{
    RequestStore store(ctx.db.connection());
    std::optional<SupportRequest> r;
    QList<TimelineEntry> timeline;
    QList<RequestMessage> messageList;
    QList<Visit> visitList;
    QJsonArray documents;
    QString error;
    if (!store.findRequest(id, &r, &error)
        || (r
            && (!requestTimeline(ctx.db.connection(), id, &timeline, &error) || !store.messages(id, &messageList, &error)
                || !store.visits(id, &visitList, &error) || !documentsJson(ctx.db.connection(), id, &documents, &error)))) {
        ctx.err << "passctl request show: the store cannot be read: " << error << "\n";
        return 1;
    }
    if (!r) {
        ctx.err << "passctl request show: there is no support request " << id << "\n";
        return 1;
    }
    if (parser.value(u"format"_s) == u"json") {
        QJsonObject o = requestJson(*r);
        QJsonArray messages, visits, lines;
        for (const RequestMessage &m : std::as_const(messageList))
            messages.append(QJsonObject{{u"id"_s, m.id}, {u"author"_s, m.author}, {u"body"_s, m.body},
                                        {u"created_at"_s, m.createdAt}});
        for (const Visit &v : std::as_const(visitList))
            visits.append(visitJson(v));
        for (const TimelineEntry &e : timeline)
            lines.append(QJsonObject{{u"at"_s, e.at}, {u"who"_s, e.who}, {u"text"_s, e.text},
                                     {u"detail"_s, e.detail}, {u"pending"_s, e.pending},
                                     {u"kind"_s, e.kind == TimelineEntry::Kind::Status    ? u"status"_s
                                                  : e.kind == TimelineEntry::Kind::Message ? u"message"_s
                                                                                           : u"visit"_s}});
        o.insert(u"messages"_s, messages);
        o.insert(u"visits"_s, visits);
        o.insert(u"timeline"_s, lines);
        o.insert(u"documents"_s, documents);
        printJson(ctx.out, o);
        return 0;
    }
    ctx.out << r->subject << "\n"
            << "  id:           " << r->id << "\n"
            << "  authority:    " << r->authorityIstat << "\n"
            << "  task force:   " << r->taskForceCode << "  procedures: " << r->procedureCodes.join(u", "_s) << "\n"
            << "  kind:         " << requestKindLabel(r->kind) << "  priority: " << priorityLabel(r->priority) << "\n"
            << "  status:       " << requestStatusLabel(r->status) << "\n"
            << "  experts:      " << r->assignedExperts.join(u", "_s) << "\n";
    if (!r->statusReason.isEmpty())
        ctx.out << "  reason:       " << r->statusReason << "\n";
    if (!r->closingSummary.isEmpty())
        ctx.out << "  summary:      " << r->closingSummary << "\n";
    if (!r->description.isEmpty())
        ctx.out << "\n" << r->description << "\n";
    if (!documents.isEmpty()) {
        ctx.out << "\ndocuments:\n";
        for (const QJsonValue &d : documents)
            ctx.out << "  " << d[u"file_name"_s].toString() << "  " << d[u"size"_s].toInteger() << " bytes  "
                    << d[u"state"_s].toString() << "  " << d[u"sha256"_s].toString() << "\n";
    }
    ctx.out << "\ntimeline:\n";
    for (const TimelineEntry &e : timeline) {
        ctx.out << "  " << e.at << "  " << e.who << "  " << e.text;
        if (!e.detail.isEmpty())
            ctx.out << " (" << e.detail << ")";
        if (e.pending)
            ctx.out << "  [not sent yet]";
        ctx.out << "\n";
    }
    return 0;
}

int createRequest(CommandContext &ctx, const QCommandLineParser &parser, RequestService &service)
{
    SupportRequest r;
    r.authorityIstat = parser.value(u"authority"_s);
    if (r.authorityIstat.isEmpty() && service.actor().authorities.size() == 1)
        r.authorityIstat = service.actor().authorities.first();
    r.taskForceCode = parser.value(u"task-force"_s);
    r.procedureCodes = parser.values(u"procedure"_s);
    r.subject = parser.value(u"subject"_s);
    r.description = parser.value(u"description"_s);
    const auto kind = requestKindFromWireName(parser.value(u"kind"_s));
    const auto priority = priorityFromWireName(parser.value(u"priority"_s));
    if (!kind || !priority || r.taskForceCode.isEmpty() || r.subject.isEmpty()) {
        ctx.err << "passctl request create: give --task-force CODE, --kind technical|legal|coaching|training|focus_group,"
                   " --subject TEXT (and --priority low|normal|high|urgent)\n";
        return 2;
    }
    r.kind = *kind;
    r.priority = *priority;
    if (!service.create(&r, parser.isSet(u"submit"_s)))
        return reportRefusal(ctx, u"request create"_s, service);
    ctx.out << r.id << "\n";
    return 0;
}

} // namespace

int runRequestCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"list | show ID | create | submit ID | accept ID | reject ID | assign ID | "
                                              "start ID | complete ID | withdraw ID | comment ID | attach ID FILE | documents ID | "
                                              "fetch-document ID SHA256 --out FILE"_s);
    parser.addOptions({
        {u"format"_s, u"list, show: text or json."_s, u"FORMAT"_s, u"text"_s},
        {u"status"_s, u"list: only requests in this status (draft, submitted, …)."_s, u"STATUS"_s},
        {u"authority"_s, u"list: only this authority; create: the authority (default: yours)."_s, u"ISTAT"_s},
        {u"mine"_s, u"list: only requests assigned to me."_s},
        {u"task-force"_s, u"create: the task force code."_s, u"CODE"_s},
        {u"procedure"_s, u"create: a procedure of the task force (repeat for more)."_s, u"CODE"_s},
        {u"kind"_s, u"create: technical, legal, coaching, training or focus_group."_s, u"KIND"_s},
        {u"subject"_s, u"create: the subject."_s, u"TEXT"_s},
        {u"description"_s, u"create: the description."_s, u"TEXT"_s},
        {u"priority"_s, u"create: low, normal, high or urgent."_s, u"PRIORITY"_s, u"normal"_s},
        {u"submit"_s, u"create: submit at once instead of keeping a draft."_s},
        {u"reason"_s, u"reject, withdraw: why."_s, u"TEXT"_s},
        {u"expert"_s, u"assign: an expert (repeat for more; the set replaces the current one)."_s, u"USER"_s},
        {u"summary"_s, u"complete: the closing summary."_s, u"TEXT"_s},
        {u"text"_s, u"comment: the message."_s, u"TEXT"_s},
        {u"out"_s, u"fetch-document: where to write the copy."_s, u"FILE"_s},
    });
    int code = 0;
    if (!parseCommand(parser, u"request"_s,
                      u"Support requests: list, show, and the workflow's moves. Refused moves exit with 3 and "
                      "name the rule. Documents (PDF, images, office files up to 25 MB): attach adds one offline "
                      "(sent at the next sync), documents lists them with their SHA-256 and state, fetch-document "
                      "writes a copy of one whose content is on this computer."_s,
                      ctx, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"list")
        return listRequests(ctx, parser);
    if (action == u"show" && args.size() == 2)
        return showRequest(ctx, args.at(1), parser);
    if (isDocumentAction(action))
        return runDocumentAction(ctx, args, parser);
    const auto actor = signedIn(ctx, u"request "_s + action);
    if (!actor)
        return 1;
    RequestService service(ctx.db.connection(), *actor);
    if (action == u"create")
        return createRequest(ctx, parser, service);
    if (action == u"comment" && args.size() == 2) {
        RequestMessage m;
        if (!service.comment(args.at(1), parser.value(u"text"_s), &m))
            return reportRefusal(ctx, u"request comment"_s, service);
        ctx.out << m.id << "\n";
        return 0;
    }
    const auto move = RequestWorkflow::moveFromName(action);
    static const QList<RequestMove> moves{RequestMove::Submit, RequestMove::Accept, RequestMove::Reject,
                                          RequestMove::Assign, RequestMove::Start, RequestMove::Complete,
                                          RequestMove::Withdraw};
    if (!move || !moves.contains(*move) || args.size() != 2) {
        ctx.err << "passctl request: unknown action or missing ID; see 'passctl request --help'\n";
        return 2;
    }
    const MoveInput input{parser.value(u"reason"_s), parser.values(u"expert"_s), parser.value(u"summary"_s)};
    if (!service.move(args.at(1), *move, input))
        return reportRefusal(ctx, u"request "_s + action, service);
    std::optional<SupportRequest> moved;
    QString error;
    if (!RequestStore(ctx.db.connection()).findRequest(args.at(1), &moved, &error) || !moved) {
        ctx.err << "passctl request " << action << ": done, but the request cannot be read back: " << error << "\n";
        return 1;
    }
    ctx.out << args.at(1) << " " << toWireName(moved->status) << "\n";
    return 0;
}

int reportRefusal(CommandContext &ctx, const QString &command, const RequestService &service)
{
    ctx.err << "passctl " << command << ": " << service.error();
    if (!service.rule().isEmpty())
        ctx.err << " [" << service.rule() << "]";
    ctx.err << "\n";
    // A refusal by the workflow's rule table: exit code 3, distinct from usage (2) and failures (1).
    return service.rule().isEmpty() ? 1 : 3;
}

int runWhoamiCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"set"_s, u"Record the account for offline work before the first sync (NAME:ROLE[:ISTAT,…]). "
                                "The portal checks every move again."_s,
                      u"IDENTITY"_s});
    int code = 0;
    if (!parseCommand(parser, u"whoami"_s, u"The account the workflow acts as (learnt from the portal at each sync)."_s,
                      ctx, &code))
        return code;
    QString error;
    if (parser.isSet(u"set"_s)) {
        const auto actor = AccountIdentity::parse(parser.value(u"set"_s), &error);
        if (!actor || !AccountIdentity::save(ctx.db.connection(), *actor, &error)) {
            ctx.err << "passctl whoami: " << error << "\n";
            return actor ? 1 : 2;
        }
    }
    const auto actor = AccountIdentity::load(ctx.db.connection());
    if (!actor) {
        ctx.err << "passctl whoami: no account yet\n";
        return 1;
    }
    ctx.out << actor->username << " " << RequestWorkflow::roleName(actor->role) << " "
            << actor->authorities.join(u',') << "\n";
    return 0;
}
