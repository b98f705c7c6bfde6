#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>

// An in-memory portal that speaks the sync API (changes feed, idempotent mutations with the
// server-side field merge), in the style of Nextcloud's syncenginetestutils: the real engine
// and store run against it, and a test overrides single requests to inject faults.
class FakePortalState
{
public:
    struct Record
    {
        QString type;
        QJsonObject data;
        qint64 version = 0;
        qint64 seq = 0;
        bool deleted = false;
        bool inScope = true;
        QHash<QString, qint64> fieldVersion; // the version that last changed each field
    };

    QJsonObject changes(const QString &cursor, int limit, int *status);
    QJsonObject mutations(const QJsonArray &mutations);

    // Edits made "by someone else" on the server.
    QString create(const QString &type, const QJsonObject &data, const QString &id = {});
    void update(const QString &id, const QJsonObject &fields);
    void remove(const QString &id);
    void setInScope(const QString &id, bool inScope);
    void expireCursors() { ++m_epoch; }

    const QHash<QString, Record> &records() const { return m_records; }
    QList<QJsonObject> liveRecords(const QString &type) const;
    int appliedMutations() const { return m_appliedCount; }

private:
    void touch(Record &r, const QString &id, const QStringList &fields);
    QJsonObject applyOne(const QJsonObject &m);

    QHash<QString, Record> m_records;
    QMap<qint64, QString> m_bySeq;
    QHash<QString, QJsonObject> m_results; // mutation_id -> first result
    qint64 m_seq = 0;
    qint64 m_version = 0;
    int m_epoch = 1;
    int m_appliedCount = 0;
};

// A reply with a canned status, headers and body, finished from the event loop.
class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, int status,
              const QByteArray &body, const QHash<QByteArray, QByteArray> &headers = {},
              QNetworkReply::NetworkError error = NoError, QObject *parent = nullptr);
    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void finish();
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_aborted = false;
};

class FakePortal : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Override = std::function<QNetworkReply *(Operation, const QNetworkRequest &, const QByteArray &body)>;

    explicit FakePortal(FakePortalState *state, QObject *parent = nullptr);
    void setOverride(Override o) { m_override = std::move(o); }
    void setToken(const QString &token) { m_token = token; }
    // The normal answer, for overrides that first let the server act (lost reply after apply).
    QNetworkReply *handle(Operation op, const QNetworkRequest &request, const QByteArray &body);
    QList<QByteArray> authorizationHeaders() const { return m_authHeaders; }
    int requestCount() const { return m_requests; }

    static QNetworkReply *problem(Operation op, const QNetworkRequest &request, int status,
                                  const QString &title, int retryAfter = -1);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    FakePortalState *m_state;
    Override m_override;
    QString m_token;
    QList<QByteArray> m_authHeaders;
    int m_requests = 0;
};
