// In-process tests of the portal server: the real PortalServer on a free loopback port,
// driven with QNetworkAccessManager through the same event loop. Covers the sync protocol's
// promises (paging under writes, idempotent replays, field-level conflicts, 410, problem+json,
// snapshot + deltas) and the expert-assignment duplicate fix.
#include "inprocessportal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pass::portal;

namespace {

using Answer = PortalAnswer;

QString uuid()
{
    return newUuid();
}

QJsonObject caseFile(const QString &istat, const QString &protocol)
{
    return {{u"authority_istat"_s, istat}, {u"procedure_code"_s, u"PDC"_s},
            {u"protocol_number"_s, protocol}, {u"start_date"_s, u"2024-02-01"_s}};
}

QJsonObject create(const QString &id, const QJsonObject &fields)
{
    return {{u"mutation_id"_s, uuid()}, {u"entity"_s, u"case_file"_s}, {u"id"_s, id},
            {u"op"_s, u"create"_s}, {u"fields"_s, fields}};
}

QJsonObject update(const QString &id, qint64 base, const QJsonObject &fields)
{
    return {{u"mutation_id"_s, uuid()}, {u"entity"_s, u"case_file"_s}, {u"id"_s, id},
            {u"op"_s, u"update"_s}, {u"base_version"_s, base}, {u"fields"_s, fields}};
}

} // namespace

class TestPortalServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagingUnderWritesLosesAndRepeatsNothing();
    void replayedMutationIsAppliedOnce();
    void suspensionDaysAreKeptAndChecked();
    void staleBaseVersionConflictsOnClashingFields();
    void expiredCursorAnswers410();
    void malformedJsonIsProblemNamingTheField();
    void snapshotPlusDeltasEqualsFullFeed();
    void newlyAssignedExpertGetsEachRecordOnce();
    void messagesListInTheOrderTheyWereWritten();

private:
    Answer call(const QByteArray &method, const QString &path, const QString &user,
                const QByteArray &body = {});
    QJsonArray mutate(const QString &user, const QJsonArray &mutations);
    // Applies the feed from `cursor` to `state` (id → data JSON); returns the last cursor.
    QString applyFeed(const QString &user, QString cursor, QHash<QString, QByteArray> *state,
                      int limit = 1000, QList<QString> *seen = nullptr);

    QTemporaryDir m_dir;
    InProcessPortal m_portal;
};

void TestPortalServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_portal.start(m_dir.path(),
                            {{u"anna"_s, Role::Authority, {u"019035"_s}},
                             {u"bruno"_s, Role::Authority, {u"019036"_s}},
                             {u"marco"_s, Role::Expert, {}},
                             {u"coord"_s, Role::Coordinator, {}}},
                            &error),
             qPrintable(error));
}

void TestPortalServer::cleanupTestCase()
{
    m_portal.stop();
}

Answer TestPortalServer::call(const QByteArray &method, const QString &path, const QString &user,
                              const QByteArray &body)
{
    return m_portal.call(method, path, user, body);
}

QJsonArray TestPortalServer::mutate(const QString &user, const QJsonArray &mutations)
{
    const Answer a = call("POST", u"/api/v1/sync/mutations"_s, user,
                          QJsonDocument(QJsonObject{{u"mutations"_s, mutations}}).toJson(QJsonDocument::Compact));
    if (a.status != 200)
        qWarning() << "mutations answered" << a.status << a.body;
    return a.json().value(u"results"_s).toArray();
}

QString TestPortalServer::applyFeed(const QString &user, QString cursor,
                                    QHash<QString, QByteArray> *state, int limit,
                                    QList<QString> *seen)
{
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, QString::number(limit));
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const Answer a = call("GET", u"/api/v1/sync/changes?"_s + query.toString(QUrl::FullyEncoded), user);
        if (a.status != 200) {
            qWarning() << "feed answered" << a.status << a.body;
            return cursor;
        }
        const QJsonObject page = a.json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QJsonObject ch = v.toObject();
            const QString id = ch.value(u"id"_s).toString();
            if (seen)
                seen->append(id + u'@' + QString::number(ch.value(u"version"_s).toInteger()));
            if (ch.value(u"op"_s).toString() == u"delete")
                state->remove(id);
            else
                state->insert(id, QJsonDocument(ch.value(u"data"_s).toObject()).toJson(QJsonDocument::Compact));
        }
        cursor = page.value(u"next_cursor"_s).toString();
        if (!page.value(u"has_more"_s).toBool())
            return cursor;
    }
}

