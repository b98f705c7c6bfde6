#include "reportcommand.h"

#include "commandsupport.h"

#include "core/store/database.h"
#include "core/store/referencestore.h"
#include "reports/reportbatch.h"

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

int runReportCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"authority"_s, u"The authority (ISTAT code)."_s, u"ISTAT"_s});
    parser.addOption({u"all"_s, u"One report per authority of the scope, into --out-dir."_s});
    parser.addOption({u"province"_s, u"Scope: the authorities of a province (e.g. CR)."_s, u"CODE"_s});
    parser.addOption({u"small"_s, u"Scope: only piccoli comuni (up to 5,000 inhabitants)."_s});
    parser.addOption({u"phase"_s, u"Scope: only authorities of this PAsS phase (1, 2, 3)."_s, u"N"_s});
    parser.addOption({u"semester"_s, u"The semester, e.g. 2024-S2 (default: the last complete one)."_s, u"SEMESTER"_s});
    parser.addOption({u"out"_s, u"The file: .pdf (monitoring report), .xlsx or .csv (DFP table)."_s, u"FILE"_s});
    parser.addOption({u"out-dir"_s, u"With --all: the folder for the files."_s, u"DIR"_s});
    parser.addOption({u"format"_s, u"With --all: pdf (default), xlsx or csv."_s, u"FORMAT"_s, u"pdf"_s});
    parser.addOption({u"lang"_s, u"it (default) or en."_s, u"LANG"_s, u"it"_s});
    parser.addOption({u"net"_s, u"Backlog net of suspension days instead of the DFP's gross figure."_s});
    parser.addOption({u"as-of"_s, u"Count the running semester as of this day (default: today)."_s, u"DATE"_s});
    int code = 0;
    if (!parseCommand(parser, u"report"_s,
                      u"Write the DFP semester table (CSV, XLSX) or the monitoring report (PDF)."_s, ctx, &code))
        return code;
    const auto usage = [&](const QString &message) {
        ctx.err << "passctl report: " << message << "\n";
        return 2;
    };
    pass::ReportBatch::Options options;
    pass::IndicatorScope &scope = options.scope;
    if (parser.isSet(u"as-of"_s)) {
        scope.asOf = QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate);
        if (!scope.asOf.isValid())
            return usage(u"--as-of takes a date YYYY-MM-DD, not '%1'"_s.arg(parser.value(u"as-of"_s)));
    }
    const auto semester = parser.isSet(u"semester"_s) ? pass::Semester::parse(parser.value(u"semester"_s))
                                                      : std::optional(pass::Semester::containing(scope.asOf).previous());
    if (!semester)
        return usage(u"--semester takes a semester like 2024-S2, not '%1'"_s.arg(parser.value(u"semester"_s)));
    options.semester = *semester;
    const QString lang = parser.value(u"lang"_s);
    if (lang != u"it" && lang != u"en")
        return usage(u"--lang is 'it' or 'en', not '%1'"_s.arg(lang));
    options.language = lang == u"en" ? pass::ReportLanguage::English : pass::ReportLanguage::Italian;
    scope.netOfSuspensions = parser.isSet(u"net"_s);
    scope.provinceCode = parser.value(u"province"_s);
    scope.smallComuniOnly = parser.isSet(u"small"_s);
    if (parser.isSet(u"phase"_s)) {
        bool ok = false;
        scope.passPhase = parser.value(u"phase"_s).toInt(&ok);
        if (!ok || *scope.passPhase < 1 || *scope.passPhase > 3)
            return usage(u"--phase is 1, 2 or 3"_s);
    }
    QSqlDatabase db = ctx.db.connection();
    const QString istat = parser.value(u"authority"_s);
    if (!istat.isEmpty()) {
        QList<pass::Authority> known;
        QString error;
        if (!pass::ReferenceStore(db).authorities(&known, &error)) {
            ctx.err << "passctl report: the authorities cannot be read: " << error << "\n";
            return 1;
        }
        if (std::none_of(known.cbegin(), known.cend(), [&](const pass::Authority &a) { return a.istat == istat; })) {
            ctx.err << "passctl report: no authority has the ISTAT code '" << istat << "'\n";
            return 1;
        }
    }

    if (parser.isSet(u"all"_s)) {
        if (!istat.isEmpty())
            return usage(u"--all and --authority exclude each other"_s);
        options.outputDir = parser.value(u"out-dir"_s);
        if (options.outputDir.isEmpty())
            return usage(u"--all needs --out-dir DIR"_s);
        const auto format = pass::ReportBatch::formatOf(u"."_s + parser.value(u"format"_s));
        if (!format)
            return usage(u"--format is pdf, xlsx or csv, not '%1'"_s.arg(parser.value(u"format"_s)));
        options.format = *format;
        QElapsedTimer timer;
        timer.start();
        const auto result = pass::ReportBatch::run(db, options, [&](int done, int total, const QString &authority) {
            ctx.err << "[" << done << "/" << total << "] " << authority << "\n";
            ctx.err.flush();
            return true;
        });
        for (const QString &failure : result.failures)
            ctx.err << "passctl report: " << failure << "\n";
        ctx.out << result.files.size() << " of " << result.total << " reports written to " << options.outputDir << " in "
                << timer.elapsed() << " ms\n";
        return result.failures.isEmpty() ? 0 : 1;
    }

    const QString out = parser.value(u"out"_s);
    if (out.isEmpty())
        return usage(u"needs --out FILE (.pdf, .xlsx or .csv), or --all --out-dir DIR"_s);
    const auto format = pass::ReportBatch::formatOf(out);
    if (!format)
        return usage(u"--out must end in .pdf, .xlsx or .csv: '%1'"_s.arg(out));
    options.format = *format;
    QString error;
    if (!pass::ReportBatch::writeOne(db, options, istat, out, &error)) {
        ctx.err << "passctl report: " << error << "\n";
        return 1;
    }
    ctx.out << "report written to " << QFileInfo(out).absoluteFilePath() << "\n";
    return 0;
}
