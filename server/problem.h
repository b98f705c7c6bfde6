#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pass::portal {

// An RFC 9457 problem: type, title, status, detail, plus the fields that are wrong.
struct Problem
{
    int status = 400;
    QString slug; // the type is urn:pass:problem:<slug>
    QString title;
    QString detail;
    QString field;
    QList<std::pair<QString, QString>> errors; // field, detail
    QString rule; // the workflow rule that refused a mutation ("accept.who")

    QJsonObject toJson() const;
    bool isNull() const { return slug.isEmpty(); }

    static Problem badRequest(const QString &field, const QString &detail);
    static Problem notFound(const QString &detail = QString());
    static Problem forbidden(const QString &detail, const QString &field = QString());
    static Problem conflict(const QString &field, const QString &detail);
    static Problem unauthorized(const QString &detail);
    // A support-request workflow rule refused the write: 403 when the caller may not make the
    // move, 409 when the request's state does not allow it, 422 when something it needs is
    // missing (a reason, a summary, experts of the authority).
    static Problem workflow(int status, const QString &rule, const QString &detail);
};

} // namespace pass::portal
