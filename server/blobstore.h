#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pass::portal {

// The contents of request documents, one file per SHA-256 under the portal's state folder
// (blobs/ab/abcdef…). A content is written to a temporary file, synced and renamed into place,
// so a crash leaves the whole file or none; the same content sent again is not written twice.
class BlobStore
{
public:
    explicit BlobStore(QString folder);

    enum class Put { Created, Existed, Mismatch, Failed };
    // Stores content under sha256 when it really hashes to it.
    Put put(const QString &sha256, const QByteArray &content, QString *error);
    // Whether the content is here, and its size.
    bool has(const QString &sha256, qint64 *size = nullptr) const;
    std::optional<QByteArray> read(const QString &sha256) const;
    QString folder() const { return m_folder; }

private:
    QString pathOf(const QString &sha256) const;

    QString m_folder;
};

} // namespace pass::portal