void TestPortalServer::pagingUnderWritesLosesAndRepeatsNothing()
{
    QHash<QString, qint64> versions;
    for (int b = 0; b < 2; ++b) {
        QJsonArray batch;
        for (int i = 0; i < 400; ++i) {
            const QString id = uuid();
            versions.insert(id, 1);
            batch.append(create(id, caseFile(u"019036"_s, u"P-%1-%2"_s.arg(b).arg(i))));
        }
        for (const QJsonValue &r : mutate(u"bruno"_s, batch))
            QCOMPARE(r.toObject().value(u"status"_s).toString(), u"applied"_s);
    }
    QHash<QString, qint64> seen;
    QSet<QString> pairs;
    int repeats = 0;
    QString cursor;
    const QStringList ids = versions.keys();
    for (int pages = 1;; ++pages) {
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"7"_s);
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, cursor);
        const QJsonObject page = call("GET", u"/api/v1/sync/changes?"_s + query.toString(QUrl::FullyEncoded), u"bruno"_s).json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QString id = v[u"id"_s].toString();
            const qint64 version = v[u"version"_s].toInteger();
            const QString key = id + u'@' + QString::number(version);
            repeats += pairs.contains(key) ? 1 : 0;
            pairs.insert(key);
            seen.insert(id, version);
        }
        cursor = page.value(u"next_cursor"_s).toString();
        if (pages % 10 == 0) { // writes between pages: an update of an older record, a create
            const QString target = ids.at((pages * 7919) % ids.size());
            const QString fresh = uuid();
            const QJsonArray r = mutate(u"bruno"_s, {update(target, versions.value(target), {{u"notes"_s, u"page %1"_s.arg(pages)}}),
                                                     create(fresh, caseFile(u"019036"_s, u"N-%1"_s.arg(pages)))});
            QCOMPARE(r.size(), 2);
            versions.insert(target, r.at(0)[u"version"_s].toInteger());
            versions.insert(fresh, 1);
        }
        if (!page.value(u"has_more"_s).toBool())
            break;
    }
    QCOMPARE(repeats, 0);
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        QCOMPARE(seen.value(it.key(), -1), it.value());
}

