// passctl: the command line of PAsS Desktop for IT staff, scheduled jobs and tests.
#include "commandsupport.h"
#include "corecommands.h"
#include "importcommand.h"
#include "synccommands.h"
#include "reportcommand.h"
#include "requestcommands.h"
#include <QGuiApplication>

#include "core/store/database.h"
#include "core/workspace/storeopening.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Command
{
    const char *summary;
    std::function<int(CommandContext &)> run;
    // Builds a store that does not exist yet itself, faster than through an opened one.
    bool buildsNewStore = false;
};

std::map<QString, Command> commands()
{
    std::map<QString, Command> table{
        {u"init"_s, {"create or upgrade the store", runInitCommand}},
        {u"demo"_s, {"fill the store with demo data (--cases N --seed S)", runDemoCommand, true}},
        {u"export"_s, {"export case files (export cases --format csv [--out FILE])", runExportCommand}},
        {u"indicators"_s, {"DFP semester indicators (--by procedure|taskforce --format csv|json)", runIndicatorsCommand}},
        {u"reindex"_s, {"recompute the maintained statistics", runReindexCommand}},
        {u"backup"_s, {"copy the store, consistent while in use (backup --out FILE)", runBackupCommand}},
        {u"restore"_s, {"replace the store with a backup copy (restore FILE)", runRestoreCommand}},
        {u"targets"_s, {"baseline and targets per region and procedure (list | set)", runTargetsCommand}},
    };
    table.insert({u"import"_s, {"import case files from an office's CSV or XLSX (--dry-run, --mapping FILE)",
                                [](CommandContext &c) { return runImportCommand(c.db, c.args, c.out, c.err); }}});
    table.insert({u"login"_s, {"sign in to the portal (OAuth 2 in the browser)", runLoginCommand}});
    table.insert({u"logout"_s, {"sign out and revoke the tokens", runLogoutCommand}});
    table.insert({u"sync"_s, {"push local edits, then pull the portal's changes", runSyncCommand}});
    table.insert({u"status"_s, {"outbox size, open conflicts, refused edits, last sync (--format text|json)", runStatusCommand}});
    table.insert({u"conflicts"_s, {"list or resolve sync conflicts", runConflictsCommand}});
    table.insert({u"rejections"_s, {"list or clear the edits the portal refused", runRejectionsCommand}});
    table.insert({u"case"_s, {"scripted edits: case add field=value... | case update ID field=value...", runCaseCommand}});
    table.insert({u"request"_s, {"support requests: list, show, create, submit, accept, reject, assign, start, complete, withdraw, comment, attach, documents, fetch-document",
                                 runRequestCommand}});
    table.insert({u"visit"_s, {"expert visits: add, list, confirm (--dispute --note)", runVisitCommand}});
    table.insert({u"timesheet"_s, {"an expert's monthly activity sheet (--expert USER --month YYYY-MM --out FILE.pdf|.xlsx)",
                                   runTimesheetCommand}});
    table.insert({u"whoami"_s, {"the account the workflow acts as (--set NAME:ROLE:ISTAT before the first sync)",
                                runWhoamiCommand}});
    table.insert({u"report"_s, {"DFP table (.csv, .xlsx) or monitoring report (.pdf): --authority ISTAT --semester S --out FILE | --all --out-dir DIR",
                                runReportCommand}});
    return table;
}

void printUsage(QTextStream &out, const std::map<QString, Command> &table)
{
    out << "Usage: passctl [--db PATH] COMMAND [OPTIONS]\n\n"
           "The command line of PAsS Desktop: the same store and rules as the application.\n\n"
           "Options:\n"
           "  --db PATH   the store (default: " << pass::Database::defaultPath() << ")\n"
           "  --help      this text; 'passctl COMMAND --help' for a command's options\n\n"
           "Commands:\n";
    for (const auto &[name, command] : table)
        out << "  " << name.leftJustified(12) << command.summary << "\n";
}

} // namespace

// The report command and the timesheet PDF draw fonts and charts (Qt Gui) without a window: it gets a
// QGuiApplication, on the offscreen platform unless one is chosen; the rest a QCoreApplication.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    bool report = false;
    bool timesheet = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        report = report || qstrcmp(argv[i], "report") == 0;
        timesheet = timesheet || qstrcmp(argv[i], "timesheet") == 0;
        pdf = pdf || QByteArray(argv[i]).toLower().endsWith(".pdf");
    }
    // The timesheet's PDF is laid out by QTextDocument too.
    if (report || (timesheet && pdf)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"PAsS"_s);
    QCoreApplication::setApplicationName(u"PAsS Desktop"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // Informational store messages are for the log, not for scripts reading our output.
    QLoggingCategory::setFilterRules(u"pass.*.info=false"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto table = commands();

    QStringList args = app.arguments().mid(1);
    QString dbPath = pass::Database::defaultPath();
    QString name;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--db" || arg.startsWith(u"--db=")) {
            if (arg == u"--db" && args.isEmpty()) {
                err << "passctl: --db needs a path\n";
                return 2;
            }
            dbPath = arg == u"--db" ? args.takeFirst() : arg.mid(5);
        } else if (arg == u"--help" || arg == u"-h") {
            printUsage(out, table);
            return 0;
        } else if (arg == u"--version") {
            out << "passctl " << QCoreApplication::applicationVersion() << "\n";
            return 0;
        } else if (arg.startsWith(u'-')) {
            err << "passctl: unknown option " << arg << "\nTry 'passctl --help'.\n";
            return 2;
        } else {
            name = arg;
            break;
        }
    }
    if (name.isEmpty()) {
        printUsage(err, table);
        return 2;
    }
    const auto command = table.find(name);
    if (command == table.end()) {
        err << "passctl: unknown command '" << name << "'\nTry 'passctl --help'.\n";
        return 2;
    }
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s)) {
        // Help needs no store.
        pass::Database none(QString{});
        CommandContext ctx{none, args, out, err};
        return command->second.run(ctx);
    }
    pass::Database db(dbPath);
    if (command->second.buildsNewStore && !QFileInfo::exists(dbPath)) {
        CommandContext ctx{db, args, out, err, true};
        return command->second.run(ctx);
    }
    // The same open policy as the window: migrations, then the repair of an interrupted sync.
    QString openError, repairWarning;
    if (!pass::openStore(db, &openError, &repairWarning)) {
        err << "passctl: " << openError << "\n";
        return 1;
    }
    if (!repairWarning.isEmpty())
        err << "passctl: warning: could not complete an interrupted first sync: " << repairWarning << "\n";
    CommandContext ctx{db, args, out, err};
    return command->second.run(ctx);
}
