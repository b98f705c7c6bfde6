#include "changepage.h"

#include <QJsonDocument>

#include <simdjson.h>

#include <cmath>
#include <limits>
#include <string_view>

namespace pass {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

QString textOf(element e)
{
    std::string_view s;
    if (e.get_string().get(s))
        return {}; // not text: what QJsonValue::toString() gives
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// QJsonValue::toInteger(): an integer, or a double that holds one exactly; otherwise 0.
qint64 integerOf(element e)
{
    switch (e.type()) {
    case element_type::INT64:
        return int64_t(e);
    case element_type::UINT64: {
        const uint64_t u = uint64_t(e);
        return u <= uint64_t(std::numeric_limits<qint64>::max()) ? qint64(u) : 0;
    }
    case element_type::DOUBLE: {
        const double d = double(e);
        return std::trunc(d) == d && std::fabs(d) < 9.2e18 ? qint64(d) : 0;
    }
    default:
        return 0;
    }
}

// QJsonValue::toInt(): the same, within int's range.
int intOf(element e)
{
    const qint64 v = integerOf(e);
    return v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max() ? int(v) : 0;
}

// dateFromJson(): an ISO date in text, else an invalid date. "YYYY-MM-DD" is read directly (every
// date of a page is written so); anything else goes through QDate's own ISO parser.
QDate dateOf(element e)
{
    std::string_view s;
    if (e.get_string().get(s))
        return {};
    const auto digit = [&s](size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    if (s.size() == 10 && s[4] == '-' && s[7] == '-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5)
        && digit(6) && digit(8) && digit(9)) {
        const auto number = [&s](size_t from, size_t n) {
            int v = 0;
            for (size_t i = from; i < from + n; ++i)
                v = v * 10 + (s[i] - '0');
            return v;
        };
        return QDate(number(0, 4), number(5, 2), number(8, 2)); // invalid for a day that does not exist
    }
    return QDate::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODate);
}

// CaseFileCodec::applyJson() over a parsed object: the same keys, the same readings of each value.
CaseFile caseFileOf(simdjson::dom::object data)
{
    CaseFile c;
    for (const simdjson::dom::key_value_pair field : data) {
        const std::string_view key = field.key;
        const element v = field.value;
        if (key == "authority_istat") {
            c.authorityIstat = textOf(v);
        } else if (key == "procedure_code") {
            c.procedureCode = textOf(v);
        } else if (key == "protocol_number") {
            c.protocolNumber = textOf(v);
        } else if (key == "start_date") {
            c.startDate = dateOf(v);
        } else if (key == "end_date") {
            c.endDate = dateOf(v);
        } else if (key == "outcome") {
            std::string_view s;
            c.outcome = v.get_string().get(s) ? std::nullopt
                                              : outcomeFromWireName(QString::fromUtf8(s.data(), qsizetype(s.size())));
        } else if (key == "services_conference") {
            bool b = false;
            c.servicesConference = !v.get_bool().get(b) && b;
        } else if (key == "responsible") {
            c.responsible = textOf(v);
        } else if (key == "notes") {
            c.notes = textOf(v);
        } else if (key == "suspensions") {
            c.suspensions.clear();
            simdjson::dom::array items;
            if (v.get_array().get(items))
                continue;
            for (const element item : items) {
                Suspension s;
                simdjson::dom::object o;
                if (!item.get_object().get(o)) {
                    element x;
                    if (!o.at_key("from").get(x))
                        s.from = dateOf(x);
                    if (!o.at_key("to").get(x))
                        s.to = dateOf(x);
                    if (!o.at_key("reason").get(x))
                        s.reason = textOf(x);
                    if (!o.at_key("days").get(x))
                        s.days = intOf(x);
                }
                c.suspensions << s;
            }
        }
    }
    return c;
}

} // namespace

struct ChangePage::Parser
{
    simdjson::dom::parser parser;
    std::vector<element> data; // each change's data object, for dataObject()
};

ChangePage::ChangePage() : m_parser(std::make_unique<Parser>()) { }
ChangePage::~ChangePage() = default;

bool ChangePage::parse(const QByteArray &body, QString *error)
{
    m_changes.clear();
    m_parser->data.clear();
    m_nextCursor.clear();
    m_hasMore = false;
    m_notAPage = false;
    m_parsedOn = QThread::currentThreadId();
    element doc;
    if (const auto code = m_parser->parser.parse(body.constData(), size_t(body.size())).get(doc)) {
        *error = QString::fromUtf8(simdjson::error_message(code));
        return false;
    }
    simdjson::dom::object page;
    if (doc.get_object().get(page)) {
        *error = QStringLiteral("the answer is not a JSON object");
        return false;
    }
    simdjson::dom::array changes;
    std::string_view cursor;
    bool more = false;
    if (page.at_key("changes").get_array().get(changes) || page.at_key("next_cursor").get_string().get(cursor)
        || page.at_key("has_more").get_bool().get(more)) {
        m_notAPage = true;
        return true;
    }
    m_nextCursor = QString::fromUtf8(cursor.data(), qsizetype(cursor.size()));
    m_hasMore = more;
    m_changes.reserve(changes.size());
    for (const element item : changes) {
        PulledChange &change = m_changes.emplace_back();
        simdjson::dom::object o;
        if (item.get_object().get(o))
            continue; // empty type and id: the writer calls it malformed
        element v;
        if (!o.at_key("type").get(v))
            change.type = textOf(v);
        if (!o.at_key("id").get(v))
            change.id = textOf(v);
        if (!o.at_key("op").get(v))
            change.op = textOf(v);
        if (!o.at_key("version").get(v))
            change.version = integerOf(v);
        element data;
        if (o.at_key("data").get(data) || !data.is_object())
            continue; // no fields: what QJsonValue::toObject() gives
        change.dataIndex = int(m_parser->data.size());
        m_parser->data.push_back(data);
        if (change.type == u"case_file" && change.op == u"upsert")
            change.caseFile = caseFileOf(data.get_object().value_unsafe());
    }
    return true;
}

QJsonObject ChangePage::dataObject(const PulledChange &change) const
{
    if (change.dataIndex < 0 || size_t(change.dataIndex) >= m_parser->data.size())
        return {};
    const std::string json = simdjson::minify(m_parser->data[size_t(change.dataIndex)]);
    return QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size()))).object();
}

} // namespace pass
