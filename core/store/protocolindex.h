#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pass {

// case_files_protocol, the unique index on (authority_istat, protocol_number), is the one rule a
// bulk writer may lift for a while. An initial sync into an empty store leaves it out while it
// pulls (PageWriter): the portal keeps the same rule, and with the portal's random ids every
// insert walked it at random (a third of the pull's time at a million records). While it is
// out nothing refuses a repeated key, so every other writer of case files puts it back before
// writing (CaseFileStore for every edit but the sync's own, the importer, the demo) and then
// writes under the constraint as always. Conflict resolutions write through the sync's adapters,
// but a conflict needs a local edit first, and that edit has put the index back.

// A case file taken out because another one holds its authority and protocol number.
struct RepeatedProtocol
{
    QString removedId;
    QString keptId;
    QString authorityIstat;
    QString protocolNumber;
};

// Creates case_files_protocol when it is missing; nothing to do (one read of the schema) when it
// is there. Case files repeating a key — only records pulled while the index was out can — are
// settled first: the one with unsent edits or an open conflict stays, otherwise the one stored
// first, as the constraint would have had it; the others are removed (with an audit row, as a
// record the portal sent that this store cannot hold), logged and listed in *removed. Inside
// the caller's transaction.
bool restoreProtocolIndex(QSqlDatabase db, QList<RepeatedProtocol> *removed, QString *error);

} // namespace pass
