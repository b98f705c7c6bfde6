#include "valueparsers.h"

#include "core/import/importfield.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

int toInt(QStringView s)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    return ok ? v : -1;
}

QDate makeDate(int y, int m, int d, DateStatus *status)
{
    if (y == 0) {
        *status = DateStatus::Placeholder;
        return {};
    }
    const QDate date(y, m, d);
    *status = date.isValid() ? DateStatus::Ok : DateStatus::Invalid;
    return date;
}

} // namespace

QDate excelSerialToDate(double serial)
{
    // Excel counts 1900-02-29, which never existed; 1899-12-30 as day 0 absorbs it for every
    // date after February 1900, the only ones a registry holds.
    return QDate(1899, 12, 30).addDays(qint64(serial));
}

QDate parseImportDate(QStringView text, DateStatus *status, bool allowSerial)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty()) {
        *status = DateStatus::Empty;
        return {};
    }
    // dd/mm/yyyy with / - . as separator; one- or two-digit day and month; 2- or 4-digit year;
    // an optional time after a space.
    static const QRegularExpression italian(
        u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?:[ T]\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?)?$"_s);
    static const QRegularExpression iso(
        u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$"_s);
    static const QRegularExpression compact(u"^(\\d{2})(\\d{2})(\\d{4})$"_s);
    static const QRegularExpression serial(u"^\\d{1,6}(?:[.,]\\d+)?$"_s);

    if (t.size() >= 8 && t.size() <= 10 && t[2] == u'/' && t[5] == u'/' && t.size() == 10) {
        // The common case, without the regular expression engine.
        const int d = toInt(t.mid(0, 2)), m = toInt(t.mid(3, 2)), y = toInt(t.mid(6, 4));
        if (d >= 0 && m >= 0 && y >= 0)
            return makeDate(y, m, d, status);
    }
    if (t.size() == 10 && t[4] == u'-' && t[7] == u'-') {
        const int y = toInt(t.mid(0, 4)), m = toInt(t.mid(5, 2)), d = toInt(t.mid(8, 2));
        if (d >= 0 && m >= 0 && y >= 0)
            return makeDate(y, m, d, status);
    }
    QRegularExpressionMatch match = italian.match(t);
    if (match.hasMatch()) {
        int y = match.capturedView(3).toInt();
        if (match.capturedView(3).size() == 2)
            y += 2000; // registries start after 2000: "23" is 2023
        return makeDate(y, match.capturedView(2).toInt(), match.capturedView(1).toInt(), status);
    }
    match = iso.match(t);
    if (match.hasMatch())
        return makeDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt(), status);
    match = compact.match(t);
    if (match.hasMatch())
        return makeDate(match.capturedView(3).toInt(), match.capturedView(2).toInt(), match.capturedView(1).toInt(), status);
    if (serial.match(t).hasMatch()) {
        QString number = t.toString();
        number.replace(u',', u'.');
        const double v = number.toDouble();
        // 18264 = 1950-01-01, 73051 = 2100-01-01: outside that a number is not a serial date.
        if ((allowSerial && v >= 1 && v < 2958466) || (v >= 18264 && v < 73051)) {
            *status = DateStatus::Ok;
            return excelSerialToDate(v);
        }
    }
    *status = DateStatus::Invalid;
    return {};
}

std::optional<bool> parseFlag(QStringView text)
{
    const QString f = foldForMatching(text);
    if (f.isEmpty() || f == u"no" || f == u"n" || f == u"falso" || f == u"false" || f == u"0"
        || f == u"f" || f == u"nessuna" || f == u"non sospesa")
        return false;
    if (f == u"si" || f == u"s" || f == u"x" || f == u"vero" || f == u"true" || f == u"yes" || f == u"y"
        || f == u"1" || f == u"v" || f == u"ok")
        return true;
    return std::nullopt;
}

