#pragma once

#include <QByteArray>

namespace pass::portal {

// RFC 1952 gzip (zlib's deflate with a gzip header), for Content-Encoding: gzip.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

} // namespace pass::portal
