#pragma once

#include "core/domain/records.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>
#include <vector>

namespace pass {

// One change of the portal's feed: {type, id, version, op, data}. Values of the wrong kind
// read as QJsonValue's would (a number where text is expected is empty text, a fractional
// version is 0), so the checks downstream see what they always saw.
struct PulledChange
{
    QString type;
    QString id;
    QString op;
    qint64 version = 0;
    // For a case_file upsert, the record decoded straight from the page (what
    // CaseFileCodec::applyJson gives for data): the initial sync's fast path never builds a
    // QJsonObject for it. Its id and version are left unset.
    std::optional<CaseFile> caseFile;
    int dataIndex = -1; // see ChangePage::dataObject()
};

// A page of GET /sync/changes parsed with simdjson: about ten times faster than QJsonDocument,
// and no JSON tree of the whole page is kept while the page is applied. Instances are
// independent (each has its own simdjson parser), so one can be parsed on one thread while
// another is applied on another (PagePrefetcher); one instance is used by one thread at a time.
class ChangePage
{
public:
    ChangePage();
    ~ChangePage();
    ChangePage(const ChangePage &) = delete;
    ChangePage &operator=(const ChangePage &) = delete;

    // Parses body; false with *error set when it is not JSON, or not an object with changes
    // (an array), next_cursor (text) and has_more (true or false).
    bool parse(const QByteArray &body, QString *error);

    const std::vector<PulledChange> &changes() const { return m_changes; }
    QString nextCursor() const { return m_nextCursor; }
    bool hasMore() const { return m_hasMore; }
    // A change's data as a JSON object (empty when it had none), built on demand for the paths
    // that merge or go through an entity adapter. Valid until the next parse().
    QJsonObject dataObject(const PulledChange &change) const;
    // True when the body was JSON but not a change page (the engine says which keys are missing).
    bool notAPage() const { return m_notAPage; }
    // The thread the last parse() ran on: the engine counts the pages parsed off its own thread.
    Qt::HANDLE parsedOn() const { return m_parsedOn; }

private:
    struct Parser;
    std::unique_ptr<Parser> m_parser; // kept between pages: simdjson reuses its buffers
    std::vector<PulledChange> m_changes;
    QString m_nextCursor;
    bool m_hasMore = false;
    bool m_notAPage = false;
    Qt::HANDLE m_parsedOn = nullptr;
};

} // namespace pass