OutcomeWord classifyOutcome(QStringView text)
{
    const QString f = foldForMatching(text);
    if (f.isEmpty())
        return OutcomeWord::Open;
    struct Rule
    {
        const char16_t *stem;
        OutcomeWord word;
    };
    // A request for, or the announcement of, an outcome is not the outcome: "Richiesta
    // Archiviazione" (a SUE product's state), "preavviso di diniego" (art. 10-bis l. 241/1990)
    // leave the case open or undecided — the user says what they mean. The requests that are
    // plain states of an open case ("Richiesta Integrazioni") are named first.
    static const char16_t *const openRequests[] = {u"richiesta integrazion", u"richiesta di integrazion",
                                                   u"richiesta documentazione", u"richiesta di documentazione"};
    for (const char16_t *stem : openRequests) {
        if (f.startsWith(QStringView(stem)))
            return OutcomeWord::Open;
    }
    // What was done with the request ("Richiesta accolta", "Domanda respinta") is an outcome.
    static const char16_t *const requestWords[] = {u"richiesta", u"proposta", u"preavviso", u"istanza", u"domanda"};
    static const char16_t *const decided[] = {u"accolt", u"respint", u"rigettat", u"archiviat", u"archivat",
                                              u"rilasciat", u"autorizzat", u"ritirat", u"evas"};
    for (const char16_t *word : requestWords) {
        const QStringView w(word);
        if (!f.startsWith(w) || (f.size() > w.size() && f.at(w.size()) != u' '))
            continue;
        const QStringView rest = QStringView(f).mid(w.size());
        if (std::none_of(std::begin(decided), std::end(decided),
                         [rest](const char16_t *d) { return rest.contains(QStringView(d)); }))
            return OutcomeWord::Unknown;
    }
    // Tried in order: the first stem found anywhere in the value decides. Tacit comes first so
    // that "si e formato il silenzio assenso" is not read as anything else.
    static const Rule rules[] = {
        {u"silenzio assenso", OutcomeWord::Tacit}, {u"tacit", OutcomeWord::Tacit},
        {u"archiviat", OutcomeWord::Withdrawn}, {u"archivat", OutcomeWord::Withdrawn},
        {u"archiviazione", OutcomeWord::Withdrawn}, {u"rinuncia", OutcomeWord::Withdrawn},
        {u"ritirat", OutcomeWord::Withdrawn}, {u"revoca delegato", OutcomeWord::Withdrawn},
        {u"superata da", OutcomeWord::Withdrawn}, {u"inefficace", OutcomeWord::Withdrawn},
        {u"withdrawn", OutcomeWord::Withdrawn},
        {u"richiesta integrazion", OutcomeWord::Open}, {u"invio integrazion", OutcomeWord::Open},
        {u"in istruttoria", OutcomeWord::Open}, {u"registrata", OutcomeWord::Open},
        {u"protocollata", OutcomeWord::Open}, {u"inviata", OutcomeWord::Open},
        {u"sospesa", OutcomeWord::Open}, {u"in corso", OutcomeWord::Open}, {u"aperta", OutcomeWord::Open},
        {u"open", OutcomeWord::Open}, {u"in compilazione", OutcomeWord::Open},
        {u"rilasciat", OutcomeWord::Express}, {u"esecutiv", OutcomeWord::Express},
        {u"accolt", OutcomeWord::Express}, {u"autorizzat", OutcomeWord::Express},
        {u"concluso positivamente", OutcomeWord::Express}, {u"provvedimento espresso", OutcomeWord::Express},
        {u"diniego", OutcomeWord::Express}, {u"rigett", OutcomeWord::Express},
        {u"respint", OutcomeWord::Express}, {u"improcedibil", OutcomeWord::Express},
        {u"inammissibil", OutcomeWord::Express}, {u"express", OutcomeWord::Express},
        {u"espresso", OutcomeWord::Express},
    };
    for (const Rule &r : rules) {
        if (f.contains(QStringView(r.stem)))
            return r.word;
    }
    return OutcomeWord::Unknown;
}

QString outcomeWordName(OutcomeWord w)
{
    switch (w) {
    case OutcomeWord::Express: return u"express"_s;
    case OutcomeWord::Tacit: return u"tacit"_s;
    case OutcomeWord::Withdrawn: return u"withdrawn"_s;
    case OutcomeWord::Open: return u"open"_s;
    case OutcomeWord::Unknown: return u"unknown"_s;
    }
    return {};
}

std::optional<OutcomeWord> outcomeWordFromName(QStringView name)
{
    for (OutcomeWord w : {OutcomeWord::Express, OutcomeWord::Tacit, OutcomeWord::Withdrawn, OutcomeWord::Open}) {
        if (outcomeWordName(w) == name)
            return w;
    }
    return std::nullopt;
}

QString cleanCode(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.endsWith(u".0")) {
        bool ok = false;
        (void)t.chopped(2).toLongLong(&ok);
        if (ok)
            t.chop(2);
    }
    return t.toString();
}

} // namespace pass
