#include "sql.h"

#include "core/util/logging.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pass::sql {

QString describe(const QSqlQuery &q)
{
    // Enough of the statement to find it in the code; the driver's message says what failed.
    QString statement = q.lastQuery().simplified();
    if (statement.size() > 80)
        statement = statement.left(77) + u"..."_s;
    const QString message = q.lastError().text().trimmed();
    return u"%1 [%2]"_s.arg(message.isEmpty() ? u"unknown SQL error"_s : message, statement);
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = describe(q);
    return false;
}

bool exec(QSqlQuery &q, const QString &text, const QVariantList &values, QString *error)
{
    if (values.size() == 0) {
        if (q.exec(text))
            return true;
        if (error)
            *error = describe(q);
        return false;
    }
    if (!q.prepare(text)) {
        if (error)
            *error = describe(q);
        return false;
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    return exec(q, error);
}

bool run(const QSqlDatabase &db, const QString &text, const QVariantList &values, QString *error)
{
    QSqlQuery q(db);
    return exec(q, text, values, error);
}

bool scalar(const QSqlDatabase &db, const QString &text, const QVariantList &values, QVariant *value,
            QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!exec(q, text, values, error))
        return false;
    if (!q.next()) {
        if (error)
            *error = q.lastError().isValid() ? describe(q)
                                             : u"no row [%1]"_s.arg(text.simplified().left(80));
        return false;
    }
    *value = q.value(0);
    return true;
}

bool finished(const QSqlQuery &q, QString *error)
{
    if (!q.lastError().isValid())
        return true;
    if (error)
        *error = describe(q);
    return false;
}

bool readFailed(const QString &what, const QString &why, QString *error)
{
    if (error)
        *error = why;
    else
        qCWarning(lcStore).noquote() << what << "cannot be read:" << why;
    return false;
}

void runLogged(const QSqlDatabase &db, const QString &text)
{
    QString error;
    if (!run(db, text, &error))
        qCWarning(lcStore).noquote() << "best-effort statement failed:" << error;
}

} // namespace pass::sql
