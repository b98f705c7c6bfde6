#include "semester.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pass {

Semester Semester::fromIndex(int index)
{
    Semester s;
    s.m_index = index;
    return s;
}

Semester Semester::containing(QDate date)
{
    return Semester(date.year(), date.month() <= 6 ? 1 : 2);
}

std::optional<Semester> Semester::parse(QStringView text)
{
    static const QRegularExpression re(u"^\\s*(\\d{4})\\s*-?\\s*[Ss]([12])\\s*$"_s);
    const auto match = re.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return Semester(match.capturedView(1).toInt(), match.capturedView(2).toInt());
}

Semester Semester::current()
{
    return containing(QDate::currentDate());
}

QDate Semester::firstDay() const
{
    return QDate(year(), half() == 1 ? 1 : 7, 1);
}

QDate Semester::lastDay() const
{
    return half() == 1 ? QDate(year(), 6, 30) : QDate(year(), 12, 31);
}

QString Semester::label() const
{
    return QString::number(year()) + u"-S"_s + QString::number(half());
}

} // namespace pass
