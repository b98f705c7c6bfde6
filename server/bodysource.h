#pragma once

#include <QByteArray>

namespace pass::portal {

// A response body produced piece by piece after the headers went out (see ChunkedWriter), so
// a large answer such as the snapshot never sits whole in memory.
class BodySource
{
public:
    virtual ~BodySource() = default;
    // The next piece of the body, about `budget` bytes or more; empty once atEnd().
    virtual QByteArray next(qsizetype budget) = 0;
    virtual bool atEnd() const = 0;
    // Why the body stopped early (the client then sees a truncated chunked stream).
    virtual QString errorString() const = 0;
};

} // namespace pass::portal
