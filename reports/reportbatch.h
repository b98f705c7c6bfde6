#pragma once

#include "core/exchange/dfptable.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace pass {

// Writes one report per authority of a scope into a folder: a provincia's 100+ monitoring
// reports in one go. Runs on the calling thread with the caller's connection (a worker thread
// opens its own); progress is reported after each file and can cancel.
class ReportBatch
{
public:
    enum class Format { Pdf, Xlsx, Csv };

    struct Options
    {
        IndicatorScope scope;
        Semester semester;
        ReportLanguage language = ReportLanguage::Italian;
        Format format = Format::Pdf;
        QString outputDir;
    };
    struct Result
    {
        int total = 0;
        QStringList files;    // written
        QStringList failures; // "ISTAT: why"
        bool cancelled = false;
    };
    // done files of total; the authority just written. Returning false cancels the rest.
    using Progress = std::function<bool(int done, int total, const QString &authority)>;

    // The authorities the scope selects that have any case file (not all 1,500 comuni).
    // False with *error when the store cannot be read (not "no authority has case files").
    static bool authoritiesWithCases(QSqlDatabase db, const IndicatorScope &scope, QStringList *authorities,
                                     QString *error);
    static QString fileName(const QString &istat, Semester semester, Format format);
    static std::optional<Format> formatOf(const QString &path);

    // One report of one authority (or of the whole scope when istat is empty) to `path`.
    static bool writeOne(QSqlDatabase db, const Options &options, const QString &istat, const QString &path, QString *error);
    static Result run(QSqlDatabase db, const Options &options, const Progress &progress);
};

} // namespace pass
