#include "requestcommands.h"

#include "core/requests/accountidentity.h"
#include "core/requests/requestservice.h"
#include "core/requests/timesheet.h"
#include "core/store/database.h"
#include "core/store/requestcodec.h"
#include "core/store/sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include "timesheetpdf.h"

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

// "Send the minutes@2026-11-30": what is to be done, and by when.
std::optional<FollowUp> parseFollowUp(const QString &text)
{
    const qsizetype at = text.lastIndexOf(u'@');
    FollowUp f{at < 0 ? text : text.left(at), {}};
    if (at >= 0) {
        f.due = QDate::fromString(text.mid(at + 1), Qt::ISODate);
        if (!f.due.isValid())
            return std::nullopt;
    }
    return f;
}

int addVisit(CommandContext &ctx, const QCommandLineParser &parser, RequestService &service)
{
    Visit v;
    v.requestId = parser.value(u"request"_s);
    v.date = parser.isSet(u"date"_s) ? QDate::fromString(parser.value(u"date"_s), Qt::ISODate) : QDate::currentDate();
    if (!v.date.isValid()) {
        ctx.err << "passctl visit add: --date: write YYYY-MM-DD\n";
        return 2;
    }
    v.start = QTime::fromString(parser.value(u"start"_s), u"HH:mm");
    v.end = QTime::fromString(parser.value(u"end"_s), u"HH:mm");
    v.hours = parser.value(u"hours"_s).toDouble();
    const auto mode = visitModeFromWireName(parser.value(u"mode"_s));
    if (!mode) {
        ctx.err << "passctl visit add: --mode: onsite or remote\n";
        return 2;
    }
    v.mode = *mode;
    v.participants = parser.value(u"participants"_s);
    v.activities = parser.value(u"activities"_s);
    v.outcome = parser.value(u"outcome"_s);
    v.procedureCodes = parser.values(u"procedure"_s);
    for (const QString &text : parser.values(u"follow-up"_s)) {
        const auto f = parseFollowUp(text);
        if (!f) {
            ctx.err << "passctl visit add: --follow-up '" << text << "': write WHAT@YYYY-MM-DD\n";
            return 2;
        }
        v.followUpItems << *f;
    }
    if (!service.logVisit(&v))
        return reportRefusal(ctx, u"visit add"_s, service);
    ctx.out << v.id << "\n";
    return 0;
}

int listVisits(CommandContext &ctx, const QCommandLineParser &parser)
{
    QString sql = u"SELECT id FROM visits WHERE 1 = 1"_s;
    QVariantList binds;
    if (parser.isSet(u"request"_s)) {
        sql += u" AND request_id = ?"_s;
        binds << parser.value(u"request"_s);
    }
    if (parser.isSet(u"expert"_s)) {
        sql += u" AND expert = ?"_s;
        binds << parser.value(u"expert"_s);
    }
    if (parser.isSet(u"month"_s)) {
        const QDate month = QDate::fromString(parser.value(u"month"_s) + u"-01"_s, Qt::ISODate);
        if (!month.isValid()) {
            ctx.err << "passctl visit list: --month: write YYYY-MM\n";
            return 2;
        }
        sql += u" AND visit_date BETWEEN ? AND ?"_s;
        binds << month.toString(Qt::ISODate) << month.addMonths(1).addDays(-1).toString(Qt::ISODate);
    }
    QStringList ids;
    QString error;
    if (!sql::list(ctx.db.connection(), sql + u" ORDER BY visit_date, id"_s, binds, &ids, &error,
                   [](const QSqlQuery &q) { return q.value(0).toString(); })) {
        ctx.err << "passctl visit list: the store cannot be read: " << error << "\n";
        return 1;
    }
    RequestStore store(ctx.db.connection());
    QJsonArray array;
    for (const QString &id : std::as_const(ids)) {
        std::optional<Visit> v;
        if (!store.findVisit(id, &v, &error)) {
            ctx.err << "passctl visit list: the store cannot be read: " << error << "\n";
            return 1;
        }
        if (!v)
            continue;
        if (parser.value(u"format"_s) == u"json") {
            QJsonObject o = RequestCodec::toJson(*v);
            o.insert(u"id"_s, v->id);
            array.append(o);
            continue;
        }
        ctx.out << v->id << "  " << v->date.toString(Qt::ISODate) << "  " << v->expert << "  "
                << QString::number(v->hours, 'f', 2) << " h  " << toWireName(v->mode) << "  "
                << toWireName(v->confirmation) << "  " << v->activities.left(60) << "\n";
    }
    if (parser.value(u"format"_s) == u"json")
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

int runVisitCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"add | list | confirm ID"_s);
    parser.addOptions({
        {u"request"_s, u"add: the support request (required); list: only its visits."_s, u"ID"_s},
        {u"date"_s, u"add: the day (default today)."_s, u"YYYY-MM-DD"_s},
        {u"hours"_s, u"add: hours spent (or --start and --end)."_s, u"H"_s},
        {u"start"_s, u"add: start time."_s, u"HH:MM"_s},
        {u"end"_s, u"add: end time."_s, u"HH:MM"_s},
        {u"mode"_s, u"add: onsite or remote."_s, u"MODE"_s, u"onsite"_s},
        {u"participants"_s, u"add: who took part, by role (no names)."_s, u"TEXT"_s},
        {u"activities"_s, u"add: what was done."_s, u"TEXT"_s},
        {u"outcome"_s, u"add: the outcome."_s, u"TEXT"_s},
        {u"follow-up"_s, u"add: a follow-up, WHAT@YYYY-MM-DD (repeat for more)."_s, u"TEXT"_s},
        {u"procedure"_s, u"add: a procedure it concerns (repeat for more)."_s, u"CODE"_s},
        {u"expert"_s, u"list: only this expert's visits."_s, u"USER"_s},
        {u"month"_s, u"list: only this month."_s, u"YYYY-MM"_s},
        {u"format"_s, u"list: text or json."_s, u"FORMAT"_s, u"text"_s},
        {u"dispute"_s, u"confirm: dispute the visit instead (needs --note)."_s},
        {u"note"_s, u"confirm: a note (required to dispute)."_s, u"TEXT"_s},
    });
    int code = 0;
    if (!parseCommand(parser, u"visit"_s, u"Expert visits: log one, list them, confirm or dispute one."_s, ctx, &code))
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == u"list")
        return listVisits(ctx, parser);
    if (action != u"add" && !(action == u"confirm" && args.size() == 2)) {
        ctx.err << "passctl visit: use add, list or confirm ID; see 'passctl visit --help'\n";
        return 2;
    }
    const auto actor = AccountIdentity::load(ctx.db.connection());
    if (!actor) {
        ctx.err << "passctl visit " << action << ": no account: run 'passctl sync' once (or 'passctl whoami --set')\n";
        return 1;
    }
    RequestService service(ctx.db.connection(), *actor);
    if (action == u"add")
        return addVisit(ctx, parser, service);
    if (!service.countersign(args.at(1), !parser.isSet(u"dispute"_s), parser.value(u"note"_s)))
        return reportRefusal(ctx, u"visit confirm"_s, service);
    ctx.out << args.at(1) << " " << (parser.isSet(u"dispute"_s) ? "disputed" : "confirmed") << "\n";
    return 0;
}

int runTimesheetCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"expert"_s, u"The expert (user name)."_s, u"USER"_s},
        {u"month"_s, u"The month."_s, u"YYYY-MM"_s},
        {u"out"_s, u"The file: .xlsx, or .pdf."_s, u"FILE"_s},
        {u"lang"_s, u"The sheet's language: it (default) or en."_s, u"it|en"_s, u"it"_s},
    });
    int code = 0;
    if (!parseCommand(parser, u"timesheet"_s,
                      u"An expert's monthly activity sheet: visits, hours, confirmed or not (PDF or XLSX)."_s, ctx, &code))
        return code;
    const QDate month = QDate::fromString(parser.value(u"month"_s) + u"-01"_s, Qt::ISODate);
    const QString out = parser.value(u"out"_s);
    if (parser.value(u"expert"_s).isEmpty() || !month.isValid() || out.isEmpty()) {
        ctx.err << "passctl timesheet: give --expert USER --month YYYY-MM --out FILE.pdf|.xlsx\n";
        return 2;
    }
    const QString lang = parser.value(u"lang"_s);
    if (lang != u"it" && lang != u"en") {
        ctx.err << "passctl timesheet: --lang: it or en\n";
        return 2;
    }
    Timesheet sheet;
    QString error;
    if (!buildTimesheet(ctx.db.connection(), parser.value(u"expert"_s), month, &sheet, &error,
                        lang == u"en" ? ReportLanguage::English : ReportLanguage::Italian)) {
        ctx.err << "passctl timesheet: the visits cannot be read: " << error << "\n";
        return 1;
    }
    if (out.endsWith(u".xlsx", Qt::CaseInsensitive)) {
        if (!writeTimesheetXlsx(sheet, out, &error)) {
            ctx.err << "passctl timesheet: " << error << "\n";
            return 1;
        }
    } else if (out.endsWith(u".pdf", Qt::CaseInsensitive)) {
        if (!writeTimesheetPdf(sheet, out, &error)) {
            ctx.err << "passctl timesheet: " << error << "\n";
            return 1;
        }
    } else {
        ctx.err << "passctl timesheet: --out: a .pdf or .xlsx file\n";
        return 2;
    }
    ctx.out << sheet.rows.size() << " visits, " << QString::number(sheet.totalHours(), 'f', 2) << " hours ("
            << QString::number(sheet.confirmedHours(), 'f', 2) << " confirmed) → " << out << "\n";
    return 0;
}
