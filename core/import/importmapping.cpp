#include "importmapping.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// The synonym position of a folded header for a field (lower is a better match), or -1.
int synonymRank(ImportField f, const QString &folded)
{
    return int(headerSynonyms(f).indexOf(folded));
}

} // namespace

ImportMapping ImportMapping::propose(const QStringList &header)
{
    ImportMapping m;
    m.m_header = header;
    QHash<ImportField, int> bestRank;
    for (int col = 0; col < header.size(); ++col) {
        const QString folded = foldForMatching(header.at(col));
        for (ImportField f : allImportFields()) {
            const int rank = synonymRank(f, folded);
            if (rank < 0)
                continue;
            // Two columns for one field ("Data protocollo" and "Data presentazione"): the
            // better synonym wins, then the leftmost.
            if (!bestRank.contains(f) || rank < bestRank.value(f)) {
                bestRank.insert(f, rank);
                m.setColumn(f, col);
            }
        }
    }
    return m;
}

int ImportMapping::headerScore(const QStringList &cells)
{
    QSet<ImportField> fields;
    for (const QString &cell : cells) {
        const QString folded = foldForMatching(cell);
        if (folded.isEmpty())
            continue;
        for (ImportField f : allImportFields()) {
            if (synonymRank(f, folded) >= 0)
                fields.insert(f);
        }
    }
    return int(fields.size());
}

void ImportMapping::setColumn(ImportField f, int column)
{
    // A choice made now replaces a column name the last header did not have.
    m_missing.removeIf([f](const std::pair<ImportField, QString> &m) { return m.first == f; });
    if (column < 0 || column >= m_header.size()) {
        m_columns.remove(f);
        m_columnNames.remove(f);
        return;
    }
    // A column feeds one field only.
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column && it.key() != f) {
            m_columnNames.remove(it.key());
            it = m_columns.erase(it);
        } else {
            ++it;
        }
    }
    m_columns.insert(f, column);
    m_columnNames.insert(f, m_header.at(column));
}

namespace {

int indexOfName(const QStringList &foldedHeader, const QString &name)
{
    return int(foldedHeader.indexOf(foldForMatching(name)));
}

QStringList folded(const QStringList &header)
{
    QStringList out;
    for (const QString &h : header)
        out << foldForMatching(h);
    return out;
}

} // namespace

void ImportMapping::bindHeader(const QStringList &header)
{
    m_header = header;
    // Names missing from the header bound before are looked for again: a mapping bound to its
    // own saved header first and to the file's next must not lose them on the way.
    auto names = m_columnNames;
    for (const auto &[f, name] : std::as_const(m_missing)) {
        if (!names.contains(f))
            names.insert(f, name);
    }
    m_columns.clear();
    m_columnNames.clear();
    m_missing.clear();
    const QStringList foldedHeader = folded(header);
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const int col = indexOfName(foldedHeader, it.value());
        if (col >= 0)
            setColumn(it.key(), col);
        else
            m_missing.append({it.key(), it.value()});
    }
    std::sort(m_missing.begin(), m_missing.end());
}

ImportMapping ImportMapping::boundTo(const QStringList &header) const
{
    ImportMapping m = *this;
    if (!m_header.isEmpty()) {
        m.bindHeader(header);
        return m;
    }
    const ImportMapping proposed = propose(header);
    m.m_header = header;
    m.m_columns = proposed.m_columns;
    m.m_columnNames = proposed.m_columnNames;
    m.m_missing.clear();
    const QStringList foldedHeader = folded(header);
    for (auto it = m_columnNames.cbegin(); it != m_columnNames.cend(); ++it) {
        const int col = indexOfName(foldedHeader, it.value());
        m.setColumn(it.key(), col); // -1: the named column wins over a proposed one, even when absent
        if (col < 0)
            m.m_missing.append({it.key(), it.value()});
    }
    std::sort(m.m_missing.begin(), m.m_missing.end());
    return m;
}

QString ImportMapping::valueFor(ImportField f, QStringView rawValue) const
{
    const auto it = m_values.constFind(f);
    if (it == m_values.cend() || it->isEmpty())
        return {};
    return it->value(foldForMatching(rawValue));
}

void ImportMapping::setValue(ImportField f, const QString &rawValue, const QString &meaning)
{
    if (meaning.isEmpty())
        m_values[f].remove(foldForMatching(rawValue));
    else
        m_values[f].insert(foldForMatching(rawValue), meaning);
}

QString ImportMapping::fingerprint() const
{
    QStringList folded;
    for (const QString &h : m_header)
        folded << foldForMatching(h);
    folded.sort(); // the same columns in another order are the same layout: bindHeader() copes
    return QString::fromLatin1(QCryptographicHash::hash(folded.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = m_columnNames.cbegin(); it != m_columnNames.cend(); ++it)
        columns.insert(importFieldName(it.key()), it.value());
    QJsonObject values;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        QJsonObject map;
        for (auto v = it->cbegin(); v != it->cend(); ++v)
            map.insert(v.key(), v.value());
        if (!map.isEmpty())
            values.insert(importFieldName(it.key()), map);
    }
    QJsonObject json{{u"format"_s, u"pass-import-mapping-1"_s},
                     {u"header"_s, QJsonArray::fromStringList(m_header)},
                     {u"columns"_s, columns},
                     {u"values"_s, values}};
    if (!defaultAuthority.isEmpty())
        json.insert(u"authority"_s, defaultAuthority);
    if (!endedOutcome.isEmpty())
        json.insert(u"ended_outcome"_s, endedOutcome);
    if (encoding != TextEncoding::Auto)
        json.insert(u"encoding"_s, encodingName(encoding));
    if (separator != 0)
        json.insert(u"separator"_s, QString(QLatin1Char(separator)));
    if (!sheet.isEmpty())
        json.insert(u"sheet"_s, sheet);
    if (!format.isEmpty())
        json.insert(u"file_format"_s, format);
    return json;
}

ImportMapping ImportMapping::fromJson(const QJsonObject &json)
{
    ImportMapping m;
    const QJsonArray header = json.value(u"header").toArray();
    for (const QJsonValue &h : header)
        m.m_header << h.toString();
    const QJsonObject columns = json.value(u"columns").toObject();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (const auto f = importFieldFromName(it.key()))
            m.m_columnNames.insert(*f, it.value().toString());
    }
    // Without a header the names stay unbound until boundTo() meets the file's header.
    if (!m.m_header.isEmpty())
        m.bindHeader(m.m_header);
    const QJsonObject values = json.value(u"values").toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        const auto f = importFieldFromName(it.key());
        if (!f)
            continue;
        const QJsonObject map = it.value().toObject();
        for (auto v = map.begin(); v != map.end(); ++v)
            m.setValue(*f, v.key(), v.value().toString());
    }
    m.defaultAuthority = json.value(u"authority").toString();
    m.endedOutcome = json.value(u"ended_outcome").toString();
    encodingFromName(json.value(u"encoding").toString(), &m.encoding);
    const QString sep = json.value(u"separator").toString();
    m.separator = sep.size() == 1 ? char(sep.at(0).toLatin1()) : 0;
    m.sheet = json.value(u"sheet").toString();
    m.format = json.value(u"file_format").toString();
    return m;
}

} // namespace pass
