#include "dfptable.h"

#include "core/exchange/xlsxworkbook.h"
#include "core/indicators/indicatorengine.h"
#include "core/store/referencestore.h"
#include "core/util/csvline.h"

#include <QIODevice>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

bool italian(ReportLanguage language)
{
    return language == ReportLanguage::Italian;
}

// The authority level a kind of authority has in the catalogue's authority_level column.
QString levelOf(const QString &kind)
{
    return kind.toUpper();
}

QString number(double value, ReportLanguage language)
{
    return QLocale(italian(language) ? QLocale::Italian : QLocale::English).toString(value, 'f', 1);
}

} // namespace

QString backlogVariantLabel(bool net, ReportLanguage language)
{
    if (italian(language))
        return net ? u"netto delle sospensioni (giorni di sospensione esclusi)"_s
                   : u"lordo (giorni di calendario, come richiesto dal DFP)"_s;
    return net ? u"net of suspensions (suspension days excluded)"_s
               : u"gross (calendar days, as the DFP asks)"_s;
}

QString reportDate(QDate date, ReportLanguage language)
{
    return italian(language) ? date.toString(u"dd/MM/yyyy"_s) : date.toString(Qt::ISODate);
}

QString semesterLabel(Semester s, ReportLanguage language)
{
    const bool it = italian(language);
    const QString months = s.half() == 1 ? (it ? u"gennaio–giugno"_s : u"January–June"_s)
                                         : (it ? u"luglio–dicembre"_s : u"July–December"_s);
    return u"%1 (%2 %3)"_s.arg(s.label(), months).arg(s.year());
}

QStringList DfpTable::columnTitles(ReportLanguage language)
{
    if (italian(language))
        return {u"Denominazione procedura"_s,
                u"Concluse con silenzio assenso (numero)"_s,
                u"Concluse con provvedimento espresso: Totali (numero)"_s,
                u"di cui con sospensioni (numero)"_s,
                u"di cui con Conferenza dei Servizi (numero)"_s,
                u"Durata media (giornate)"_s,
                u"Termine massimo (giornate)"_s,
                u"Avviate (numero)"_s,
                u"Arretrato (numero)"_s,
                u"Note"_s};
    return {u"Procedure"_s,
            u"Concluded by tacit approval (number)"_s,
            u"Concluded by express decision: total (number)"_s,
            u"of which with suspensions (number)"_s,
            u"of which with a services conference (number)"_s,
            u"Average duration (days)"_s,
            u"Legal term (days)"_s,
            u"Started (number)"_s,
            u"Backlog (number)"_s,
            u"Notes"_s};
}

QList<std::pair<QString, QString>> DfpTable::headerFields() const
{
    const bool it = italian(language);
    QString semesterText = semesterLabel(semester, language);
    if (asOf)
        semesterText += it ? u" — semestre in corso, dati al %1"_s.arg(reportDate(*asOf, language))
                           : u" — running semester, figures as of %1"_s.arg(reportDate(*asOf, language));
    return {{it ? u"Ente"_s : u"Authority"_s, scopeLabel},
            {it ? u"Semestre"_s : u"Semester"_s, semesterText},
            {it ? u"Arretrato"_s : u"Backlog"_s, backlogVariantLabel(netOfSuspensions, language)},
            {it ? u"Data di estrazione"_s : u"Extracted on"_s, reportDate(extractedOn, language)}};
}

QStringList DfpTable::cells(const DfpTableRow &r) const
{
    const auto optional = [](const auto &v) { return v ? QString::number(*v) : QString(); };
    return {r.procedureName,
            QString::number(r.concludedTacit),
            QString::number(r.concludedExpress),
            QString::number(r.expressWithSuspension),
            QString::number(r.expressWithConference),
            r.averageDurationDays ? number(*r.averageDurationDays, language) : QString(),
            optional(r.legalTermDays),
            QString::number(r.started),
            optional(r.backlog),
            r.note};
}

