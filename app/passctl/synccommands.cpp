#include "synccommands.h"

#include "core/store/casefilecodec.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/sync/conflictstore.h"
#include "core/sync/rejectionstore.h"
#include "core/sync/syncreport.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncaccount.h"
#include "core/sync/syncclock.h"
#include "core/sync/syncengine.h"
#include "core/sync/synclog.h"
#include "core/sync/syncstate.h"
#include "core/requests/accountidentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

const char *const kTokenVariable = "PASS_ACCESS_TOKEN";

// A list as an indented JSON array, one object per item.
template<typename Item, typename ToJson>
void printJsonList(QTextStream &out, const QList<Item> &items, ToJson toJson)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(toJson(item));
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

// A portal client for the store: --server wins, else the address saved at login.
struct Session
{
    QNetworkAccessManager nam;
    PortalClient client{&nam, SyncClock::system()};
    TokenStore tokens;
    SyncAccount account;

    explicit Session(Database &db) : account(db.connection(), &client, SyncClock::system(), &tokens) { }

    bool setUp(const QString &server, bool needToken, QTextStream &err)
    {
        QString error;
        std::optional<QUrl> stored;
        if (server.isEmpty() && !(stored = account.portalUrl(&error))) {
            err << "passctl: the store cannot be read: " << error << "\n";
            return false;
        }
        const QUrl url = server.isEmpty() ? *stored : QUrl(server);
        if (url.isEmpty()) {
            err << "passctl: no portal address: pass --server URL\n";
            return false;
        }
        if (!client.setBaseUrl(url, &error)) {
            err << "passctl: " << error << "\n";
            return false;
        }
        if (!needToken)
            return true;
        const QString token = qEnvironmentVariable(kTokenVariable);
        if (!token.isEmpty()) {
            client.setAccessToken(token);
            return true;
        }
        // A renewed sign-in the keychain refused: this run goes on, the person is told now.
        account.setProblemHandler([&err](const QString &problem) {
            err << "passctl: " << problem << "\n";
            err.flush();
        });
        if (!account.prepareClient(&error)) {
            err << "passctl: " << error << "\n";
            return false;
        }
        return true;
    }
};

QString lastCursorShort(const QString &cursor)
{
    return cursor.size() > 24 ? cursor.left(24) + u"…"_s : cursor;
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return u"(none)"_s;
    return CaseFileCodec::fieldText(QJsonObject{{u"v"_s, v}}, u"v"_s);
}

bool parseBool(const QString &text, bool *ok)
{
    const QString t = text.toLower();
    *ok = true;
    if (t == u"1" || t == u"true" || t == u"yes" || t == u"si" || t == u"sì" || t == u"y")
        return true;
    if (t == u"0" || t == u"false" || t == u"no" || t == u"n" || t.isEmpty())
        return false;
    *ok = false;
    return false;
}

// Applies canonical CSV column=value pairs to a case file.
bool applyAssignments(const QStringList &pairs, CaseFile *c, QTextStream &err)
{
    static const QStringList kFields{u"authority_istat"_s, u"procedure_code"_s, u"protocol_number"_s,
                                     u"start_date"_s,      u"end_date"_s,       u"outcome"_s,
                                     u"services_conference"_s, u"suspended"_s, u"responsible"_s, u"notes"_s};
    QJsonObject json;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString field = pair.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : pair.mid(eq + 1);
        if (eq < 0 || !kFields.contains(field)) {
            err << "passctl case: expected field=value with field one of " << kFields.join(u", "_s) << ", got '"
                << pair << "'\n";
            return false;
        }
        bool ok = true;
        if (field == u"services_conference") {
            json.insert(field, parseBool(value, &ok));
        } else if (field == u"suspended") {
            const bool suspended = parseBool(value, &ok);
            if (!suspended)
                c->suspensions.clear();
            else if (c->suspensions.isEmpty())
                c->suspensions << Suspension{}; // dates unknown: the flag is what the CSV carries
        } else if ((field == u"end_date" || field == u"outcome") && value.isEmpty()) {
            json.insert(field, QJsonValue());
        } else {
            json.insert(field, value);
        }
        if (!ok) {
            err << "passctl case: " << field << " must be true or false, got '" << value << "'\n";
            return false;
        }
    }
    CaseFileCodec::applyJson(json, c);
    return true;
}

} // namespace

int runLoginCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"server"_s, u"The portal address (https://…, or http:// on this computer)."_s, u"URL"_s});
    parser.addOption({u"no-browser"_s, u"Only print the sign-in address; do not open a browser."_s});
    int code = 0;
    if (!parseCommand(parser, u"login"_s, u"Sign in to the portal in the browser; the sign-in is kept in the system keychain."_s, ctx, &code))
        return code;
    Session s(ctx.db);
    if (!s.setUp(parser.value(u"server"_s), false, ctx.err))
        return 1;
    QString error;
    if (!s.account.setPortalUrl(s.client.baseUrl(), &error)) {
        ctx.err << "passctl login: " << error << "\n";
        return 1;
    }
    const bool noBrowser = parser.isSet(u"no-browser"_s);
    const auto open = [&](const QUrl &url) {
        ctx.err << "Sign in at: " << url.toString(QUrl::FullyEncoded) << "\n";
        ctx.err.flush();
        if (!noBrowser)
            QProcess::startDetached(u"xdg-open"_s, {url.toString(QUrl::FullyEncoded)});
        return true;
    };
    if (!s.account.signIn(open, &error)) {
        ctx.err << "passctl login: " << error << "\n";
        return 1;
    }
    ctx.out << "signed in to " << s.client.baseUrl().toString() << " as " << s.account.account(&error).value_or(QString())
            << "\n";
    return 0;
}

int runLogoutCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseCommand(parser, u"logout"_s, u"Sign out: revoke the sign-in at the portal and forget it here."_s, ctx, &code))
        return code;
    Session s(ctx.db);
    if (!s.setUp({}, false, ctx.err))
        return 1;
    QString error;
    s.account.signOut(&error);
    if (!error.isEmpty())
        ctx.err << "passctl logout: " << error << "\n";
    ctx.out << "signed out\n";
    return 0;
}

int runSyncCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"server"_s, u"The portal address (default: the one used at login)."_s, u"URL"_s});
    parser.addOption({u"progress"_s, u"Report progress on standard error."_s});
    parser.addOption({u"page-size"_s, u"Changes per page (default 5000, the most the portal sends)."_s, u"N"_s, u"5000"_s});
    int code = 0;
    if (!parseCommand(parser, u"sync"_s, u"Send local edits to the portal and receive its changes."_s, ctx, &code))
        return code;
    Session s(ctx.db);
    if (!s.setUp(parser.value(u"server"_s), true, ctx.err))
        return 1;
    SyncEngine engine(ctx.db.connection(), &s.client);
    engine.addDefaultAdapters();
    engine.setPageSize(std::clamp(parser.value(u"page-size"_s).toInt(), 1, 5000));
    if (parser.isSet(u"progress"_s)) {
        engine.setProgressCallback([&ctx](const SyncProgress &p) {
            const char *phase = p.phase == SyncProgress::Phase::Push ? "push" : p.phase == SyncProgress::Phase::Pull ? "pull" : "done";
            ctx.err << phase << ": " << p.records << " records, " << p.bytes << " bytes, " << p.pending << " pending\n";
            ctx.err.flush();
        });
    }
    const SyncResult r = engine.run();
    if (!r.ok) {
        ctx.err << "passctl sync: " << r.error << "\n";
        return 1;
    }
    ctx.out << "sync done: " << r.pushed << " sent, " << r.pulled << " received, " << r.conflicts << " conflicts, "
            << r.rejected << " refused\n";
    // Who the account is (role, authorities), for the workflow's checks while offline.
    QString identityError;
    if (!AccountIdentity::refresh(ctx.db.connection(), &s.client, &identityError))
        ctx.err << "passctl sync: could not learn the account's role: " << identityError << "\n";
    return 0;
}

int runStatusCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, u"text or json (default text)."_s, u"FORMAT"_s, u"text"_s});
    int code = 0;
    if (!parseCommand(parser, u"status"_s, u"Show the sync state: outbox, conflicts, last sync, cursor."_s, ctx, &code))
        return code;
    QSqlDatabase db = ctx.db.connection();
    SyncReport s;
    QString readError;
    if (!SyncReport::read(db, &s, &readError)) {
        ctx.err << "passctl status: the store cannot be read: " << readError << "\n";
        return 1;
    }
    const qint64 outbox = s.waiting;
    const qint64 conflicts = s.conflicts;
    const qint64 rejected = s.refused.size();
    QJsonArray retrying;
    for (const OutboxEntry &e : s.retrying)
        retrying.append(QJsonObject{{u"entity"_s, e.entity}, {u"id"_s, e.recordId}, {u"op"_s, e.op},
                                    {u"attempts"_s, e.attempts}, {u"error"_s, e.lastError}});
    QJsonArray refused;
    for (const RejectionStore::Rejection &r : s.refused)
        refused.append(QJsonObject{{u"entity"_s, r.entity}, {u"id"_s, r.recordId}, {u"op"_s, r.op},
                                   {u"status"_s, r.status}, {u"message"_s, r.message}, {u"at"_s, r.rejectedAt}});
    const QJsonObject status{
        {u"portal"_s, s.portal},
        {u"account"_s, s.account},
        {u"outbox"_s, outbox},
        {u"retrying"_s, retrying},
        {u"conflicts"_s, conflicts},
        {u"rejected"_s, rejected},
        {u"refused"_s, refused},
        {u"last_sync"_s, s.lastSync},
        {u"last_error"_s, s.lastError},
        {u"cursor"_s, s.cursor},
    };
    if (parser.value(u"format"_s) == u"json") {
        ctx.out << QJsonDocument(status).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (parser.value(u"format"_s) != u"text") {
        ctx.err << "passctl status: --format must be text or json\n";
        return 2;
    }
    const auto orNone = [](const QString &s) { return s.isEmpty() ? u"(none)"_s : s; };
    ctx.out << "portal:     " << orNone(status[u"portal"].toString()) << "\n"
            << "account:    " << orNone(status[u"account"].toString()) << "\n"
            << "outbox:     " << outbox << " edits waiting\n"
            << "conflicts:  " << conflicts << " open\n"
            << "rejected:   " << rejected << " edits refused by the portal (passctl rejections list)\n"
            << "last sync:  " << orNone(status[u"last_sync"].toString()) << "\n"
            << "cursor:     " << orNone(lastCursorShort(status[u"cursor"].toString())) << "\n";
    if (!status[u"last_error"].toString().isEmpty())
        ctx.out << "last error: " << status[u"last_error"].toString() << "\n";
    if (!s.retrying.isEmpty())
        ctx.out << "waiting for a retry (sent, not taken yet: sent again at the next sync):\n";
    for (const OutboxEntry &e : s.retrying)
        ctx.out << "  " << e.op << " " << e.entity << " " << e.recordId << " (" << e.attempts << " attempts): "
                << e.lastError << "\n";
    if (!s.refused.isEmpty())
        ctx.out << "refused by the portal (final; the edit stays here):\n";
    for (const RejectionStore::Rejection &r : s.refused)
        ctx.out << "  " << r.op << " " << r.entity << " " << r.recordId << ": " << r.message << "\n";
    QList<SyncLog::Entry> log;
    if (!SyncLog(db).recent(5, &log, &readError)) {
        ctx.err << "passctl status: the sync log cannot be read: " << readError << "\n";
        return 1;
    }
    if (!log.isEmpty())
        ctx.out << "recent sync log:\n";
    for (const SyncLog::Entry &e : log)
        ctx.out << "  " << e.at << " " << e.level << " " << e.message << "\n";
    return 0;
}

int runConflictsCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, u"text or json (list; default text)."_s, u"FORMAT"_s, u"text"_s});
    parser.addPositionalArgument(u"action"_s, u"list, or resolve ID mine|theirs"_s);
    int code = 0;
    if (!parseCommand(parser, u"conflicts"_s, u"List open sync conflicts, or resolve one."_s, ctx, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    QSqlDatabase db = ctx.db.connection();
    QNetworkAccessManager nam;
    PortalClient client(&nam, SyncClock::system());
    SyncEngine engine(db, &client); // only for its adapters: nothing is sent here
    engine.addDefaultAdapters();
    ConflictStore store(db, [&engine](const QString &e) { return engine.adapter(e); });
    if (args.value(0, u"list"_s) == u"list") {
        QList<ConflictStore::Conflict> open;
        QString error;
        if (!store.open(&open, &error)) {
            ctx.err << "passctl conflicts: the store cannot be read: " << error << "\n";
            return 1;
        }
        if (parser.value(u"format"_s) == u"json") {
            printJsonList(ctx.out, open, [](const ConflictStore::Conflict &c) {
                return QJsonObject{{u"id"_s, c.id}, {u"entity"_s, c.entity}, {u"record_id"_s, c.recordId},
                                   {u"field"_s, c.field}, {u"base"_s, c.base}, {u"mine"_s, c.mine},
                                   {u"theirs"_s, c.theirs}, {u"server_version"_s, c.serverVersion},
                                   {u"detected_at"_s, c.detectedAt}};
            });
            return 0;
        }
        if (open.isEmpty())
            ctx.out << "no open conflicts\n";
        for (const auto &c : open) {
            if (c.field == ConflictStore::kWholeRecord) {
                ctx.out << c.id << "  " << c.entity << " " << c.recordId << ": "
                        << (c.theirs.isNull() ? "deleted on the portal, edited here" : "deleted here, changed on the portal")
                        << "\n";
            } else {
                ctx.out << c.id << "  " << c.entity << " " << c.recordId << " " << c.field << ": mine '"
                        << valueText(c.mine) << "', theirs '" << valueText(c.theirs) << "', was '" << valueText(c.base)
                        << "'\n";
            }
        }
        return 0;
    }
    if (args.value(0) == u"resolve" && args.size() == 3 && (args[2] == u"mine" || args[2] == u"theirs")) {
        QString error;
        if (!store.resolve(args[1].toLongLong(), args[2] == u"mine" ? ConflictStore::Choice::Mine : ConflictStore::Choice::Theirs,
                           &error)) {
            ctx.err << "passctl conflicts: " << error << "\n";
            return 1;
        }
        ctx.out << "resolved " << args[1] << " (" << args[2] << "); the choice goes to the portal at the next sync\n";
        return 0;
    }
    ctx.err << "passctl conflicts: use 'list' or 'resolve ID mine|theirs'\n";
    return 2;
}

int runRejectionsCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, u"text or json (list; default text)."_s, u"FORMAT"_s, u"text"_s});
    parser.addPositionalArgument(u"action"_s, u"list, or clear"_s);
    int code = 0;
    if (!parseCommand(parser, u"rejections"_s, u"List the local edits the portal refused, and why; or clear the list."_s,
                      ctx, &code))
        return code;
    RejectionStore store(ctx.db.connection());
    const QString action = parser.positionalArguments().value(0, u"list"_s);
    if (action == u"clear") {
        QString error;
        const qint64 cleared = store.clear(&error);
        if (cleared < 0) {
            ctx.err << "passctl rejections: " << error << "\n";
            return 1;
        }
        ctx.out << "cleared " << cleared << " refused edits\n";
        return 0;
    }
    if (action != u"list") {
        ctx.err << "passctl rejections: use 'list' or 'clear'\n";
        return 2;
    }
    QList<RejectionStore::Rejection> rejections;
    QString error;
    if (!store.list(&rejections, &error)) {
        ctx.err << "passctl rejections: the store cannot be read: " << error << "\n";
        return 1;
    }
    if (parser.value(u"format"_s) == u"json") {
        printJsonList(ctx.out, rejections, [](const RejectionStore::Rejection &r) {
            return QJsonObject{{u"id"_s, r.id}, {u"mutation_id"_s, r.mutationId}, {u"entity"_s, r.entity},
                               {u"record_id"_s, r.recordId}, {u"op"_s, r.op}, {u"fields"_s, r.fields},
                               {u"status"_s, r.status}, {u"field"_s, r.field.isEmpty() ? QJsonValue() : QJsonValue(r.field)},
                               {u"message"_s, r.message}, {u"rejected_at"_s, r.rejectedAt}};
        });
        return 0;
    }
    if (rejections.isEmpty())
        ctx.out << "no refused edits\n";
    for (const auto &r : rejections)
        ctx.out << r.id << "  " << r.rejectedAt << " " << r.op << " " << r.entity << " " << r.recordId << ": " << r.message << "\n";
    return 0;
}

int runCaseCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"add field=value…, or update ID field=value…"_s);
    int code = 0;
    if (!parseCommand(parser, u"case"_s,
                      u"Add or change a case file; fields are the canonical CSV column names "
                      "(authority_istat, procedure_code, protocol_number, start_date, end_date, outcome, "
                      "services_conference, suspended, responsible, notes)."_s, ctx, &code))
        return code;
    QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    CaseFileStore store(ctx.db.connection());
    QString error;
    if (action == u"add" && args.size() >= 2) {
        CaseFile c;
        if (!applyAssignments(args.mid(1), &c, ctx.err))
            return 2;
        if (!store.insert(&c, EditContext::local(), &error)) {
            ctx.err << "passctl case add: " << error << "\n";
            return 1;
        }
        ctx.out << c.id << "\n";
        return 0;
    }
    if (action == u"update" && args.size() >= 3) {
        std::optional<CaseFile> c;
        if (!store.find(args[1], &c, &error)) {
            ctx.err << "passctl case update: the store cannot be read: " << error << "\n";
            return 1;
        }
        if (!c) {
            ctx.err << "passctl case update: no case file " << args[1] << "\n";
            return 1;
        }
        if (!applyAssignments(args.mid(2), &*c, ctx.err))
            return 2;
        if (!store.update(*c, EditContext::local(), &error)) {
            ctx.err << "passctl case update: " << error << "\n";
            return 1;
        }
        ctx.out << c->id << "\n";
        return 0;
    }
    ctx.err << "passctl case: use 'add field=value…' or 'update ID field=value…'\n";
    return 2;
}
