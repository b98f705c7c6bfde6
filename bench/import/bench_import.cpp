// Imports a CSV of case files into a fresh store and prints rows/s, CPU time, peak memory and
// the ratios to two anchors measured side by side in the same run: the sqlite3 shell's .import
// of the same file into a bare table (for reference), and the same .import followed by the keys
// the store keeps (unique id when the file has one, unique authority + protocol, start date,
// procedure + start date, open cases by start date) — SQLite's own floor for this schema, with
// no validation, and the target (at most 1.5x).
//
//   bench_import [--rows N | --file CSV] [--keep DIR] [--reimport] [--phases] ...
//
// Without --file the file is generated: an office-style export of N rows without ids. With
// --file any CSV whose header the importer recognises, e.g. `passctl export cases --format csv`
// (an export carries each case's id).
#include "core/import/caseimporter.h"
#include "core/import/csvreader.h"
#include "core/import/importmapping.h"
#include "core/import/importsource.h"
#include "core/store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

// Peak resident set of this process, in MiB.
double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// CPU time (user + system) of this process or of its finished children, in ms.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

// CPU time of the calling thread, in ms: the import writes on this thread, the critical path of
// the two; on a loaded machine it says more about the idle wall time than the wall time does.
double threadCpuMs()
{
    return cpuMs(RUSAGE_THREAD);
}

// The machine's 1-minute load average, to say how comparable the wall times are.
QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

// An export as a comune's SUE writes it: semicolons, Italian dates and words, CRLF.
bool generate(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const char *authorities[] = {"019035", "019102", "019001", "019002", "019003", "019004", "019005"};
    const char *procedures[] = {"PDC-LOM", "SCIA-ALT", "PAES", "AUA", "PAES-SEMPL", "PDC"};
    const char *outcomes[] = {"", "Rilasciato", "silenzio assenso", "Archiviata", "In istruttoria"};
    QByteArray buf;
    buf.reserve(1 << 20);
    buf += "Codice ISTAT;Protocollo;Tipo pratica;Data presentazione;Data conclusione;Esito;"
           "Conferenza di servizi;Sospensione;Responsabile\r\n";
    quint64 x = 88172645463325252ULL;
    for (qint64 i = 0; i < rows; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const QDate start = QDate(2020, 1, 1).addDays(qint64(x % 1400));
        const int o = int((x >> 20) % 5);
        const QDate end = start.addDays(qint64(20 + (x >> 30) % 200));
        buf += authorities[(x >> 8) % 7];
        buf += ";P/";
        buf += QByteArray::number(i);
        buf += ';';
        buf += procedures[(x >> 12) % 6];
        buf += ';';
        buf += start.toString(u"dd/MM/yyyy").toLatin1();
        buf += ';';
        if (o == 1 || o == 2 || o == 3)
            buf += end.toString(u"dd/MM/yyyy").toLatin1();
        buf += ';';
        buf += outcomes[o];
        buf += (x >> 40) % 9 == 0 ? ";sì" : ";no";
        buf += (x >> 44) % 7 == 0 ? ";x;" : ";;";
        buf += "Geom. Rossi\r\n";
        if (buf.size() > (1 << 20) - 512) {
            f.write(buf);
            buf.resize(0);
        }
    }
    f.write(buf);
    return true;
}

// The sqlite3 shell running script over the database at path; false (and the shell's error on
// out) when it fails. Its CPU time is added to *cpuMsOut.
bool runShell(const QString &path, const QByteArray &script, double *cpuMsOut, QTextStream &out)
{
    const double before = cpuMs(RUSAGE_CHILDREN);
    QProcess shell;
    shell.start(u"sqlite3"_s, {path});
    shell.write(script);
    shell.closeWriteChannel();
    const bool ok = shell.waitForFinished(900000) && shell.exitStatus() == QProcess::NormalExit
        && shell.exitCode() == 0;
    *cpuMsOut += cpuMs(RUSAGE_CHILDREN) - before;
    if (!ok)
        out << "sqlite3 failed: " << shell.readAllStandardError() << Qt::endl;
    return ok;
}

QByteArray quotedName(const QString &name)
{
    return '"' + name.toUtf8().replace('"', "\"\"") + '"';
}