DfpTable DfpTable::build(QSqlDatabase db, const IndicatorScope &scope, Semester semester, ReportLanguage language,
                         QString *error)
{
    DfpTable table;
    table.semester = semester;
    table.language = language;
    table.netOfSuspensions = scope.netOfSuspensions;
    table.extractedOn = scope.asOf;
    const bool it = italian(language);
    std::optional<QStringList> authorities;
    ReferenceStore reference(db);
    QList<Authority> authorityList;
    QList<ProcedureType> types;
    QString readError;
    if (!scopeAuthorities(db, scope, &authorities, &readError) || !reference.authorities(&authorityList, &readError)
        || !reference.procedureTypes(&types, &readError)) {
        if (error)
            *error = readError;
        return table;
    }
    QString level;
    if (authorities && authorities->size() == 1) {
        for (const Authority &a : std::as_const(authorityList)) {
            if (a.istat == authorities->first()) {
                table.scopeLabel = u"%1 (%2)"_s.arg(a.name, a.istat);
                level = levelOf(a.kind);
            }
        }
        if (table.scopeLabel.isEmpty())
            table.scopeLabel = authorities->first();
    } else {
        QStringList parts;
        if (!scope.provinceCode.isEmpty())
            parts << (it ? u"provincia %1"_s : u"province %1"_s).arg(scope.provinceCode);
        if (scope.smallComuniOnly)
            parts << (it ? u"piccoli comuni (fino a 5.000 abitanti)"_s : u"small comuni (up to 5,000 inhabitants)"_s);
        if (scope.passPhase)
            parts << (it ? u"fase PAsS %1"_s : u"PAsS phase %1"_s).arg(*scope.passPhase);
        const QString count = authorities ? (it ? u"%1 enti"_s : u"%1 authorities"_s).arg(authorities->size())
                                          : (it ? u"tutti gli enti"_s : u"all authorities"_s);
        table.scopeLabel = parts.isEmpty() ? count : count + u" — "_s + parts.join(u", "_s);
    }

    IndicatorEngine::Query query;
    query.authorities = engineAuthorities(authorities);
    query.from = query.to = semester;
    query.taskForceCode = scope.taskForceCode;
    query.procedureCode = scope.procedureCode;
    query.asOf = scope.asOf;
    QString engineError;
    const QList<IndicatorRow> rows = IndicatorEngine(db).compute(query, &engineError);
    if (!engineError.isEmpty()) {
        if (error)
            *error = engineError;
        return table;
    }
    QHash<QString, QString> names;
    QHash<QString, QString> levels;
    for (const ProcedureType &t : std::as_const(types)) {
        names.insert(t.code, t.name);
        levels.insert(t.code, t.authorityLevels);
    }
    for (const IndicatorRow &r : rows) {
        if (r.asOf)
            table.asOf = r.asOf;
        const bool hasFigures = r.started || r.concluded() || r.backlogFor(scope.netOfSuspensions).value_or(0);
        const bool handled = level.isEmpty() || levels.value(r.procedureCode).split(u'|').contains(level);
        if (!hasFigures && !handled)
            continue;
        DfpTableRow row;
        row.procedureCode = r.procedureCode;
        row.procedureName = names.value(r.procedureCode, r.procedureCode);
        row.concludedTacit = r.concludedTacit;
        row.concludedExpress = r.concludedExpress;
        row.expressWithSuspension = r.expressWithSuspension;
        row.expressWithConference = r.expressWithConference;
        row.averageDurationDays = r.averageDurationDays();
        row.legalTermDays = r.legalTermDays;
        row.started = r.started;
        row.backlog = r.backlogFor(scope.netOfSuspensions);
        row.concludedLate = r.concludedLate.value_or(0);
        QStringList notes;
        if (!r.legalTermDays)
            notes << (it ? u"nessun termine di legge"_s : u"no statutory term"_s);
        if (row.concludedLate > 0)
            notes << (it ? u"%1 concluse oltre il termine"_s : u"%1 concluded late"_s).arg(row.concludedLate);
        if (r.withdrawn > 0)
            notes << (it ? u"%1 archiviate per rinuncia"_s : u"%1 withdrawn"_s).arg(r.withdrawn);
        row.note = notes.join(u"; "_s);
        table.rows << row;
    }
    return table;
}

bool DfpTable::writeCsv(QIODevice *out, QString *error) const
{
    QString text;
    for (const auto &[key, value] : headerFields())
        text += csvLine({key, value}) + u'\n';
    text += u'\n' + csvLine(columnTitles(language)) + u'\n';
    for (const DfpTableRow &r : rows) {
        QStringList c = cells(r);
        if (r.averageDurationDays)
            c[5] = QString::number(*r.averageDurationDays, 'f', 1); // machine-readable: a dot
        text += csvLine(c) + u'\n';
    }
    const QByteArray bytes = text.toUtf8();
    if (out->write(bytes) != bytes.size()) {
        *error = out->errorString();
        return false;
    }
    return true;
}

bool DfpTable::writeXlsx(const QString &path, QString *error) const
{
    XlsxWorkbook book(path);
    if (!book.open()) {
        *error = QObject::tr("cannot create %1").arg(path);
        return false;
    }
    if (!book.startSheet(semester.label())) {
        *error = QObject::tr("cannot write %1").arg(path);
        book.discard();
        return false;
    }
    for (const auto &[key, value] : headerFields()) {
        book.startRow();
        book.text(0, key, XlsxWorkbook::Bold);
        book.text(1, value);
        book.endRow();
    }
    book.startRow();
    book.endRow();
    book.startRow();
    const QStringList titles = columnTitles(language);
    for (qsizetype c = 0; c < titles.size(); ++c)
        book.text(int(c), titles.at(c), XlsxWorkbook::Bold);
    book.endRow();
    for (const DfpTableRow &r : rows) {
        book.startRow();
        book.text(0, r.procedureName);
        const qint64 counts[] = {r.concludedTacit, r.concludedExpress, r.expressWithSuspension, r.expressWithConference};
        for (int i = 0; i < 4; ++i)
            book.number(1 + i, double(counts[i]));
        if (r.averageDurationDays)
            book.number(5, *r.averageDurationDays, XlsxWorkbook::OneDecimal);
        if (r.legalTermDays)
            book.number(6, *r.legalTermDays);
        book.number(7, double(r.started));
        if (r.backlog)
            book.number(8, double(*r.backlog));
        book.text(9, r.note);
        book.endRow();
    }
    if (!book.finish()) {
        *error = QObject::tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace pass
