#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace pass {

// Runs CREATE INDEX statements over a large table with the settings under which SQLite's
// sorter is fastest, and puts the connection's settings back afterwards.
//
// SQLite sorts the keys of a new index in runs of at most the page cache's size, then merges
// the runs. One run of a million keys (a large cache) is a merge sort over a linked list that
// misses the CPU cache at every step; runs of a few MiB are sorted within it and merged in one
// pass. Measured on 1,000,000 case files, the four case-file indexes: 3.6 s with a 32 MiB cache,
// 2.0 s with runs of 4 MiB. Two sorter worker threads (PRAGMA threads) took that to 1.8 s of
// wall time on an idle machine but added an intermediate merge through temporary files: about
// 2 s more CPU over a million-row import's five indexes, so none are used.
bool createIndexes(QSqlDatabase db, const QStringList &statements, QString *error);

// When `table` is empty, drops its indexes and adds their CREATE statements to *dropped, for a
// bulk writer to build them once at the end (createIndexes()) instead of row by row. DDL is
// transactional: call inside the writer's transaction, so that a rollback brings them back and
// other connections never see the table without them. An index that cannot be dropped now (a
// query of this connection still reads, SQLITE_LOCKED) is simply kept, with the ones after it.
bool dropIndexesWhileEmpty(QSqlDatabase db, const QString &table, QStringList *dropped, QString *error);

} // namespace pass
