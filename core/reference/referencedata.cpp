#include "referencedata.h"

#include "core/util/csvline.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// Index of a named column, so shipped files may gain columns without breaking older readers.
int column(const QStringList &header, QStringView name)
{
    return int(header.indexOf(name.toString()));
}

QString field(const QStringList &row, int index)
{
    return index >= 0 && index < row.size() ? row.at(index).trimmed() : QString();
}

std::optional<int> optionalInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

bool ReferenceData::loadShipped()
{
    return load(u":/pass/data/"_s);
}

QString ReferenceData::shippedFingerprint()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *name : {"provinces.csv", "comuni-lombardia.csv", "task-forces.csv", "procedure-catalogue.csv",
                             "procedure-terms.csv"}) {
        QFile file(u":/pass/data/"_s + QString::fromLatin1(name));
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    return QString::fromLatin1(hash.result().toHex());
}

bool ReferenceData::loadFromDirectory(const QString &directory)
{
    return load(directory.endsWith(u'/') ? directory : directory + u'/');
}

bool ReferenceData::readTable(const QString &path, QStringList *header, QList<QStringList> *rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QObject::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *header = parseCsvRecords(QString::fromUtf8(file.readAll()), rows);
    if (header->isEmpty()) {
        m_error = QObject::tr("%1 is empty").arg(path);
        return false;
    }
    return true;
}

bool ReferenceData::load(const QString &prefix)
{
    m_authorities.clear();
    m_taskForces.clear();
    m_procedureTypes.clear();
    m_demoArea.clear();
    QStringList header;
    QList<QStringList> rows;

    if (!readTable(prefix + u"provinces.csv"_s, &header, &rows))
        return false;
    for (const QStringList &row : std::as_const(rows)) {
        Authority a;
        a.istat = field(row, column(header, u"istat_code"));
        a.name = field(row, column(header, u"name"));
        a.provinceCode = field(row, column(header, u"province_code"));
        a.kind = field(row, column(header, u"kind"));
        m_authorities << a;
    }

    if (!readTable(prefix + u"comuni-lombardia.csv"_s, &header, &rows))
        return false;
    const int cIstat = column(header, u"istat_code");
    const int cName = column(header, u"name");
    const int cProv = column(header, u"province_code");
    const int cPop = column(header, u"population_2011");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        Authority a;
        a.istat = field(row, cIstat);
        if (a.istat.size() != 6) {
            m_error = QObject::tr("comuni-lombardia.csv line %1: ISTAT code '%2' is not 6 digits")
                          .arg(i + 2)
                          .arg(a.istat);
            return false;
        }
        a.name = field(row, cName);
        a.kind = u"comune"_s;
        a.provinceCode = field(row, cProv);
        a.population = optionalInt(field(row, cPop));
        m_authorities << a;
    }

    if (!readTable(prefix + u"task-forces.csv"_s, &header, &rows))
        return false;
    for (const QStringList &row : std::as_const(rows)) {
        TaskForce t;
        t.code = field(row, column(header, u"code"));
        t.nameIt = field(row, column(header, u"name_it"));
        t.nameEn = field(row, column(header, u"name_en"));
        t.sortOrder = field(row, column(header, u"sort_order")).toInt();
        m_taskForces << t;
    }

    if (!readTable(prefix + u"procedure-catalogue.csv"_s, &header, &rows))
        return false;
    QHash<QString, qsizetype> byCode;
    for (const QStringList &row : std::as_const(rows)) {
        ProcedureType p;
        p.code = field(row, column(header, u"code"));
        p.name = field(row, column(header, u"name_it"));
        p.taskForceCode = field(row, column(header, u"task_force"));
        p.authorityLevels = field(row, column(header, u"authority_level"));
        p.tacitApproval = field(row, column(header, u"tacit_approval"));
        p.legalBasis = field(row, column(header, u"legal_basis"));
        p.source = field(row, column(header, u"source"));
        p.terms << LegalTerm{QDate(1900, 1, 1), optionalInt(field(row, column(header, u"legal_term_days"))),
                             QString()};
        byCode.insert(p.code, m_procedureTypes.size());
        m_procedureTypes << p;
    }

    // Term history: where a procedure's term changed by law, the dated rows replace the single
    // undated term of the catalogue.
    if (QFile::exists(prefix + u"procedure-terms.csv"_s)) {
        if (!readTable(prefix + u"procedure-terms.csv"_s, &header, &rows))
            return false;
        QHash<QString, QList<LegalTerm>> history;
        for (const QStringList &row : std::as_const(rows)) {
            const QString code = field(row, column(header, u"procedure_code"));
            const QDate from = QDate::fromString(field(row, column(header, u"valid_from")), Qt::ISODate);
            if (!byCode.contains(code) || !from.isValid()) {
                m_error = QObject::tr("procedure-terms.csv: unknown procedure '%1' or bad date").arg(code);
                return false;
            }
            history[code] << LegalTerm{from, optionalInt(field(row, column(header, u"legal_term_days"))),
                                       field(row, column(header, u"note"))};
        }
        for (auto it = history.cbegin(); it != history.cend(); ++it) {
            QList<LegalTerm> terms = it.value();
            std::sort(terms.begin(), terms.end(),
                      [](const LegalTerm &a, const LegalTerm &b) { return a.validFrom < b.validFrom; });
            m_procedureTypes[byCode.value(it.key())].terms = terms;
        }
    }

    if (QFile::exists(prefix + u"demo-area-cremasca.csv"_s)) {
        if (!readTable(prefix + u"demo-area-cremasca.csv"_s, &header, &rows))
            return false;
        for (const QStringList &row : std::as_const(rows))
            m_demoArea << field(row, column(header, u"istat_code"));
    }
    m_error.clear();
    return true;
}

} // namespace pass
