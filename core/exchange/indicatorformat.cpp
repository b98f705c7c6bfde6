#include "indicatorformat.h"

#include "core/util/csvline.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pass::IndicatorFormat {
namespace {

template<typename T>
QString optionalText(const std::optional<T> &value)
{
    return value ? QString::number(*value) : QString();
}

QString durationText(const IndicatorRow &row)
{
    const auto avg = row.averageDurationDays();
    return avg ? QString::number(*avg, 'f', 1) : QString();
}

template<typename T>
QJsonValue optionalJson(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList csvColumns()
{
    return {u"semester"_s, u"task_force"_s, u"procedure_code"_s, u"authority_istat"_s, u"started"_s,
            u"concluded"_s, u"concluded_tacit"_s, u"concluded_express"_s, u"express_with_conference"_s,
            u"express_with_suspension"_s, u"avg_duration_days"_s, u"legal_term_days"_s, u"backlog"_s,
            u"concluded_late"_s, u"backlog_net"_s, u"as_of"_s};
}

QByteArray toCsv(const QList<IndicatorRow> &rows)
{
    QString text = csvLine(csvColumns()) + u'\n';
    for (const IndicatorRow &r : rows) {
        text += csvLine({r.semester.label(), r.taskForce, r.procedureCode, r.authorityIstat,
                         QString::number(r.started), QString::number(r.concluded()),
                         QString::number(r.concludedTacit), QString::number(r.concludedExpress),
                         QString::number(r.expressWithConference), QString::number(r.expressWithSuspension),
                         durationText(r), optionalText(r.legalTermDays), optionalText(r.backlog),
                         optionalText(r.concludedLate), optionalText(r.backlogNet),
                         r.asOf ? r.asOf->toString(Qt::ISODate) : QString()})
            + u'\n';
    }
    return text.toUtf8();
}

QJsonArray toJson(const QList<IndicatorRow> &rows)
{
    QJsonArray array;
    for (const IndicatorRow &r : rows) {
        const auto avg = r.averageDurationDays();
        array.append(QJsonObject{
            {u"semester"_s, r.semester.label()},
            {u"task_force"_s, r.taskForce},
            {u"procedure_code"_s, r.procedureCode},
            {u"authority_istat"_s, r.authorityIstat},
            {u"started"_s, double(r.started)},
            {u"concluded"_s, double(r.concluded())},
            {u"concluded_tacit"_s, double(r.concludedTacit)},
            {u"concluded_express"_s, double(r.concludedExpress)},
            {u"express_with_conference"_s, double(r.expressWithConference)},
            {u"express_with_suspension"_s, double(r.expressWithSuspension)},
            {u"avg_duration_days"_s, avg ? QJsonValue(*avg) : QJsonValue(QJsonValue::Null)},
            {u"legal_term_days"_s, optionalJson(r.legalTermDays)},
            {u"backlog"_s, optionalJson(r.backlog)},
            {u"concluded_late"_s, optionalJson(r.concludedLate)},
            {u"backlog_net"_s, optionalJson(r.backlogNet)},
            // The running semester: counted as of this day, not at the semester's end.
            {u"as_of"_s, r.asOf ? QJsonValue(r.asOf->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        });
    }
    return array;
}

} // namespace pass::IndicatorFormat
