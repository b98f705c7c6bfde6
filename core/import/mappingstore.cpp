#include "mappingstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pass {

MappingStore::MappingStore(QString dir) : m_dir(std::move(dir))
{
    if (m_dir.isEmpty())
        m_dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/import-mappings"_s;
}

std::optional<ImportMapping> MappingStore::find(const QString &fingerprint) const
{
    QString error;
    const QString path = pathFor(fingerprint);
    if (!QFile::exists(path))
        return std::nullopt;
    return load(path, &error);
}

bool MappingStore::save(const ImportMapping &mapping, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        *error = QObject::tr("cannot create %1").arg(m_dir);
        return false;
    }
    return write(mapping, pathFor(mapping.fingerprint()), error);
}

std::optional<ImportMapping> MappingStore::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QObject::tr("cannot read the mapping %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &parseError);
    if (!doc.isObject() || doc.object().value(u"format").toString() != u"pass-import-mapping-1") {
        *error = QObject::tr("%1 is not an import mapping: %2")
                     .arg(path, parseError.error == QJsonParseError::NoError ? QObject::tr("unknown format")
                                                                              : parseError.errorString());
        return std::nullopt;
    }
    return ImportMapping::fromJson(doc.object());
}

bool MappingStore::write(const ImportMapping &mapping, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    f.write(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace pass
