#pragma once

#include "problem.h"

#include "core/domain/requestworkflow.h"

#include <QJsonObject>
#include <QStringList>

namespace pass::portal {

struct Caller;
struct StoredRecord;

enum class WriteOp { Create, Update, Delete };

// Who may write what. Reads are scoped by Caller::canRead (out of scope: 404); this decides
// writes on records the caller can read: authority users edit their authority's case files;
// support requests, their messages and visits follow the client's own rule table
// (core/domain/requestworkflow.h), so a refusal names the same rule the application shows.
class AccessPolicy
{
public:
    // current: the stored record (update, delete); data: the record as it would be after the
    // write; changed: the fields the write changes; request: the parent request of a message
    // or visit, or the request itself. Returns a null problem when the write is allowed.
    static Problem checkWrite(const Caller &caller, const QString &entity, WriteOp op,
                              const StoredRecord *current, const QJsonObject &data,
                              const QStringList &changed, const QJsonObject &request,
                              const RequestWorkflow::ExpertScope &scope = {});
    // The problem a refused move answers with (null when allowed).
    static Problem refusal(const MoveVerdict &verdict);
};

} // namespace pass::portal
