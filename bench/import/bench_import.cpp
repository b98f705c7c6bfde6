// Imports N case-file rows (default 1,000,000) from a generated office-style CSV into a fresh
// store and prints rows/s, peak memory and the ratio to the sqlite3 shell's .import of the
// same file into a bare table, measured side by side in the same run.
//
//   bench_import [--rows N] [--keep DIR] [--reimport]
#include "core/import/caseimporter.h"
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Rows to import."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"keep"_s, u"Keep the CSV and stores in DIR."_s, u"DIR"_s});
    parser.addOption({u"reimport"_s, u"Also time importing the same file again (all unchanged)."_s});
    parser.addOption({u"dry-run"_s, u"Read, map and validate only: the cost of the writes is the difference."_s});
    parser.addOption({u"no-generate"_s, u"Reuse DIR/bench.csv (with --keep)."_s});
    parser.addOption({u"no-anchor"_s, u"Skip the sqlite3 shell run."_s});
    parser.addOption({u"no-outbox"_s, u"Import as a sync would (no outbox rows): the outbox's share of the cost."_s});
    parser.addOption({u"phases"_s, u"Time each phase of the import (adds the cost of reading the clock)."_s});
    parser.process(app);
    const qint64 rows = parser.value(u"rows"_s).toLongLong();

    QTemporaryDir tmp;
    const QString dir = parser.isSet(u"keep"_s) ? parser.value(u"keep"_s) : tmp.path();
    const QString csv = dir + u"/bench.csv"_s;
    QFile::remove(dir + u"/bare.db"_s);
    QFile::remove(dir + u"/store.db"_s);
    if (!parser.isSet(u"no-generate"_s) && !generate(csv, rows)) {
        out << "cannot write " << csv << Qt::endl;
        return 1;
    }
    out << "load average: " << loadAverage() << Qt::endl;
    out << "generated " << rows << " rows, " << QFile(csv).size() / (1024 * 1024) << " MiB" << Qt::endl;

    // The anchor: the sqlite3 shell importing the same file into a bare table.
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    if (!parser.isSet(u"no-anchor"_s))
        sqlite.start(u"sqlite3"_s, {dir + u"/bare.db"_s});
    sqlite.write(".mode csv\n.separator ;\n.import " + csv.toUtf8() + " cases\n.quit\n");
    sqlite.closeWriteChannel();
    const bool anchorOk = sqlite.waitForFinished(600000) && sqlite.exitCode() == 0;
    const double anchorMs = double(timer.elapsed());
    const double anchorCpuMs = cpuMs(RUSAGE_CHILDREN);
    if (!anchorOk && !parser.isSet(u"no-anchor"_s))
        out << "sqlite3 .import failed: " << sqlite.readAllStandardError() << Qt::endl;
    else if (anchorOk)
        out << "sqlite3 .import: " << anchorMs << " ms (" << anchorCpuMs << " ms CPU)" << Qt::endl;

    // A second figure for scale: the same shell then building the four indexes the store keeps on
    // case files (unique authority + protocol, start date, procedure + start date, open cases
    // by start date) over the columns they come from. No validation, no primary key, no
    // statistics: a floor for any import that leaves the store's indexes in place.
    double indexedMs = 0;
    if (anchorOk) {
        timer.restart();
        const double cpuStart = cpuMs(RUSAGE_CHILDREN);
        QProcess indexing;
        indexing.start(u"sqlite3"_s, {dir + u"/bare.db"_s});
        indexing.write("CREATE UNIQUE INDEX a ON cases (\"Codice ISTAT\", \"Protocollo\");\n"
                       "CREATE INDEX b ON cases (\"Data presentazione\");\n"
                       "CREATE INDEX c ON cases (\"Tipo pratica\", \"Data presentazione\");\n"
                       "CREATE INDEX d ON cases (\"Data presentazione\") WHERE \"Esito\" = '';\n.quit\n");
        indexing.closeWriteChannel();
        if (indexing.waitForFinished(600000) && indexing.exitCode() == 0) {
            indexedMs = anchorMs + double(timer.elapsed());
            out << "sqlite3 .import, then the store's four indexes: " << indexedMs << " ms ("
                << (anchorCpuMs + cpuMs(RUSAGE_CHILDREN) - cpuStart) << " ms CPU) = "
                << QString::number(indexedMs / anchorMs, 'f', 2) << "x the bare import" << Qt::endl;
        } else {
            out << "sqlite3 CREATE INDEX failed: " << indexing.readAllStandardError() << Qt::endl;
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
    if (!report.applied && !options.dryRun) {
        out << report.toText() << Qt::endl;
        return 1;
    }
    out << "import: " << report.rowsRead << " rows (" << report.inserted << " new, " << report.rejected
        << " rejected) in " << ms << " ms = " << qint64(report.rowsRead * 1000.0 / ms) << " rows/s, "
        << cpu << " ms CPU" << Qt::endl;
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
    if (anchorOk)
        out << "ratio to sqlite3 .import: " << QString::number(ms / anchorMs, 'f', 2) << "x wall (target <= 2x), "
            << QString::number(cpu / anchorCpuMs, 'f', 2) << "x CPU" << Qt::endl;
    if (indexedMs > 0)
        out << "ratio to sqlite3 .import with the same indexes: " << QString::number(ms / indexedMs, 'f', 2) << "x wall"
            << Qt::endl;
    out << "load average: " << loadAverage() << Qt::endl;

    if (parser.isSet(u"reimport"_s)) {
        timer.restart();
        const pass::ImportReport again = importer.run(csv, {}, {});
        out << "re-import: " << again.unchanged << " unchanged, " << again.updated << " updated in "
            << timer.elapsed() << " ms" << Qt::endl;
    }
    return 0;
}
