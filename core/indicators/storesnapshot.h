#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace pass {

// What a store file holds right now, as the same bytes from any connection or process: the
// size and modification time of the file and its write-ahead log, and the WAL index header
// (which every commit changes). Two equal fingerprints mean nothing was committed in between.
QByteArray storeFingerprint(const QString &path);

// The open case files of the whole store, read once per committed change of the store and then
// shared by every dashboard, deadline watch and bottleneck read of any connection: a filter
// change no longer reads them again. Strings are interned, so a row costs a few dozen bytes.
struct OpenCaseTable
{
    struct Row
    {
        int authority = 0;  // index into authorities
        int procedure = 0;  // index into procedures
        int responsible = 0; // index into responsibles
        int suspensionDays = 0;
        int legalTermDays = -1; // in force at the start; -1: no statutory term
        qint64 startJulianDay = 0;
        QString id;
        QString protocolNumber;
    };
    QStringList authorities;
    QStringList procedures;
    QStringList responsibles;
    QList<Row> rows; // by start date
};

// The per-authority semester aggregates (case_stats, without the all-authorities rows), for sums
// over many authorities (a province, the small comuni) without reading thousands of rows again.
struct CaseStatsTable
{
    enum Column { Started, Tacit, Express, Conference, Suspension, DurationSum, Late, Withdrawn, BacklogDelta,
                  BacklogNetDelta, ColumnCount };
    struct Row
    {
        int authority = 0; // index into authorities
        int procedure = 0; // index into procedures
        int semester = 0;  // Semester::index()
        std::array<qint32, ColumnCount> values{}; // a cell's counts and day sums fit 32 bits
    };
    QStringList authorities;
    QList<QByteArray> procedures;
    QList<Row> rows;
};

class StoreSnapshots
{
public:
    // The tables of the store `db` is connected to, read through `db` when the store changed
    // since the last read (or never read); nullptr with `error` set when the read fails.
    static std::shared_ptr<const OpenCaseTable> openCases(QSqlDatabase db, QString *error);
    static std::shared_ptr<const CaseStatsTable> caseStats(QSqlDatabase db, QString *error);

    // Whether a read of `authorities` (several; empty: all) should go through the snapshots:
    // never for fewer than kManyAuthorities; else yes when they are current; after a commit, only
    // for more than half of the store's authorities. Reading a whole snapshot costs about ten times what one province's rows cost
    // through the indexes (1,000,000 case files: 130 ms of CPU against 10 for the aggregates), so
    // the first refresh after a commit reads just its scope, and the snapshot is read again only
    // by a scope so wide that the indexes would read most of the store anyway.
    enum class Table { OpenCases, CaseStats };
    static bool worthReading(QSqlDatabase db, Table table, const QStringList &authorities);

    // From how many authorities on a sum goes through the snapshot rather than the indexes.
    static constexpr int kManyAuthorities = 9;
};

} // namespace pass
