#include "importcommand.h"

#include "core/import/caseimporter.h"
#include "core/import/mappingstore.h"
#include "core/import/xlsxcaseexporter.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

// Ctrl+C or a service stop (SIGTERM) while importing: the importer's cancel flag instead of
// death, so the transaction rolls back and a partial rejects file is removed. The handler
// only stores to lock-free atomics (async-signal-safe); the importer polls the flag between
// batches and during the index builds. A second signal ends the process at once, for an
// import that does not reach a poll: SQLite still rolls the store back on the next opening.
std::atomic_bool g_cancelImport{false};
std::atomic_int g_cancelSignal{0};
static_assert(std::atomic_bool::is_always_lock_free && std::atomic_int::is_always_lock_free);

extern "C" void cancelImportOnSignal(int sig)
{
    if (g_cancelImport.exchange(true)) {
        std::signal(sig, SIG_DFL);
        std::raise(sig);
        return;
    }
    g_cancelSignal = sig;
}

// Installs the handlers for one import and puts the previous ones back.
class CancelOnSignals
{
public:
    CancelOnSignals()
    {
        g_cancelImport = false;
        g_cancelSignal = 0;
        m_int = std::signal(SIGINT, cancelImportOnSignal);
        m_term = std::signal(SIGTERM, cancelImportOnSignal);
    }
    ~CancelOnSignals()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    Q_DISABLE_COPY_MOVE(CancelOnSignals)

    const std::atomic_bool *flag() const { return &g_cancelImport; }
    // The shell's convention for a process ended by a signal: 130 for SIGINT, 143 for SIGTERM.
    static int exitCode() { return 128 + (g_cancelSignal ? g_cancelSignal.load() : SIGINT); }

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"passctl"_s : user;
}

} // namespace

