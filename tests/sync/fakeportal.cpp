#include "fakeportal.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

QJsonObject problemJson(int status, const QString &title, const QString &field = {})
{
    QJsonObject p{{u"type"_s, u"about:blank"_s}, {u"title"_s, title}, {u"status"_s, status}};
    if (!field.isEmpty())
        p.insert(u"field"_s, field);
    return p;
}

} // namespace

void FakePortalState::touch(Record &r, const QString &id, const QStringList &fields)
{
    r.version = ++m_version;
    m_bySeq.remove(r.seq);
    r.seq = ++m_seq;
    m_bySeq.insert(r.seq, id);
    for (const QString &f : fields)
        r.fieldVersion.insert(f, r.version);
}

QString FakePortalState::create(const QString &type, const QJsonObject &data, const QString &givenId)
{
    const QString id = givenId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : givenId;
    Record &r = m_records[id];
    r = Record{};
    r.type = type;
    r.data = data;
    touch(r, id, data.keys());
    return id;
}

void FakePortalState::update(const QString &id, const QJsonObject &fields)
{
    Record &r = m_records[id];
    for (auto it = fields.begin(); it != fields.end(); ++it)
        r.data.insert(it.key(), it.value());
    touch(r, id, fields.keys());
}

void FakePortalState::remove(const QString &id)
{
    Record &r = m_records[id];
    r.deleted = true;
    touch(r, id, {});
}

void FakePortalState::setInScope(const QString &id, bool inScope)
{
    Record &r = m_records[id];
    r.inScope = inScope;
    m_bySeq.remove(r.seq);
    r.seq = ++m_seq;
    m_bySeq.insert(r.seq, id);
}

QList<QJsonObject> FakePortalState::liveRecords(const QString &type) const
{
    QList<QJsonObject> result;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (it->type == type && !it->deleted) {
            QJsonObject o = it->data;
            o.insert(u"id"_s, it.key());
            result << o;
        }
    }
    return result;
}

QJsonObject FakePortalState::changes(const QString &cursor, int limit, int *status)
{
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        const QStringList parts = cursor.split(u':');
        if (parts.size() != 2 || parts[0].toInt() != m_epoch) {
            *status = 410;
            return problemJson(410, u"Cursor expired"_s);
        }
        after = parts[1].toLongLong();
    }
    *status = 200;
    QJsonArray changes;
    auto it = m_bySeq.upperBound(after);
    qint64 last = after;
    for (; it != m_bySeq.end() && changes.size() < limit; ++it) {
        const Record &r = m_records[it.value()];
        const bool gone = r.deleted || !r.inScope;
        QJsonObject data = r.data;
        data.insert(u"id"_s, it.value());
        data.insert(u"version"_s, r.version);
        changes.append(QJsonObject{{u"type"_s, r.type}, {u"id"_s, it.value()}, {u"version"_s, r.version},
                                   {u"op"_s, gone ? u"delete"_s : u"upsert"_s},
                                   {u"data"_s, gone ? QJsonValue() : QJsonValue(data)}});
        last = it.key();
    }
    return QJsonObject{{u"changes"_s, changes}, {u"next_cursor"_s, u"%1:%2"_s.arg(m_epoch).arg(last)},
                       {u"has_more"_s, it != m_bySeq.end()}};
}

QJsonObject FakePortalState::applyOne(const QJsonObject &m)
{
    const QString mid = m.value(u"mutation_id").toString();
    const QString id = m.value(u"id").toString();
    const QString op = m.value(u"op").toString();
    const qint64 base = m.value(u"base_version").toInteger();
    const QJsonObject fields = m.value(u"fields").toObject();
    QJsonObject result{{u"mutation_id"_s, mid}};
    auto conflict = [&](const Record &r, const QStringList &clashing) {
        result.insert(u"status"_s, u"conflict"_s);
        result.insert(u"version"_s, r.version);
        result.insert(u"fields"_s, r.deleted ? QJsonValue() : QJsonValue(r.data));
        if (r.deleted)
            result.insert(u"deleted"_s, true);
        result.insert(u"conflicting_fields"_s, QJsonArray::fromStringList(clashing));
        return result;
    };
    if (fields.value(u"protocol_number"_s) == QJsonValue(u""_s)) {
        result.insert(u"status"_s, u"rejected"_s);
        result.insert(u"problem"_s, problemJson(422, u"protocol_number must not be empty"_s, u"protocol_number"_s));
        return result;
    }
    auto rit = m_records.find(id);
    const bool exists = rit != m_records.end() && !rit->deleted && rit->inScope;
    if (rit != m_records.end() && !rit->inScope) {
        result.insert(u"status"_s, u"rejected"_s);
        result.insert(u"problem"_s, problemJson(404, u"Not found"_s));
        return result;
    }
    ++m_appliedCount;
    if (op == u"create") {
        if (rit != m_records.end()) { // as the real portal: an id is never reused, even after deletion
            result.insert(u"status"_s, u"rejected"_s);
            result.insert(u"problem"_s, problemJson(409, u"a record with this id exists"_s, u"id"_s));
            return result;
        }
        create(m.value(u"entity").toString(), fields, id);
    } else if (op == u"update") {
        if (rit == m_records.end()) {
            result.insert(u"status"_s, u"rejected"_s);
            result.insert(u"problem"_s, problemJson(404, u"Not found"_s));
            return result;
        }
        if (rit->deleted)
            return conflict(*rit, fields.keys());
        QStringList clashing;
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            if (rit->fieldVersion.value(f.key()) > base && rit->data.value(f.key()) != f.value())
                clashing << f.key();
        }
        if (!clashing.isEmpty())
            return conflict(*rit, clashing);
        update(id, fields);
    } else {
        if (!exists) {
            result.insert(u"status"_s, u"applied"_s);
            result.insert(u"version"_s, rit == m_records.end() ? 1 : rit->version);
            return result;
        }
        if (rit->version > base)
            return conflict(*rit, {});
        remove(id);
    }
    result.insert(u"status"_s, u"applied"_s);
    result.insert(u"version"_s, m_records[id].version);
    return result;
}

