#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pass {

// A file attached to a support request (issue 13): its metadata, synced like a message; the
// bytes are kept apart, content-addressed by their SHA-256 (see DocumentStore).
struct RequestDocument
{
    QString id;
    QString requestId;
    QString fileName;  // as the person chose it, without folders
    QString mediaType; // one of DocumentTypes::mediaTypes()
    qint64 size = 0;
    QString sha256;    // lower-case hex of the content
    QString addedBy;   // set by the portal from the signed-in account
    QString addedAt;   // RFC 3339 UTC
    qint64 version = 0;

    friend bool operator==(const RequestDocument &, const RequestDocument &) = default;
};

// The kinds of file a request may carry — PDF, images, office documents — and the limits, the
// same on the client and on the portal.
namespace DocumentTypes {

// 25 MiB: a scanned plan or a long PDF fits, a video does not.
constexpr qint64 kMaxBytes = 25 * 1024 * 1024;

QStringList mediaTypes();
// The media type of a file name by its extension (case-insensitive), or nothing when the
// extension is not one we accept.
std::optional<QString> mediaTypeOfName(const QString &fileName);
// Whether the first bytes of a file look like its media type claims (a PDF starts with
// "%PDF-", an .xlsx is a ZIP archive…): a renamed file is refused, not stored under a lie.
bool contentMatches(const QString &mediaType, const QByteArray &head);
// The extensions people can pick, for a file dialog's filter ("*.pdf *.png …").
QStringList fileDialogPatterns();
// A short label of the kind for lists ("PDF", "Immagine", "Foglio di calcolo").
QString kindLabel(const QString &mediaType);
bool isSha256Hex(const QString &text);
// "the file is 30.2 MiB, larger than the 25.0 MiB a document may be", in bytes when the
// rounded sizes would read the same.
QString tooLargeMessage(const QString &fileName, qint64 size);
// Refuses what a request cannot carry, with a sentence that names the file; *mediaType gets
// the type. content is the whole file.
bool check(const QString &fileName, const QByteArray &content, QString *mediaType, QString *error);

} // namespace DocumentTypes

} // namespace pass
