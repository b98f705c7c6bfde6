#include "corecommands.h"
#include "importcommand.h"

#include "core/demo/demogenerator.h"
#include "core/exchange/casecsvexporter.h"
#include "core/exchange/indicatorformat.h"
#include "core/indicators/casestats.h"
#include "core/indicators/indicatorengine.h"
#include "core/indicators/targets.h"
#include "core/store/freshstorebuild.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/util/stage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int runInitCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseCommand(parser, u"init"_s, u"Create the store, or upgrade it to this version's schema."_s, ctx, &code))
        return code;
    // The store was opened (created or upgraded) before the command ran.
    ctx.out << "store ready: " << ctx.db.path() << " (schema version " << pass::kCurrentSchemaVersion << ")\n";
    return 0;
}

int runDemoCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"cases"_s, u"Number of case files to generate (default 5000)."_s, u"N"_s, u"5000"_s});
    parser.addOption({u"seed"_s, u"Random seed: the same seed gives the same data (default 2022)."_s, u"S"_s, u"2022"_s});
    parser.addOption({u"scope"_s, u"'area' (the Cremasco comuni and the Provincia di Cremona) or 'region' (all of Lombardy)."_s,
                      u"SCOPE"_s, u"area"_s});
    parser.addOption({u"as-of"_s, u"The story's 'today' as YYYY-MM-DD (default: today)."_s, u"DATE"_s});
    parser.addOption({u"no-requests"_s, u"Generate case files only."_s});
    int code = 0;
    if (!parseCommand(parser, u"demo"_s, u"Fill the store with deterministic, realistic demo data."_s, ctx, &code))
        return code;
    bool ok = false;
    pass::DemoGenerator::Options options;
    options.cases = parser.value(u"cases"_s).toLongLong(&ok);
    if (!ok || options.cases < 0) {
        ctx.err << "passctl demo: --cases takes a whole number, not '" << parser.value(u"cases"_s) << "'\n";
        return 2;
    }
    options.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok) {
        ctx.err << "passctl demo: --seed takes a whole number\n";
        return 2;
    }
    const QString scope = parser.value(u"scope"_s);
    if (scope != u"area" && scope != u"region") {
        ctx.err << "passctl demo: --scope is 'area' or 'region', not '" << scope << "'\n";
        return 2;
    }
    options.scope = scope == u"region" ? pass::DemoGenerator::Scope::Region : pass::DemoGenerator::Scope::DemoArea;
    if (parser.isSet(u"as-of"_s)) {
        options.asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!options.asOf.isValid()) {
            ctx.err << "passctl demo: --as-of takes a date as YYYY-MM-DD\n";
            return 2;
        }
    }
    options.withRequests = !parser.isSet(u"no-requests"_s);
    QElapsedTimer timer;
    timer.start();
    QString error;
    // A store that does not exist yet is built aside and moved into place when complete.
    std::optional<pass::FreshStoreBuild> build;
    if (ctx.storeIsNew) {
        build.emplace(ctx.db.path());
        if (!build->open(&error)) {
            ctx.err << "passctl demo: " << error << "\n";
            return 1;
        }
    }
    qint64 requests = 0;
    {
        pass::DemoGenerator generator(build ? build->database().connection() : ctx.db.connection());
        // Half way through the fill (inside its transaction), for crash tests (see reachStage).
        bool halfReached = false;
        const auto progress = [&](qint64 done, qint64 total) {
            if (!halfReached && done * 2 >= total) {
                halfReached = true;
                pass::reachStage("demo:half-the-cases");
            }
            return true;
        };
        if (!generator.run(options, progress, &error)) {
            ctx.err << "passctl demo: " << error << "\n";
            return 1;
        }
        requests = generator.requestsWritten();
    }
    pass::reachStage("demo:data-written"); // committed; a fresh store is not yet in place
    if (build && !build->finish(&error)) {
        ctx.err << "passctl demo: " << error << "\n";
        return 1;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    ctx.out << "generated " << options.cases << " case files and " << requests
            << " support requests in " << QString::number(seconds, 'f', 2) << " s ("
            << QString::number(seconds > 0 ? double(options.cases) / seconds : 0, 'f', 0) << " cases/s)\n";
    return 0;
}

int runExportCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"what"_s, u"What to export: cases."_s);
    parser.addOption({u"format"_s, u"csv (default) or xlsx."_s, u"FORMAT"_s, u"csv"_s});
    parser.addOption({u"out"_s, u"Write to FILE instead of standard output (required for xlsx)."_s, u"FILE"_s});
    parser.addOption({u"authority"_s, u"Only this authority's case files (ISTAT code)."_s, u"ISTAT"_s});
    int code = 0;
    if (!parseCommand(parser, u"export"_s, u"Export case files in the canonical columns."_s, ctx, &code))
        return code;
    if (parser.positionalArguments() != QStringList{u"cases"_s}) {
        ctx.err << "passctl export: say what to export: 'passctl export cases'\n";
        return 2;
    }
    const QString format = parser.value(u"format"_s);
    if (format == u"xlsx") {
        if (parser.value(u"out"_s).isEmpty()) {
            ctx.err << "passctl export: --format xlsx needs --out FILE\n";
            return 2;
        }
        return runExportXlsx(ctx.db, parser.value(u"out"_s), parser.value(u"authority"_s), ctx.out, ctx.err);
    }
    if (format != u"csv") {
        ctx.err << "passctl export: unknown format '" << format << "' (csv or xlsx)\n";
        return 2;
    }
    QFile file(parser.value(u"out"_s));
    if (!openOutput(file, parser.value(u"out"_s), ctx.err))
        return 1;
    QString error;
    pass::CaseFileFilter filter;
    filter.authorityIstat = parser.value(u"authority"_s);
    const qint64 rows = pass::CaseCsvExporter(ctx.db.connection()).write(&file, filter, &error);
    if (rows < 0) {
        ctx.err << "passctl export: " << error << "\n";
        return 1;
    }
    if (!parser.value(u"out"_s).isEmpty())
        ctx.err << rows << " case files written to " << parser.value(u"out"_s) << "\n";
    return 0;
}

int runIndicatorsCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"by"_s, u"procedure (default) or taskforce."_s, u"GROUP"_s, u"procedure"_s});
    parser.addOption({u"authority"_s, u"Only this authority (ISTAT code); repeat to sum several."_s, u"ISTAT"_s});
    parser.addOption({u"from"_s, u"First semester, e.g. 2022-S1 (default: the first with data)."_s, u"SEMESTER"_s});
    parser.addOption({u"to"_s, u"Last semester, e.g. 2025-S2 (default: the current one)."_s, u"SEMESTER"_s});
    parser.addOption({u"format"_s, u"csv (default) or json."_s, u"FORMAT"_s, u"csv"_s});
    parser.addOption({u"out"_s, u"Write to FILE instead of standard output."_s, u"FILE"_s});
    parser.addOption({u"as-of"_s, u"Count the running semester as of this day YYYY-MM-DD (default: today)."_s, u"DATE"_s});
    int code = 0;
    if (!parseCommand(parser, u"indicators"_s,
                      u"Compute the DFP semester indicators (DPCM 12.11.2021, Appendice 2)."_s, ctx, &code))
        return code;
    pass::IndicatorEngine::Query query;
    const QString by = parser.value(u"by"_s);
    if (by != u"procedure" && by != u"taskforce") {
        ctx.err << "passctl indicators: --by is 'procedure' or 'taskforce', not '" << by << "'\n";
        return 2;
    }
    query.groupBy = by == u"taskforce" ? pass::IndicatorEngine::GroupBy::TaskForce : pass::IndicatorEngine::GroupBy::Procedure;
    query.authorities = parser.values(u"authority"_s);
    if (parser.isSet(u"as-of"_s)) {
        query.asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!query.asOf.isValid()) {
            ctx.err << "passctl indicators: --as-of takes a date YYYY-MM-DD, not '" << parser.value(u"as-of"_s) << "'\n";
            return 2;
        }
    }
    for (const char *name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!parser.isSet(option))
            continue;
        const auto semester = pass::Semester::parse(parser.value(option));
        if (!semester) {
            ctx.err << "passctl indicators: --" << option << " takes a semester like 2024-S1, not '"
                    << parser.value(option) << "'\n";
            return 2;
        }
        (option == u"from" ? query.from : query.to) = semester;
    }
    if (query.from && query.to && *query.from > *query.to) {
        ctx.err << "passctl indicators: --from " << query.from->label() << " is after --to " << query.to->label() << "\n";
        return 2;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"csv" && format != u"json") {
        ctx.err << "passctl indicators: --format is 'csv' or 'json', not '" << format << "'\n";
        return 2;
    }
    QString error;
    const QList<pass::IndicatorRow> rows = pass::IndicatorEngine(ctx.db.connection()).compute(query, &error);
    if (!error.isEmpty()) {
        ctx.err << "passctl indicators: " << error << "\n";
        return 1;
    }
    QFile file(parser.value(u"out"_s));
    if (!openOutput(file, parser.value(u"out"_s), ctx.err))
        return 1;
    const QByteArray data = format == u"csv"
        ? pass::IndicatorFormat::toCsv(rows)
        : QJsonDocument(pass::IndicatorFormat::toJson(rows)).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size()) {
        ctx.err << "passctl indicators: cannot write: " << file.errorString() << "\n";
        return 1;
    }
    return 0;
}

int runReindexCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    int code = 0;
    if (!parseCommand(parser, u"reindex"_s,
                      u"Recompute the maintained statistics from the case files (after legal terms change)."_s, ctx, &code))
        return code;
    QSqlDatabase db = ctx.db.connection();
    QString error;
    if (!pass::CaseStatsAccumulator::rebuild(db, &error)) {
        ctx.err << "passctl reindex: " << error << "\n";
        return 1;
    }
    ctx.out << "statistics rebuilt\n";
    return 0;
}

int runBackupCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, u"The file to write the copy to."_s, u"FILE"_s});
    int code = 0;
    if (!parseCommand(parser, u"backup"_s,
                      u"Copy the store with SQLite's backup API: consistent even while the application uses it."_s, ctx, &code))
        return code;
    if (!parser.isSet(u"out"_s)) {
        ctx.err << "passctl backup: --out FILE is required\n";
        return 2;
    }
    QString error;
    if (!ctx.db.backup(parser.value(u"out"_s), &error)) {
        ctx.err << "passctl backup: " << error << "\n";
        return 1;
    }
    ctx.out << "store copied to " << parser.value(u"out"_s) << "\n";
    return 0;
}

int runRestoreCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, u"The backup copy to restore."_s);
    int code = 0;
    if (!parseCommand(parser, u"restore"_s,
                      u"Replace the store's content with a backup copy; the current content is kept beside the store first."_s,
                      ctx, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "passctl restore: give the backup FILE\n";
        return 2;
    }
    QString error;
    if (!ctx.db.restore(parser.positionalArguments().first(), &error)) {
        ctx.err << "passctl restore: " << error << "\n";
        return 1;
    }
    ctx.out << "store restored from " << parser.positionalArguments().first() << "; the previous content is in "
            << ctx.db.beforeRestorePath() << "\n";
    return 0;
}

int runTargetsCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, u"list (default) or set."_s);
    parser.addOption({u"region"_s, u"Region code (default LOM)."_s, u"CODE"_s, u"LOM"_s});
    parser.addOption({u"procedure"_s, u"Procedure code, or * for all procedures (default *)."_s, u"CODE"_s, u"*"_s});
    parser.addOption({u"baseline"_s, u"Baseline semester (default 2021-S2)."_s, u"SEMESTER"_s, u"2021-S2"_s});
    parser.addOption({u"backlog-reduction"_s, u"Target reduction of the backlog, percent."_s, u"PCT"_s});
    parser.addOption({u"duration-reduction"_s, u"Target reduction of the average duration, percent."_s, u"PCT"_s});
    parser.addOption({u"due"_s, u"Due date YYYY-MM-DD (default 2025-06-30)."_s, u"DATE"_s, u"2025-06-30"_s});
    parser.addOption({u"milestone"_s,
                      u"An intermediate milestone DATE:BACKLOG_PCT[:DURATION_PCT], e.g. 2023-12-31:20:10; repeatable."_s,
                      u"MILESTONE"_s});
    int code = 0;
    if (!parseCommand(parser, u"targets"_s, u"Show or set the baseline and targets per region and procedure."_s, ctx, &code))
        return code;
    const QString action = parser.positionalArguments().value(0, u"list"_s);
    pass::TargetStore store(ctx.db.connection());
    if (action == u"list") {
        ctx.out << "region,procedure_code,baseline_semester,backlog_reduction_pct,duration_reduction_pct,due_date,milestones\n";
        QList<pass::Target> targets;
        QString error;
        if (!store.all(&targets, &error)) {
            ctx.err << "passctl targets: cannot read the targets: " << error << "\n";
            return 1;
        }
        for (const pass::Target &t : std::as_const(targets)) {
            QStringList milestones;
            for (const pass::TargetMilestone &m : t.milestones)
                milestones << u"%1:%2:%3"_s.arg(m.due.toString(Qt::ISODate)).arg(m.backlogReductionPct).arg(m.durationReductionPct);
            ctx.out << t.region << ',' << t.procedureCode << ',' << t.baselineSemester.label() << ','
                    << t.backlogReductionPct << ',' << t.durationReductionPct << ','
                    << t.dueDate.toString(Qt::ISODate) << ',' << milestones.join(u' ') << "\n";
        }
        return 0;
    }
    if (action != u"set") {
        ctx.err << "passctl targets: the action is 'list' or 'set', not '" << action << "'\n";
        return 2;
    }
    pass::Target t;
    t.region = parser.value(u"region"_s);
    t.procedureCode = parser.value(u"procedure"_s);
    const auto baseline = pass::Semester::parse(parser.value(u"baseline"_s));
    t.dueDate = QDate::fromString(parser.value(u"due"_s), Qt::ISODate);
    bool okBacklog = false, okDuration = false;
    t.backlogReductionPct = parser.value(u"backlog-reduction"_s).toDouble(&okBacklog);
    t.durationReductionPct = parser.value(u"duration-reduction"_s).toDouble(&okDuration);
    if (!baseline || !t.dueDate.isValid() || !okBacklog || !okDuration || t.backlogReductionPct < 0
        || t.backlogReductionPct > 100 || t.durationReductionPct < 0 || t.durationReductionPct > 100) {
        ctx.err << "passctl targets set: needs --backlog-reduction and --duration-reduction as percentages "
                   "(0-100), a --baseline semester like 2021-S2 and a --due date YYYY-MM-DD\n";
        return 2;
    }
    t.baselineSemester = *baseline;
    for (const QString &text : parser.values(u"milestone"_s)) {
        const QStringList parts = text.split(u':');
        pass::TargetMilestone m;
        m.due = QDate::fromString(parts.value(0), Qt::ISODate);
        bool okB = false, okD = parts.size() < 3;
        m.backlogReductionPct = parts.value(1).toDouble(&okB);
        if (parts.size() >= 3)
            m.durationReductionPct = parts.value(2).toDouble(&okD);
        if (!m.due.isValid() || !okB || !okD || parts.size() > 3) {
            ctx.err << "passctl targets set: --milestone is DATE:BACKLOG_PCT[:DURATION_PCT], like 2023-12-31:20:10, not '"
                    << text << "'\n";
            return 2;
        }
        t.milestones << m;
    }
    if (const QString problem = t.validate(); !problem.isEmpty()) {
        ctx.err << "passctl targets set: " << problem << "\n";
        return 2;
    }
    QString error;
    if (!store.save(t, &error)) {
        ctx.err << "passctl targets: " << error << "\n";
        return 1;
    }
    ctx.out << "target saved for " << t.region << " / " << t.procedureCode << "\n";
    return 0;
}
