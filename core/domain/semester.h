#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace pass {

// A DFP monitoring semester: S1 = 1 January–30 June, S2 = 1 July–31 December.
// Semesters are numbered consecutively (year * 2 + half) so ranges and prefix sums are simple.
class Semester
{
public:
    Semester() = default;
    Semester(int year, int half) : m_index(year * 2 + (half - 1)) { }

    static Semester fromIndex(int index);
    static Semester containing(QDate date);
    // Parses "2024-S1" (also "2024-s1", "2024S1"); nullopt when malformed.
    static std::optional<Semester> parse(QStringView text);
    static Semester current();

    int index() const { return m_index; }
    int year() const { return m_index / 2; }
    int half() const { return m_index % 2 + 1; }
    QDate firstDay() const;
    QDate lastDay() const;
    QString label() const; // "2024-S1"

    Semester next() const { return fromIndex(m_index + 1); }
    Semester previous() const { return fromIndex(m_index - 1); }

    friend bool operator==(Semester a, Semester b) { return a.m_index == b.m_index; }
    friend auto operator<=>(Semester a, Semester b) { return a.m_index <=> b.m_index; }

private:
    int m_index = 0;
};

// Semester index of an ISO date string "YYYY-MM-DD" without building a QDate: hot paths
// (aggregates, import) call this per row.
inline int semesterIndexOfIso(QStringView iso)
{
    const int year = iso.left(4).toInt();
    const int month = iso.mid(5, 2).toInt();
    return year * 2 + (month > 6 ? 1 : 0);
}

} // namespace pass