void TestPortalServer::replayedMutationIsAppliedOnce()
{
    const QJsonObject m = create(uuid(), caseFile(u"019035"_s, u"R-1"_s));
    const QJsonArray first = mutate(u"anna"_s, {m});
    const QJsonArray again = mutate(u"anna"_s, {m});
    QCOMPARE(first.at(0)[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(again, first);
    const Answer record = call("GET", u"/api/v1/case-files/"_s + m[u"id"_s].toString(), u"anna"_s);
    QCOMPARE(record.status, 200);
    QCOMPARE(record.json().value(u"version"_s).toInteger(), 1);
}

void TestPortalServer::suspensionDaysAreKeptAndChecked()
{
    // An undated period with the day count an office's registry gave: stored as sent; a
    // period without one keeps the three keys it always had.
    QJsonObject fields = caseFile(u"019035"_s, u"SD-1"_s);
    fields.insert(u"suspensions"_s, QJsonArray{QJsonObject{{u"from"_s, QJsonValue()}, {u"to"_s, QJsonValue()},
                                                           {u"reason"_s, u""_s}, {u"days"_s, 18}},
                                               QJsonObject{{u"from"_s, QJsonValue()}, {u"to"_s, QJsonValue()},
                                                           {u"reason"_s, u"pareri"_s}}});
    const QJsonObject m = create(uuid(), fields);
    QCOMPARE(mutate(u"anna"_s, {m}).at(0)[u"status"_s].toString(), u"applied"_s);
    const Answer record = call("GET", u"/api/v1/case-files/"_s + m[u"id"_s].toString(), u"anna"_s);
    const QJsonArray stored = record.json().value(u"suspensions"_s).toArray();
    QCOMPARE(stored.at(0).toObject().value(u"days"_s).toInt(), 18);
    QVERIFY(!stored.at(1).toObject().contains(u"days"_s));
    for (const QJsonValue &bad : {QJsonValue(-1), QJsonValue(2.5), QJsonValue(u"18"_s)}) {
        fields.insert(u"protocol_number"_s, u"SD-2"_s);
        fields.insert(u"suspensions"_s, QJsonArray{QJsonObject{{u"reason"_s, u""_s}, {u"days"_s, bad}}});
        const QJsonObject result = mutate(u"anna"_s, {create(uuid(), fields)}).at(0).toObject();
        QCOMPARE(result.value(u"status"_s).toString(), u"rejected"_s);
        QVERIFY2(QJsonDocument(result).toJson().contains("days"), QJsonDocument(result).toJson().constData());
    }
}

void TestPortalServer::staleBaseVersionConflictsOnClashingFields()
{
    const QString id = uuid();
    QCOMPARE(mutate(u"anna"_s, {create(id, caseFile(u"019035"_s, u"C-1"_s))}).at(0)[u"status"_s].toString(), u"applied"_s);
    QCOMPARE(mutate(u"anna"_s, {update(id, 1, {{u"notes"_s, u"first"_s}})}).at(0)[u"version"_s].toInteger(), 2);
    const QJsonObject clash = mutate(u"anna"_s, {update(id, 1, {{u"notes"_s, u"second"_s}})}).at(0).toObject();
    QCOMPARE(clash.value(u"status"_s).toString(), u"conflict"_s);
    QCOMPARE(clash.value(u"conflicting_fields"_s).toArray(), QJsonArray{u"notes"_s});
    QCOMPARE(clash.value(u"version"_s).toInteger(), 2);
    QCOMPARE(clash.value(u"fields"_s)[u"notes"_s].toString(), u"first"_s);
    // A stale base that touches only fields nobody changed since is applied.
    const QJsonObject disjoint = mutate(u"anna"_s, {update(id, 1, {{u"responsible"_s, u"Ufficio SUE"_s}})}).at(0).toObject();
    QCOMPARE(disjoint.value(u"status"_s).toString(), u"applied"_s);
    QCOMPARE(disjoint.value(u"version"_s).toInteger(), 3);
}

void TestPortalServer::expiredCursorAnswers410()
{
    const Answer page = call("GET", u"/api/v1/sync/changes?limit=1"_s, u"anna"_s);
    QCOMPARE(page.status, 200);
    const QString cursor = page.json().value(u"next_cursor"_s).toString();
    QCOMPARE(call("GET", u"/api/v1/sync/changes?cursor="_s + cursor, u"anna"_s).status, 200);
    QVERIFY(m_portal.context().feed.expireCursors());
    const Answer gone = call("GET", u"/api/v1/sync/changes?cursor="_s + cursor, u"anna"_s);
    QCOMPARE(gone.status, 410);
    QCOMPARE(gone.contentType, "application/problem+json");
    QCOMPARE(gone.json().value(u"field"_s).toString(), u"cursor"_s);

    // The resync that follows pages through the whole feed again with small pages: its own
    // cursors are new and must not be refused as expired, even though their sequence numbers
    // are lower than those of cursors handed out before the expiry.
    for (int i = 0; i < 3; ++i) {
        const QString id = uuid();
        QCOMPARE(mutate(u"anna"_s, {create(id, caseFile(u"019035"_s, u"RESYNC-%1"_s.arg(i)))}).at(0)[u"status"_s].toString(),
                 u"applied"_s);
    }
    QVERIFY(m_portal.context().feed.expireCursors());
    QString next;
    int pages = 0;
    bool more = true;
    while (more && pages < 1000) {
        const Answer resync = call("GET", u"/api/v1/sync/changes?limit=1"_s + (next.isEmpty() ? QString() : u"&cursor="_s + next),
                                   u"anna"_s);
        QCOMPARE(resync.status, 200);
        next = resync.json().value(u"next_cursor"_s).toString();
        more = resync.json().value(u"has_more"_s).toBool();
        ++pages;
    }
    QVERIFY2(pages >= 3, "the resync must take several pages");
    QVERIFY(!more);
}

void TestPortalServer::malformedJsonIsProblemNamingTheField()
{
    const Answer syntax = call("POST", u"/api/v1/sync/mutations"_s, u"anna"_s, "{\"mutations\":[");
    QCOMPARE(syntax.status, 400);
    QCOMPARE(syntax.contentType, "application/problem+json");
    QVERIFY(syntax.json().value(u"detail"_s).toString().contains(u"offset"_s));
    const Answer wrong = call("POST", u"/api/v1/sync/mutations"_s, u"anna"_s,
                              R"({"mutations":[{"mutation_id":5,"entity":"case_file"}]})");
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.contentType, "application/problem+json");
    QCOMPARE(wrong.json().value(u"field"_s).toString(), u"mutations[0].mutation_id"_s);
    const Answer unknown = call("POST", u"/api/v1/sync/mutations"_s, u"anna"_s, R"({"mutations":[],"extra":1})");
    QCOMPARE(unknown.status, 400);
    QCOMPARE(unknown.json().value(u"field"_s).toString(), u"extra"_s);
}

void TestPortalServer::snapshotPlusDeltasEqualsFullFeed()
{
    const QStringList before{uuid(), uuid()};
    mutate(u"bruno"_s, {create(before[0], caseFile(u"019036"_s, u"S-1"_s)),
                        create(before[1], caseFile(u"019036"_s, u"S-2"_s))});
    const Answer snap = call("GET", u"/api/v1/sync/snapshot"_s, u"bruno"_s);
    QCOMPARE(snap.status, 200);
    const QJsonObject body = snap.json();
    QHash<QString, QByteArray> state;
    for (const QJsonValue &v : body.value(u"records"_s).toArray()) {
        QCOMPARE(v[u"op"_s].toString(), u"upsert"_s);
        state.insert(v[u"id"_s].toString(), QJsonDocument(v[u"data"_s].toObject()).toJson(QJsonDocument::Compact));
    }
    QCOMPARE(state.size(), body.value(u"record_count"_s).toInteger());
    QVERIFY(state.size() >= 800);
    const QString fresh = uuid();
    const QJsonArray r = mutate(u"bruno"_s, {
        create(fresh, caseFile(u"019036"_s, u"S-3"_s)),
        update(before[0], 1, {{u"notes"_s, u"after"_s}}),
        QJsonObject{{u"mutation_id"_s, uuid()}, {u"entity"_s, u"case_file"_s}, {u"id"_s, before[1]},
                    {u"op"_s, u"delete"_s}, {u"base_version"_s, 1}}});
    for (const QJsonValue &v : r)
        QCOMPARE(v[u"status"_s].toString(), u"applied"_s);
    applyFeed(u"bruno"_s, body.value(u"next_cursor"_s).toString(), &state);
    QHash<QString, QByteArray> full;
    applyFeed(u"bruno"_s, QString(), &full, 5000);
    QCOMPARE(state.size(), full.size());
    QVERIFY(state == full);
    QVERIFY(state.contains(fresh) && !state.contains(before[1]));
}

void TestPortalServer::newlyAssignedExpertGetsEachRecordOnce()
{
    // marco has no authority yet: his cursor lies before anna's next records.
    QHash<QString, QByteArray> state;
    const QString cursor = applyFeed(u"marco"_s, QString(), &state);
    QVERIFY(state.isEmpty());
    const QString id = uuid();
    mutate(u"anna"_s, {create(id, caseFile(u"019035"_s, u"E-1"_s))});
    QString error;
    QVERIFY2(m_portal.context().users.assign(u"marco"_s, {u"019035"_s}, &error), qPrintable(error));
    m_portal.renewToken(u"marco"_s);
    QList<QString> seen;
    QString next = applyFeed(u"marco"_s, cursor, &state, 3, &seen);
    QCOMPARE(seen.count(id + u"@1"_s), 1);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
    // A later edit reaches him once, through the authority's shared row.
    mutate(u"anna"_s, {update(id, 1, {{u"notes"_s, u"edited"_s}})});
    seen.clear();
    applyFeed(u"marco"_s, next, &state, 3, &seen);
    QCOMPARE(seen, QList<QString>{id + u"@2"_s});
}

void TestPortalServer::messagesListInTheOrderTheyWereWritten()
{
    const QString request = uuid();
    const QString first = uuid();
    const QString second = uuid();
    auto mutation = [](const QString &entity, const QString &id, const QString &op,
                       const QJsonObject &fields, qint64 base = 0) {
        QJsonObject m{{u"mutation_id"_s, uuid()}, {u"entity"_s, entity}, {u"id"_s, id},
                      {u"op"_s, op}, {u"fields"_s, fields}};
        if (base)
            m.insert(u"base_version"_s, base);
        return m;
    };
    const QJsonArray made = mutate(u"anna"_s, {
        mutation(u"support_request"_s, request, u"create"_s,
                 {{u"authority_istat"_s, u"019035"_s}, {u"task_force_code"_s, u"EDILIZIA_URBANISTICA"_s},
                  {u"procedure_codes"_s, QJsonArray{u"PDC"_s}}, {u"kind"_s, u"technical"_s},
                  {u"subject"_s, u"Arretrato PdC"_s}, {u"status"_s, u"submitted"_s}}),
        mutation(u"request_message"_s, first, u"create"_s, {{u"request_id"_s, request}, {u"body"_s, u"Prima"_s}})});
    for (const QJsonValue &r : made)
        QCOMPARE(r[u"status"_s].toString(), u"applied"_s);
    m_portal.context().clock.advance(60);
    QCOMPARE(mutate(u"anna"_s, {mutation(u"request_message"_s, second, u"create"_s,
                                         {{u"request_id"_s, request}, {u"body"_s, u"Seconda"_s}})})
                 .at(0)[u"status"_s].toString(), u"applied"_s);
    m_portal.context().clock.advance(60);
    // Editing the first message makes it the most recently updated; it stays first.
    QCOMPARE(mutate(u"anna"_s, {mutation(u"request_message"_s, first, u"update"_s, {{u"body"_s, u"Prima (corretta)"_s}}, 1)})
                 .at(0)[u"status"_s].toString(), u"applied"_s);
    const Answer list = call("GET", u"/api/v1/support-requests/%1/messages"_s.arg(request), u"anna"_s);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)[u"id"_s].toString(), first);
    QCOMPARE(items.at(1)[u"id"_s].toString(), second);
}

QTEST_GUILESS_MAIN(TestPortalServer)
#include "tst_portalserver.moc"
