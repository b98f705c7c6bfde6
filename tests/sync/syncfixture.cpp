#include "tests/common/storereads.h"
#include "syncfixture.h"

#include "fakeportal.h"
#include "portalprocess.h"

#include "core/store/casefilecodec.h"
#include "core/store/casefilestore.h"
#include "core/store/outbox.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

std::unique_ptr<SyncClient> SyncClient::ofRealPortal(const PortalProcess &portal, const QString &user,
                                                     QNetworkAccessManager *nam)
{
    auto c = std::make_unique<SyncClient>(nam, portal.url(), user);
    c->client().setAccessToken(portal.token(user));
    c->engine().setPageSize(2000);
    return c;
}

ConflictStore SyncClient::conflicts()
{
    return ConflictStore(m_db->connection(), [this](const QString &e) { return m_engine->adapter(e); });
}

SyncClient::SyncClient(QNetworkAccessManager *nam, const QUrl &baseUrl, const QString &name)
{
    m_db = std::make_unique<Database>(m_dir.filePath(name + u".db"_s));
    if (!m_db->open())
        qFatal("cannot open store: %s", qPrintable(m_db->errorString()));
    m_client = std::make_unique<PortalClient>(nam, &m_clock);
    QString error;
    if (!m_client->setBaseUrl(baseUrl, &error))
        qFatal("%s", qPrintable(error));
    m_client->setBackoff(Backoff(500, 60'000, 42));
    m_engine = std::make_unique<SyncEngine>(m_db->connection(), m_client.get());
    m_engine->addDefaultAdapters();
    m_engine->setPageSize(100);
    m_engine->setPushBatchSize(50);
    // The in-memory portal answers on this thread only: fetch-ahead's own network would miss it.
    if (qobject_cast<FakePortal *>(nam))
        m_engine->setFetchAhead(false);
}

SyncClient::~SyncClient()
{
    m_engine.reset();
    m_db->close();
}

QString SyncClient::storePath() const
{
    return m_db->path();
}

SyncResult SyncClient::sync()
{
    return m_engine->run();
}

SyncResult SyncClient::syncUntilOk(int tries)
{
    SyncResult r;
    for (int i = 0; i < tries; ++i) {
        r = sync();
        if (r.ok)
            return r;
    }
    return r;
}

QJsonObject SyncClient::caseFields(const QString &protocol, const QString &notes)
{
    return QJsonObject{{u"authority_istat"_s, u"019002"_s}, {u"procedure_code"_s, u"PAUR"_s},
                       {u"protocol_number"_s, protocol}, {u"start_date"_s, u"2024-03-01"_s},
                       {u"end_date"_s, QJsonValue()}, {u"outcome"_s, QJsonValue()},
                       {u"services_conference"_s, false}, {u"suspensions"_s, QJsonArray()},
                       {u"responsible"_s, u"Ing. Rossi"_s}, {u"notes"_s, notes}};
}

QString SyncClient::addCase(const QString &protocol, const QString &notes)
{
    CaseFile c;
    CaseFileCodec::applyJson(caseFields(protocol, notes), &c);
    QString error;
    if (!CaseFileStore(m_db->connection()).insert(&c, EditContext::local(), &error))
        qWarning("addCase: %s", qPrintable(error));
    return c.id;
}

bool SyncClient::editCase(const QString &id, const QJsonObject &fields)
{
    CaseFileStore store(m_db->connection());
    std::optional<CaseFile> c = testutil::caseFile(m_db->connection(), id);
    if (!c)
        return false;
    CaseFileCodec::applyJson(fields, &*c);
    QString error;
    const bool ok = store.update(*c, EditContext::local(), &error);
    if (!ok)
        qWarning("editCase: %s", qPrintable(error));
    return ok;
}

bool SyncClient::deleteCase(const QString &id)
{
    QString error;
    return CaseFileStore(m_db->connection()).remove(id, EditContext::local(), &error);
}

std::optional<QJsonObject> SyncClient::caseJson(const QString &id) const
{
    const std::optional<CaseFile> c = testutil::caseFile(m_db->connection(), id);
    if (!c)
        return std::nullopt;
    return CaseFileCodec::toJson(*c);
}

qint64 SyncClient::caseCount() const
{
    return testutil::caseCount(m_db->connection());
}

qint64 SyncClient::outboxCount() const
{
    return pass::testutil::outboxCount(m_db->connection());
}

QStringList SyncClient::caseIds() const
{
    QStringList ids;
    QSqlQuery q(m_db->connection());
    q.exec(u"SELECT id FROM case_files ORDER BY id"_s);
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString SyncClient::caseIdByProtocol(const QString &protocol) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT id FROM case_files WHERE protocol_number = ?"_s);
    q.addBindValue(protocol);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}
