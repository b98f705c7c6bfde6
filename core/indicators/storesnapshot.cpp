#include "storesnapshot.h"

#include "core/domain/records.h"
#include "core/store/referencestore.h"
#include "core/store/sqlitehandle.h"
#include "core/util/isodate.h"
#include "core/util/stage.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

void appendFileState(QByteArray *out, const QString &path)
{
    std::error_code ec;
    // From UTF-16, not toStdString(): on Windows a std::string is read in the ANSI code page, so
    // a folder such as "Città" would name another file and every size and time would be -1.
    const std::filesystem::path p(path.toStdU16String());
    const auto size = std::filesystem::file_size(p, ec);
    const qint64 bytes = ec ? -1 : qint64(size);
    const auto time = std::filesystem::last_write_time(p, ec);
    const qint64 ticks = ec ? -1 : qint64(time.time_since_epoch().count());
    out->append(reinterpret_cast<const char *>(&bytes), sizeof bytes);
    out->append(reinterpret_cast<const char *>(&ticks), sizeof ticks);
}

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                             sqlite3_column_bytes(stmt, column));
}

// Interns strings: the index of each distinct value in `list`.
class Interner
{
public:
    explicit Interner(QStringList *list) : m_list(list) { }
    int operator()(const char *bytes, int size)
    {
        // Rows come in key order, so most repeat the previous row's value: no hashing then.
        const QByteArrayView key(bytes, size);
        if (m_last >= 0 && key == m_lastKey)
            return m_last;
        const auto it = m_index.constFind(QByteArray::fromRawData(bytes, size));
        if (it != m_index.cend()) {
            m_lastKey = it.key();
            return m_last = *it;
        }
        const int index = int(m_list->size());
        m_list->append(QString::fromUtf8(bytes, size));
        m_lastKey = QByteArray(bytes, size);
        m_index.insert(m_lastKey, index);
        return m_last = index;
    }

private:
    QStringList *m_list;
    QHash<QByteArray, int> m_index;
    QByteArray m_lastKey;
    int m_last = -1;
};

struct Prepared
{
    sqlite3_stmt *stmt = nullptr;
    ~Prepared() { sqlite3_finalize(stmt); }
};

template<typename Table>
struct Entry
{
    QByteArray fingerprint;
    std::shared_ptr<const Table> table;
    QByteArray reading; // the fingerprint a thread is reading now; empty when none is
};

QMutex g_mutex;
QWaitCondition g_readDone; // a read finished (or failed): whoever waited for it looks again
QHash<QString, Entry<OpenCaseTable>> g_open;
QHash<QString, Entry<CaseStatsTable>> g_stats;

std::shared_ptr<const OpenCaseTable> readOpenCases(QSqlDatabase db, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QObject::tr("The store is not open");
        return nullptr;
    }
    QHash<QString, ProcedureType> types;
    if (!ReferenceStore(db).procedureTypesByCode(&types, error))
        return nullptr;
    static const char sql[] = "SELECT id, authority_istat, procedure_code, protocol_number, coalesce(responsible, ''), "
                              "start_date, suspension_days FROM case_files WHERE outcome IS NULL ORDER BY start_date";
    Prepared q;
    if (sqlite3_prepare_v2(handle, sql, -1, &q.stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return nullptr;
    }
    auto table = std::make_shared<OpenCaseTable>();
    Interner authority(&table->authorities), procedure(&table->procedures), responsible(&table->responsibles);
    QList<std::optional<const ProcedureType *>> typeOf; // by procedure index
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        const auto column = [&q](int i) {
            return std::pair(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, i)), sqlite3_column_bytes(q.stmt, i));
        };
        OpenCaseTable::Row row;
        const auto [a, aSize] = column(1);
        row.authority = authority(a, aSize);
        const auto [p, pSize] = column(2);
        row.procedure = procedure(p, pSize);
        const auto [r, rSize] = column(4);
        row.responsible = responsible(r, rSize);
        row.id = text(q.stmt, 0);
        row.protocolNumber = text(q.stmt, 3);
        const QDate start = parseIsoDate(QByteArrayView(column(5).first, column(5).second));
        row.startJulianDay = start.toJulianDay();
        row.suspensionDays = sqlite3_column_int(q.stmt, 6);
        while (typeOf.size() <= row.procedure) {
            const auto it = types.constFind(table->procedures.at(typeOf.size()));
            typeOf << (it == types.cend() ? std::nullopt : std::optional(&*it));
        }
        if (const auto type = typeOf.at(row.procedure)) {
            if (const auto term = (*type)->termFor(start))
                row.legalTermDays = *term;
        }
        table->rows << row;
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return nullptr;
    }
    return table;
}