// The CREATE INDEX statements of the keys the store keeps on case files, over the bare table's
// columns that the importer's own mapping proposal finds in the file's header. Column names
// come from the table (PRAGMA table_info), by position: the shell keeps a BOM in the first one.
QByteArray sameKeysScript(const QString &csv, const QString &bareDb, QString *described)
{
    pass::ImportSource source;
    if (!source.open(csv, {}))
        return {};
    const pass::ImportMapping mapping = pass::ImportMapping::propose(source.header());
    QStringList columns;
    {
        QProcess shell;
        shell.start(u"sqlite3"_s, {bareDb, u"SELECT name FROM pragma_table_info('cases') ORDER BY cid"_s});
        if (!shell.waitForFinished(60000))
            return {};
        columns = QString::fromUtf8(shell.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    const auto column = [&](pass::ImportField f) -> QByteArray {
        int i = mapping.column(f);
        if (i < 0 && f == pass::ImportField::ProtocolNumber)
            i = mapping.column(pass::ImportField::CaseNumber);
        return i >= 0 && i < columns.size() ? quotedName(columns.at(i).trimmed()) : QByteArray();
    };
    const QByteArray id = column(pass::ImportField::Id), authority = column(pass::ImportField::AuthorityIstat),
                     protocol = column(pass::ImportField::ProtocolNumber), start = column(pass::ImportField::StartDate),
                     procedure = column(pass::ImportField::ProcedureCode), outcome = column(pass::ImportField::Outcome),
                     responsible = column(pass::ImportField::Responsible);
    QByteArray script;
    QStringList keys;
    if (!id.isEmpty()) {
        script += "CREATE UNIQUE INDEX k_id ON cases (" + id + ");\n";
        keys << u"unique id"_s;
    }
    if (!authority.isEmpty() && !protocol.isEmpty()) {
        script += "CREATE UNIQUE INDEX k_key ON cases (" + authority + ", " + protocol + ");\n";
        keys << u"unique authority+protocol"_s;
    }
    if (!start.isEmpty()) {
        script += "CREATE INDEX k_start ON cases (" + start + ");\n";
        keys << u"start"_s;
        if (!procedure.isEmpty()) {
            script += "CREATE INDEX k_procedure ON cases (" + procedure + ", " + start + ");\n";
            keys << u"procedure+start"_s;
        }
        if (!outcome.isEmpty()) {
            script += "CREATE INDEX k_open ON cases (" + start + ") WHERE " + outcome + " = '';\n";
            keys << u"open by start"_s;
            if (!authority.isEmpty()) {
                script += "CREATE INDEX k_open_authority ON cases (" + authority + ", " + start + ") WHERE "
                    + outcome + " = '';\n";
                keys << u"open by authority+start"_s;
            }
        }
    }
    if (!responsible.isEmpty()) {
        script += "CREATE INDEX k_responsible ON cases (" + responsible + ");\n";
        keys << u"responsible officer"_s;
    }
    *described = keys.join(u", "_s);
    return script;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows of the generated file."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"file"_s, u"Import this CSV instead of a generated one (any header the importer knows; "
                                 "with or without an id column)."_s, u"CSV"_s});
    parser.addOption({u"keep"_s, u"Keep the CSV and stores in DIR."_s, u"DIR"_s});
    parser.addOption({u"reimport"_s, u"Also time importing the same file again (all unchanged)."_s});
    parser.addOption({u"dry-run"_s, u"Read, map and validate only: the cost of the writes is the difference."_s});
    parser.addOption({u"no-generate"_s, u"Reuse DIR/bench.csv (with --keep)."_s});
    parser.addOption({u"no-anchor"_s, u"Skip the sqlite3 shell runs."_s});
    parser.addOption({u"no-outbox"_s, u"Import as a sync would (no outbox rows): the outbox's share of the cost."_s});
    parser.addOption({u"phases"_s, u"Time each phase of the import (adds the cost of reading the clock)."_s});
    parser.process(app);
    const qint64 rows = parser.value(u"rows"_s).toLongLong();

    QTemporaryDir tmp;
    const QString dir = parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : tmp.path();
    const bool given = parser.isSet(u"file"_s);
    const QString csv = given ? parser.value(u"file"_s) : dir + u"/bench.csv"_s;
    QFile::remove(dir + u"/bare.db"_s);
    QFile::remove(dir + u"/store.db"_s);
    if (!given && !parser.isSet(u"no-generate"_s) && !generate(csv, rows)) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }
    if (!QFile::exists(csv)) {
        out << "no file " << csv << Qt::endl;
        return 1;
    }
    out << "load average: " << loadAverage() << Qt::endl;
    out << (given ? "file " : "generated ") << csv << ", " << QFile(csv).size() / (1024 * 1024) << " MiB" << Qt::endl;

    // The anchors: the sqlite3 shell importing the same file into a bare table, then building
    // the keys the store keeps over the columns they come from. No validation, no statistics,
    // no outbox: the floor for any import that leaves the store's keys in place.
    QElapsedTimer timer;
    double anchorMs = 0, anchorCpuMs = 0, indexedMs = 0, indexedCpuMs = 0;
    if (!parser.isSet(u"no-anchor"_s)) {
        char separator = ',';
        QFile head(csv);
        if (head.open(QIODevice::ReadOnly))
            separator = pass::CsvReader::detectSeparator(head.read(64 * 1024));
        const QByteArray sep = separator == '\t' ? QByteArray("\"\\t\"") : QByteArray(1, separator ? separator : ',');
        timer.start();
        if (runShell(dir + u"/bare.db"_s, ".mode csv\n.separator " + sep + "\n.import '" + csv.toUtf8() + "' cases\n",
                     &anchorCpuMs, out)) {
            anchorMs = double(timer.elapsed());
            out << "anchor, sqlite3 .import into a bare table: " << anchorMs << " ms wall, " << anchorCpuMs
                << " ms CPU" << Qt::endl;
            QString keys;
            const QByteArray script = sameKeysScript(csv, dir + u"/bare.db"_s, &keys);
            timer.restart();
            indexedCpuMs = anchorCpuMs;
            if (!script.isEmpty() && runShell(dir + u"/bare.db"_s, script, &indexedCpuMs, out)) {
                indexedMs = anchorMs + double(timer.elapsed());
                out << "anchor, sqlite3 .import then the same keys (" << keys << "): " << indexedMs << " ms wall, "
                    << indexedCpuMs << " ms CPU" << Qt::endl;
            }
        }
    }

    pass::Database db(dir + u"/store.db"_s);
    if (!db.open()) {
        out << db.errorString() << Qt::endl;
        return 1;
    }
    pass::CaseImporter importer(db.connection());
    const double rssBefore = peakRssMiB();
    pass::ImportPhases phases;
    const double cpuBefore = cpuMs(RUSAGE_SELF);
    const double writerBefore = threadCpuMs();
    timer.restart();
    pass::ImportOptions options;
    if (parser.isSet(u"phases"_s))
        options.phases = &phases;
    options.dryRun = parser.isSet(u"dry-run"_s);
    if (parser.isSet(u"no-outbox"_s))
        options.context.origin = pass::EditOrigin::Sync;
    const pass::ImportReport report = importer.run(csv, {}, options);
    const double ms = double(timer.elapsed());
    const double cpu = cpuMs(RUSAGE_SELF) - cpuBefore;
    const double writerCpu = threadCpuMs() - writerBefore;
    if (!report.applied && !options.dryRun) {
        out << report.toText() << Qt::endl;
        return 1;
    }
    out << "import: " << report.rowsRead << " rows (" << report.inserted << " new, " << report.rejected
        << " rejected) in " << ms << " ms = " << qint64(report.rowsRead * 1000.0 / ms) << " rows/s, "
        << cpu << " ms CPU, of which " << writerCpu << " ms on the writing thread" << Qt::endl;
    if (options.phases) {
        // Reading and checking run on their own thread, alongside the writing phases.
        qint64 writing = 0;
        for (int i = 0; i < pass::ImportPhases::Count; ++i) {
            const bool reader = i == pass::ImportPhases::ReadParse || i == pass::ImportPhases::MapValidate;
            if (!reader)
                writing += phases.ns[i];
            out << "  " << QString::fromLatin1(pass::ImportPhases::name(i)).leftJustified(22) << ' '
                << QString::number(phases.ns[i] / 1e6, 'f', 0).rightJustified(7) << " ms"
                << (reader ? " (reading thread)" : "") << Qt::endl;
        }
        out << "  " << QString::fromLatin1("other, waiting for rows").leftJustified(22) << ' '
            << QString::number(ms - writing / 1e6, 'f', 0).rightJustified(7) << " ms" << Qt::endl;
    }
    out << "peak memory: " << peakRssMiB() << " MiB (" << rssBefore << " MiB before the import)" << Qt::endl;
    if (indexedMs > 0)
        out << "ratio to the same-keys floor: " << QString::number(ms / indexedMs, 'f', 2) << "x wall, "
            << QString::number(cpu / indexedCpuMs, 'f', 2) << "x CPU (target <= 1.5x)" << Qt::endl;
    if (anchorMs > 0)
        out << "ratio to the bare-table .import: " << QString::number(ms / anchorMs, 'f', 2) << "x wall, "
            << QString::number(cpu / anchorCpuMs, 'f', 2) << "x CPU (reference)" << Qt::endl;
    out << "load average: " << loadAverage() << Qt::endl;

    if (parser.isSet(u"reimport"_s)) {
        timer.restart();
        const pass::ImportReport again = importer.run(csv, {}, {});
        out << "re-import: " << again.unchanged << " unchanged, " << again.updated << " updated in "
            << timer.elapsed() << " ms" << Qt::endl;
    }
    return 0;
}
