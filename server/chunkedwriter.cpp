#include "chunkedwriter.h"

#include "bodysource.h"
#include "portallog.h"

#include <QTcpSocket>

namespace pass::portal {

ChunkedWriter::ChunkedWriter(QTcpSocket *socket, std::shared_ptr<BodySource> source, bool gzip)
    : QObject(socket)
    , m_socket(socket)
    , m_source(std::move(source))
    , m_gzip(gzip)
{
    // 15 window bits + 16: gzip framing; level 1, as for the other answers (speed first).
    if (m_gzip)
        deflateInit2(&m_zstream, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

ChunkedWriter::~ChunkedWriter()
{
    if (m_gzip)
        deflateEnd(&m_zstream);
}

void ChunkedWriter::start()
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ChunkedWriter::pump);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    pump();
}

void ChunkedWriter::pump()
{
    if (m_pumping || m_done || !m_socket)
        return;
    m_pumping = true;
    while (!m_done && m_socket->bytesToWrite() < HighWater) {
        if (m_source->atEnd()) {
            finish();
            break;
        }
        const QByteArray piece = m_source->next(PieceBytes);
        if (piece.isEmpty() && !m_source->atEnd()) {
            // The source failed: end the connection without the last chunk, so the client
            // sees an incomplete body instead of a valid-looking truncated one.
            qCWarning(lcPortalHttp) << "streamed body failed:" << m_source->errorString();
            m_done = true;
            m_socket->disconnectFromHost();
            deleteLater();
            break;
        }
        writeChunk(m_gzip ? compress(piece, false) : piece);
    }
    m_pumping = false;
}

void ChunkedWriter::writeChunk(const QByteArray &data)
{
    if (data.isEmpty())
        return; // a zero-length chunk would end the body
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n");
    m_socket->write(data);
    m_socket->write("\r\n");
}

QByteArray ChunkedWriter::compress(const QByteArray &data, bool finish)
{
    QByteArray out;
    out.resize(qsizetype(deflateBound(&m_zstream, uLong(data.size()))) + 64);
    m_zstream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    m_zstream.avail_in = uInt(data.size());
    qsizetype used = 0;
    for (;;) {
        m_zstream.next_out = reinterpret_cast<Bytef *>(out.data() + used);
        m_zstream.avail_out = uInt(out.size() - used);
        const int rc = deflate(&m_zstream, finish ? Z_FINISH : Z_NO_FLUSH);
        used = out.size() - qsizetype(m_zstream.avail_out);
        if (rc == Z_STREAM_ERROR || (finish ? rc == Z_STREAM_END : m_zstream.avail_in == 0))
            break;
        if (m_zstream.avail_out == 0)
            out.resize(out.size() * 2);
    }
    out.resize(used);
    return out;
}

void ChunkedWriter::finish()
{
    if (m_gzip)
        writeChunk(compress({}, true));
    m_socket->write("0\r\n\r\n");
    m_done = true;
    m_source.reset(); // ends the snapshot's read transaction now, not when the socket closes
    deleteLater();
}

} // namespace pass::portal
