#include "blobstore.h"

#include "core/domain/requestdocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pass::portal {

BlobStore::BlobStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString BlobStore::pathOf(const QString &sha256) const
{
    return m_folder + u'/' + sha256.left(2) + u'/' + sha256;
}

BlobStore::Put BlobStore::put(const QString &sha256, const QByteArray &content, QString *error)
{
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    if (actual != sha256) {
        *error = u"the body's SHA-256 is %1, not the one in the path"_s.arg(actual);
        return Put::Mismatch;
    }
    qint64 size = 0;
    if (has(sha256, &size) && size == content.size())
        return Put::Existed;
    const QString path = pathOf(sha256);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = u"cannot create the folder of %1"_s.arg(path);
        return Put::Failed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = file.errorString();
        return Put::Failed;
    }
    return Put::Created;
}

bool BlobStore::has(const QString &sha256, qint64 *size) const
{
    if (!DocumentTypes::isSha256Hex(sha256))
        return false;
    const QFileInfo info(pathOf(sha256));
    if (!info.isFile())
        return false;
    if (size)
        *size = info.size();
    return true;
}

std::optional<QByteArray> BlobStore::read(const QString &sha256) const
{
    if (!DocumentTypes::isSha256Hex(sha256))
        return std::nullopt;
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace pass::portal