QJsonObject FakePortalState::mutations(const QJsonArray &mutations)
{
    QJsonArray results;
    for (const QJsonValue &v : mutations) {
        const QString mid = v.toObject().value(u"mutation_id").toString();
        auto seen = m_results.constFind(mid);
        if (seen != m_results.cend()) {
            results.append(*seen);
            continue;
        }
        const QJsonObject r = applyOne(v.toObject());
        m_results.insert(mid, r);
        results.append(r);
    }
    return QJsonObject{{u"results"_s, results}};
}

FakeReply::FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, int status,
                     const QByteArray &body, const QHash<QByteArray, QByteArray> &headers,
                     QNetworkReply::NetworkError error, QObject *parent)
    : QNetworkReply(parent), m_body(body)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly);
    if (status > 0) {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        for (auto it = headers.begin(); it != headers.end(); ++it)
            setRawHeader(it.key(), it.value());
    }
    if (error != NoError)
        setError(error, u"fake network error %1"_s.arg(int(error)));
    else if (status >= 400)
        setError(status == 404 ? ContentNotFoundError : status >= 500 ? InternalServerError : UnknownContentError,
                 u"HTTP %1"_s.arg(status));
    QTimer::singleShot(0, this, &FakeReply::finish);
}

void FakeReply::finish()
{
    if (m_aborted)
        return;
    emit metaDataChanged();
    if (!m_body.isEmpty())
        emit readyRead();
    if (error() != NoError)
        emit errorOccurred(error());
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    m_aborted = true;
    setError(OperationCanceledError, u"aborted"_s);
    setFinished(true);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min(maxSize, m_body.size() - m_offset);
    if (n <= 0)
        return m_offset >= m_body.size() ? -1 : 0;
    memcpy(data, m_body.constData() + m_offset, n);
    m_offset += n;
    return n;
}

FakePortal::FakePortal(FakePortalState *state, QObject *parent) : QNetworkAccessManager(parent), m_state(state) { }

QNetworkReply *FakePortal::problem(Operation op, const QNetworkRequest &request, int status, const QString &title,
                                   int retryAfter)
{
    QHash<QByteArray, QByteArray> headers{{"Content-Type", "application/problem+json"}};
    if (retryAfter >= 0)
        headers.insert("Retry-After", QByteArray::number(retryAfter));
    return new FakeReply(op, request, status, QJsonDocument(problemJson(status, title)).toJson(), headers);
}

QNetworkReply *FakePortal::handle(Operation op, const QNetworkRequest &request, const QByteArray &body)
{
    const QString path = request.url().path();
    if (!m_token.isEmpty() && request.rawHeader("Authorization") != "Bearer " + m_token.toUtf8())
        return problem(op, request, 401, u"Unauthorized"_s);
    const QHash<QByteArray, QByteArray> json{{"Content-Type", "application/json"}};
    if (op == GetOperation && path == u"/api/v1/sync/changes") {
        const QUrlQuery q(request.url());
        int status = 0;
        const QJsonObject answer = m_state->changes(q.queryItemValue(u"cursor"_s, QUrl::FullyDecoded),
                                                    q.queryItemValue(u"limit"_s).toInt(), &status);
        if (status != 200)
            return problem(op, request, status, answer.value(u"title").toString());
        return new FakeReply(op, request, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact), json);
    }
    if (op == PostOperation && path == u"/api/v1/sync/mutations") {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isObject())
            return problem(op, request, 400, u"Malformed JSON"_s);
        const QJsonObject answer = m_state->mutations(doc.object().value(u"mutations").toArray());
        return new FakeReply(op, request, 200, QJsonDocument(answer).toJson(QJsonDocument::Compact), json);
    }
    return problem(op, request, 404, u"Not found"_s);
}

QNetworkReply *FakePortal::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    ++m_requests;
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    m_authHeaders << request.rawHeader("Authorization");
    if (m_override) {
        if (QNetworkReply *r = m_override(op, request, body))
            return r;
    }
    return handle(op, request, body);
}
