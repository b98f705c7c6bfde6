#pragma once

#include "problem.h"

#include <QJsonObject>
#include <QStringList>

namespace pass::portal {

struct Caller;
struct StoredRecord;

enum class WriteOp { Create, Update, Delete };

// Who may write what. Reads are scoped by Caller::canRead (out of scope: 404); this decides
// writes on records the caller can read: authority users edit their authority's case files,
// requests and messages; experts edit the requests assigned to them (status, priority,
// description, procedures), their own visits and messages there; coordinators change only the
// experts assigned to a request and its status.
class AccessPolicy
{
public:
    // current: the stored record (update, delete); data: the record as it would be after the
    // write; changed: the fields the write changes; request: the parent request of a message
    // or visit, or the request itself. Returns a null problem when the write is allowed.
    static Problem checkWrite(const Caller &caller, const QString &entity, WriteOp op,
                              const StoredRecord *current, const QJsonObject &data,
                              const QStringList &changed, const QJsonObject &request);
};

} // namespace pass::portal