int runImportCommand(pass::Database &db, const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Import case files from an office's CSV or XLSX registry. Columns are matched by name "
        "(Protocollo, Data avvio, Esito, …), rows are validated, and the valid rows are applied in one "
        "transaction: all of them or none (default), or only the valid ones with --valid-rows. Importing "
        "the same file twice changes nothing.\n\nExit codes: 0 all rows valid, 3 some rows rejected, "
        "1 file unreadable or nothing applied, 2 usage error, 130 (143) cancelled by Ctrl+C (SIGTERM): "
        "nothing applied."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"file"_s, u"The CSV or XLSX file."_s);
    parser.addOption({u"mapping"_s, u"Column and value mapping (JSON, as saved by the wizard or --save-mapping). "
                                    "Without it, the mapping the wizard saved for the same columns is used, if any."_s,
                      u"FILE"_s});
    parser.addOption({u"no-saved-mapping"_s, u"Do not use the mapping the wizard saved for these columns: match "
                                             "them by name."_s});
    parser.addOption({u"save-mapping"_s, u"Write the mapping used to FILE, to adjust and reuse."_s, u"FILE"_s});
    parser.addOption({u"dry-run"_s, u"Report what would change; change nothing."_s});
    parser.addOption({u"authority"_s, u"ISTAT code of the authority when the file has no authority column."_s, u"ISTAT"_s});
    parser.addOption({u"rejects"_s, u"Write the rejected rows, with the reasons, to FILE (CSV)."_s, u"FILE"_s});
    parser.addOption({u"valid-rows"_s, u"Apply the valid rows even when others are rejected."_s});
    parser.addOption({u"format"_s, u"Input format: auto (default, by content), csv or xlsx."_s, u"FORMAT"_s, u"auto"_s});
    parser.addOption({u"encoding"_s, u"CSV encoding: auto (default), utf-8, windows-1252, utf-16le."_s, u"NAME"_s, u"auto"_s});
    parser.addOption({u"separator"_s, u"CSV separator: auto (default), ',', ';' or tab."_s, u"SEP"_s});
    parser.addOption({u"sheet"_s, u"XLSX sheet to read (default: the first with a header)."_s, u"NAME"_s});
    parser.addOption({u"ended-outcome"_s, u"Outcome of rows with an end date and no outcome column: express, tacit or withdrawn."_s, u"OUTCOME"_s});

    if (!parser.parse(QStringList{u"passctl import"_s} + args)) {
        err << "passctl import: " << parser.errorText() << "\nTry 'passctl import --help'.\n";
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText().replace(QCoreApplication::applicationFilePath(), u"passctl import"_s);
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "passctl import: give one file to import\nTry 'passctl import --help'.\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (!QFileInfo::exists(path)) {
        err << "passctl import: " << path << ": no such file\n";
        return 1;
    }

    pass::ImportMapping mapping;
    if (parser.isSet(u"mapping"_s)) {
        QString error;
        const auto loaded = pass::MappingStore::load(parser.value(u"mapping"_s), &error);
        if (!loaded) {
            err << "passctl import: " << error << "\n";
            return 2;
        }
        mapping = *loaded;
    }
    // The command line wins over any mapping file, the saved one included.
    const auto applyOptions = [&parser, &err](pass::ImportMapping &m) -> bool {
        if (parser.isSet(u"authority"_s))
            m.defaultAuthority = parser.value(u"authority"_s);
        if (parser.isSet(u"ended-outcome"_s)) {
            const QString o = parser.value(u"ended-outcome"_s);
            if (o != u"express" && o != u"tacit" && o != u"withdrawn") {
                err << "passctl import: --ended-outcome must be express, tacit or withdrawn\n";
                return false;
            }
            m.endedOutcome = o;
        }
        const QString format = parser.value(u"format"_s);
        if (format != u"auto" && format != u"csv" && format != u"xlsx") {
            err << "passctl import: unknown format '" << format << "' (auto, csv or xlsx)\n";
            return false;
        }
        if (format != u"auto")
            m.format = format;
        if (parser.isSet(u"encoding"_s) && !pass::encodingFromName(parser.value(u"encoding"_s), &m.encoding)) {
            err << "passctl import: unknown encoding '" << parser.value(u"encoding"_s) << "'\n";
            return false;
        }
        if (parser.isSet(u"separator"_s)) {
            const QString sep = parser.value(u"separator"_s);
            if (sep == u"tab" || sep == u"\\t")
                m.separator = '\t';
            else if (sep.size() == 1 && QStringView(u",;|\t").contains(sep.at(0)))
                m.separator = char(sep.at(0).unicode());
            else if (sep != u"auto") {
                err << "passctl import: the separator must be ',', ';', '|' or tab\n";
                return false;
            }
        }
        if (parser.isSet(u"sheet"_s))
            m.sheet = parser.value(u"sheet"_s);
        return true;
    };
    if (!applyOptions(mapping))
        return 2;

    pass::CaseImporter importer(db.connection());
    if (!parser.isSet(u"mapping"_s) && !parser.isSet(u"no-saved-mapping"_s)) {
        // What the wizard saved for these columns, as the wizard itself would use it: an import
        // from the command line must not map the same file differently from the application.
        const pass::ImportPreview head = importer.preview(path, &mapping, 0);
        if (head.error.isEmpty()) {
            const pass::MappingStore saved;
            const QString fingerprint = pass::ImportMapping::propose(head.header).fingerprint();
            if (const auto found = saved.find(fingerprint)) {
                mapping = *found;
                if (!applyOptions(mapping))
                    return 2;
                err << "passctl import: using the mapping saved for these columns: " << saved.pathFor(fingerprint)
                    << " (--no-saved-mapping to ignore it)\n";
            }
        }
    }

    pass::ImportOptions options;
    options.dryRun = parser.isSet(u"dry-run"_s);
    options.policy = parser.isSet(u"valid-rows"_s) ? pass::ApplyPolicy::ValidRowsOnly : pass::ApplyPolicy::AllOrNothing;
    options.rejectsPath = parser.value(u"rejects"_s);
    options.context = pass::EditContext{pass::EditOrigin::Import, osUser()};

    if (parser.isSet(u"save-mapping"_s)) {
        // The mapping as it binds to this file: the starting point for a hand-edited one.
        const pass::ImportPreview preview = importer.preview(path, &mapping, 0);
        QString error;
        if (!preview.error.isEmpty() || !pass::MappingStore::write(preview.mapping, parser.value(u"save-mapping"_s), &error)) {
            err << "passctl import: cannot save the mapping: " << (preview.error.isEmpty() ? error : preview.error) << "\n";
            return 1;
        }
    }
    pass::ImportReport report;
    {
        const CancelOnSignals cancelOnSignals;
        report = importer.run(path, mapping, options, {}, cancelOnSignals.flag());
        // A signal after the commit changes nothing: the import went through and says so.
        if (report.cancelled) {
            err << report.toText() << "passctl import: import cancelled: nothing was changed\n";
            return CancelOnSignals::exitCode();
        }
    }
    (report.ok() ? out : err) << report.toText();
    // Before re-importing an updated registry an office wants to see what it would change;
    // 50 lines are what a terminal shows, the wizard lists up to ImportReport::kMaxChanges.
    if (options.dryRun && report.ok())
        out << report.changesToText(50);
    if (!report.ok())
        return 1;
    if (!options.dryRun && !report.applied)
        return 1;
    return report.rejected > 0 ? 3 : 0;
}

int runExportXlsx(pass::Database &db, const QString &outPath, const QString &authorityIstat, QTextStream &out,
                  QTextStream &err)
{
    Q_UNUSED(out);
    if (outPath.isEmpty() || outPath == u"-") {
        err << "passctl export: XLSX needs --out FILE (a workbook cannot go to standard output)\n";
        return 2;
    }
    QString error;
    pass::CaseFileFilter filter;
    filter.authorityIstat = authorityIstat;
    const qint64 rows = pass::XlsxCaseExporter(db.connection()).write(outPath, filter, &error);
    if (rows < 0) {
        err << "passctl export: " << error << "\n";
        return 1;
    }
    err << rows << " case files written to " << outPath << "\n";
    return 0;
}
