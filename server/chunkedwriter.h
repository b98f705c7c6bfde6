#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

#include <zlib.h>

class QTcpSocket;

namespace pass::portal {

class BodySource;

// Writes a BodySource to a socket as an HTTP/1.1 chunked body, optionally gzip-compressed, once
// the status line and headers are out. QHttpServer 6.4 answers one request at a time and its
// QIODevice responses send no chunk framing, so the writer drives the socket itself: it fills
// the socket's buffer up to a high-water mark and resumes on bytesWritten, which keeps memory
// bounded and lets the event loop serve other connections in between. It deletes itself when
// the body is done or the socket goes away.
class ChunkedWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 HighWater = 1024 * 1024;
    static constexpr qsizetype PieceBytes = 256 * 1024;

    ChunkedWriter(QTcpSocket *socket, std::shared_ptr<BodySource> source, bool gzip);
    ~ChunkedWriter() override;

    void start();

private:
    void pump();
    void writeChunk(const QByteArray &data);
    QByteArray compress(const QByteArray &data, bool finish);
    void finish();

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<BodySource> m_source;
    bool m_gzip;
    z_stream m_zstream{};
    bool m_pumping = false;
    bool m_done = false;
};

} // namespace pass::portal
