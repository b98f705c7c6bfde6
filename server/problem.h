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

    QJsonObject toJson() const;
    bool isNull() const { return slug.isEmpty(); }

    static Problem badRequest(const QString &field, const QString &detail);
    static Problem notFound(const QString &detail = QString());
    static Problem forbidden(const QString &detail, const QString &field = QString());
    static Problem conflict(const QString &field, const QString &detail);
    static Problem unauthorized(const QString &detail);
};

} // namespace pass::portal
