#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pass {

struct OutboxEntry;
struct PortalProblem;

// Local edits the portal refused (sync_rejections): the outbox row is gone, the edit stays in the
// local record, and this list says which edit was refused and why, until someone clears it.
class RejectionStore
{
public:
    struct Rejection
    {
        qint64 id = 0;
        QString mutationId;
        QString entity;
        QString recordId;
        QString op;
        QJsonObject fields; // what the edit sent
        int status = 0;     // the problem's HTTP status
        QString field;      // the field the portal named, if any
        QString message;    // the portal's reason, readable
        QString rejectedAt;
    };

    explicit RejectionStore(QSqlDatabase db) : m_db(std::move(db)) { }

    // Inside the caller's transaction (the one that drops the outbox row). A mutation refused
    // again after a lost answer is kept once.
    bool record(const OutboxEntry &entry, const PortalProblem &problem, QString *error);
    // False (and *error) when the store cannot be read: never "nothing refused".
    bool list(QList<Rejection> *rejections, QString *error) const;
    bool count(qint64 *count, QString *error) const;
    // Forgets them all (after someone has read them); returns how many.
    qint64 clear(QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace pass
