#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <QList>

#include <optional>

namespace pass::sql {

// The one way the store's classes run SQL through Qt: every statement that fails says so, with
// the driver's words and the statement that failed, and the caller passes that up. A read that
// fails must never look like a read that found nothing (an empty outbox, no history, no
// conflicts): readers return false with *error, and only then is the result not to be used.

// Runs q, prepared and bound by the caller.
bool exec(QSqlQuery &q, QString *error);
// Prepares text on q, binds values in order and runs it; q then holds the result rows.
bool exec(QSqlQuery &q, const QString &text, const QVariantList &values, QString *error);
inline bool exec(QSqlQuery &q, const QString &text, QString *error) { return exec(q, text, {}, error); }
// A statement whose result is not read (a write, a pragma): runs it on db.
bool run(const QSqlDatabase &db, const QString &text, const QVariantList &values, QString *error);
inline bool run(const QSqlDatabase &db, const QString &text, QString *error) { return run(db, text, {}, error); }
// The first column of the first row into *value; a query that returns no row is a failure too
// (for aggregates and EXISTS, which always return one).
bool scalar(const QSqlDatabase &db, const QString &text, const QVariantList &values, QVariant *value,
            QString *error);
inline bool scalar(const QSqlDatabase &db, const QString &text, QVariant *value, QString *error)
{
    return scalar(db, text, {}, value, error);
}
// After a loop over q.next(): the rows ended because there were no more, not because stepping
// failed (a busy or damaged store stops next() the same way). False with *error otherwise.
bool finished(const QSqlQuery &q, QString *error);

// Runs text with values on q (forward only) and hands every row to `row(q)`. False with *error
// when the statement or stepping through its rows fails.
template<typename Row>
bool forEachRow(QSqlQuery &q, const QString &text, const QVariantList &values, QString *error, Row row)
{
    q.setForwardOnly(true);
    if (!exec(q, text, values, error))
        return false;
    while (q.next())
        row(q);
    return finished(q, error);
}

// Every row made into a T by `from(q)`, into *rows. On failure *rows is empty and *error says why.
template<typename T, typename From>
bool list(const QSqlDatabase &db, const QString &text, const QVariantList &values, QList<T> *rows,
          QString *error, From from)
{
    QSqlQuery q(db);
    QList<T> result;
    if (!forEachRow(q, text, values, error, [&](const QSqlQuery &r) { result << from(r); })) {
        rows->clear();
        return false;
    }
    *rows = std::move(result);
    return true;
}

// The first row made into a T by `from(q)` into *row, nullopt when there is none.
template<typename T, typename From>
bool first(const QSqlDatabase &db, const QString &text, const QVariantList &values,
           std::optional<T> *row, QString *error, From from)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    row->reset();
    if (!exec(q, text, values, error))
        return false;
    if (q.next()) {
        *row = from(q);
        return true;
    }
    return finished(q, error);
}

// For best-effort statements whose failure changes nothing that is read later (a cache size, a
// checkpoint, a rollback after a failure already reported): logged, never silent.
void runLogged(const QSqlDatabase &db, const QString &text);

// For readers whose callers may pass no place for an error (error null): hands `why` to the
// caller, or logs it with `what` could not be read. Returns false.
bool readFailed(const QString &what, const QString &why, QString *error);

// `value` when the read went well (ok), else T() with the reason handed to the caller, or
// logged with `what` when the caller gave no place for it. For the Workspace's and the desks'
// reads, whose views may only want the answer.
template<typename T>
T valueOr(bool ok, T value, const QString &what, const QString &why, QString *error)
{
    if (ok)
        return value;
    readFailed(what, why, error);
    return T();
}

// The error of a failed query: the driver's message and the first words of the statement.
QString describe(const QSqlQuery &q);

} // namespace pass::sql