std::shared_ptr<const CaseStatsTable> readCaseStats(QSqlDatabase db, QString *error)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = QObject::tr("The store is not open");
        return nullptr;
    }
    static const char sql[] = "SELECT authority_istat, procedure_code, semester, started, concluded_tacit, "
                              "concluded_express, express_with_conference, express_with_suspension, "
                              "express_duration_sum, concluded_late, withdrawn, backlog_delta, backlog_net_delta "
                              "FROM case_stats WHERE authority_istat <> '*'";
    Prepared q;
    if (sqlite3_prepare_v2(handle, sql, -1, &q.stmt, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return nullptr;
    }
    auto table = std::make_shared<CaseStatsTable>();
    QStringList procedureNames;
    Interner authority(&table->authorities), procedure(&procedureNames);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(q.stmt)) == SQLITE_ROW) {
        CaseStatsTable::Row row;
        row.authority = authority(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 0)), sqlite3_column_bytes(q.stmt, 0));
        row.procedure = procedure(reinterpret_cast<const char *>(sqlite3_column_text(q.stmt, 1)), sqlite3_column_bytes(q.stmt, 1));
        row.semester = sqlite3_column_int(q.stmt, 2);
        for (int c = 0; c < CaseStatsTable::ColumnCount; ++c) {
            const qint64 value = sqlite3_column_int64(q.stmt, 3 + c);
            if (value != qint64(qint32(value))) {
                *error = QObject::tr("A case_stats value does not fit the snapshot");
                return nullptr; // the caller reads the aggregates from the store instead
            }
            row.values[size_t(c)] = qint32(value);
        }
        table->rows << row;
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return nullptr;
    }
    for (const QString &name : std::as_const(procedureNames))
        table->procedures << name.toUtf8();
    return table;
}

// The cached table of the store at db's path when its fingerprint still matches, else a new read.
// One read per state of the store: a thread that finds another reading the same state waits for
// its table (after a commit the dashboard, the deadline badge and the open views all ask at
// once, and each read their own copy).
template<typename Table, typename Read>
std::shared_ptr<const Table> cached(QHash<QString, Entry<Table>> &cache, QSqlDatabase db, Read read, QString *error)
{
    const QString path = db.databaseName();
    // Taken before the read: a commit during the read makes the next call read again.
    const QByteArray fingerprint = storeFingerprint(path);
    if (!QFile::exists(path)) // an in-memory store: nothing tells its changes
        return read(db, error);
    QMutexLocker lock(&g_mutex);
    bool announced = false;
    for (;;) {
        const Entry<Table> &entry = cache[path];
        if (entry.table && entry.fingerprint == fingerprint)
            return entry.table;
        if (entry.reading != fingerprint)
            break;
        if (!announced) { // said outside the lock, then looked at again
            announced = true;
            lock.unlock();
            reachStage("store-snapshot.wait");
            lock.relock();
            continue;
        }
        g_readDone.wait(lock.mutex());
    }
    cache[path].reading = fingerprint;
    lock.unlock();
    reachStage("store-snapshot.read");
    std::shared_ptr<const Table> table = read(db, error);
    lock.relock();
    Entry<Table> &entry = cache[path];
    if (entry.reading == fingerprint)
        entry.reading.clear();
    if (table) {
        entry.fingerprint = fingerprint;
        entry.table = table;
    }
    g_readDone.wakeAll();
    return table;
}

} // namespace

QByteArray storeFingerprint(const QString &path)
{
    QByteArray out;
    appendFileState(&out, path);
    appendFileState(&out, path + u"-wal"_s);
    QFile shm(path + u"-shm"_s);
    if (shm.open(QIODevice::ReadOnly))
        out += shm.read(48); // the WAL index header: frame count, salts, checksums
    return out;
}

bool StoreSnapshots::worthReading(QSqlDatabase db, Table table, const QStringList &authorities)
{
    if (authorities.isEmpty())
        return true;
    if (authorities.size() < kManyAuthorities)
        return false; // a few authorities' rows cost less through the indexes in every case
    const QString path = db.databaseName();
    if (!QFile::exists(path))
        return true; // an in-memory store: no fingerprint, nothing kept
    const QByteArray fingerprint = storeFingerprint(path);
    {
        const QMutexLocker lock(&g_mutex);
        const bool current = table == Table::OpenCases ? g_open.value(path).fingerprint == fingerprint
                                                       : g_stats.value(path).fingerprint == fingerprint;
        if (current)
            return true;
    }
    qint64 known = 0;
    sqlite3 *handle = sqliteHandle(db);
    sqlite3_stmt *stmt = nullptr;
    if (handle && sqlite3_prepare_v2(handle, "SELECT count(*) FROM authorities", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        known = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return qint64(authorities.size()) * 2 > known;
}

std::shared_ptr<const OpenCaseTable> StoreSnapshots::openCases(QSqlDatabase db, QString *error)
{
    return cached(g_open, std::move(db), readOpenCases, error);
}

std::shared_ptr<const CaseStatsTable> StoreSnapshots::caseStats(QSqlDatabase db, QString *error)
{
    return cached(g_stats, std::move(db), readCaseStats, error);
}

} // namespace pass
