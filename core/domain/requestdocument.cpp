#include "requestdocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pass::DocumentTypes {
namespace {

struct Kind
{
    const char *extension;
    const char *mediaType;
};

// The accepted files. Office formats come in their two families: the old binary ones (an OLE
// compound file) and the ZIP-based ones (Office Open XML, OpenDocument).
constexpr Kind kKinds[] = {
    {"pdf", "application/pdf"},
    {"png", "image/png"},
    {"jpg", "image/jpeg"},
    {"jpeg", "image/jpeg"},
    {"tif", "image/tiff"},
    {"tiff", "image/tiff"},
    {"doc", "application/msword"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"xls", "application/vnd.ms-excel"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {"ppt", "application/vnd.ms-powerpoint"},
    {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {"odt", "application/vnd.oasis.opendocument.text"},
    {"ods", "application/vnd.oasis.opendocument.spreadsheet"},
    {"odp", "application/vnd.oasis.opendocument.presentation"},
    {"rtf", "application/rtf"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("pass::DocumentTypes", text);
}

} // namespace

QStringList mediaTypes()
{
    QStringList list;
    for (const Kind &k : kKinds) {
        const QString type = QString::fromLatin1(k.mediaType);
        if (!list.contains(type))
            list << type;
    }
    return list;
}

std::optional<QString> mediaTypeOfName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const Kind &k : kKinds) {
        if (suffix == QLatin1StringView(k.extension))
            return QString::fromLatin1(k.mediaType);
    }
    return std::nullopt;
}

bool contentMatches(const QString &mediaType, const QByteArray &head)
{
    if (mediaType == u"application/pdf")
        return head.startsWith("%PDF-");
    if (mediaType == u"image/png")
        return head.startsWith("\x89PNG\r\n\x1a\n");
    if (mediaType == u"image/jpeg")
        return head.startsWith("\xff\xd8\xff");
    if (mediaType == u"image/tiff")
        return head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4));
    if (mediaType == u"application/rtf")
        return head.startsWith("{\\rtf");
    if (mediaType == u"application/msword" || mediaType == u"application/vnd.ms-excel"
        || mediaType == u"application/vnd.ms-powerpoint")
        return head.startsWith("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1");
    if (mediaType.startsWith(u"application/vnd.openxmlformats") || mediaType.startsWith(u"application/vnd.oasis"))
        return head.startsWith("PK\x03\x04");
    return false;
}

QStringList fileDialogPatterns()
{
    QStringList patterns;
    for (const Kind &k : kKinds)
        patterns << u"*."_s + QString::fromLatin1(k.extension);
    return patterns;
}

QString kindLabel(const QString &mediaType)
{
    if (mediaType == u"application/pdf")
        return u"PDF"_s;
    if (mediaType.startsWith(u"image/"))
        return tr("Image");
    if (mediaType.contains(u"spreadsheet") || mediaType == u"application/vnd.ms-excel")
        return tr("Spreadsheet");
    if (mediaType.contains(u"presentation") || mediaType == u"application/vnd.ms-powerpoint")
        return tr("Presentation");
    return tr("Text document");
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString tooLargeMessage(const QString &fileName, qint64 size)
{
    const QLocale locale;
    QString actual = locale.formattedDataSize(size);
    QString limit = locale.formattedDataSize(kMaxBytes);
    if (actual == limit) {
        actual = tr("%1 bytes").arg(locale.toString(size));
        limit = tr("%1 bytes").arg(locale.toString(kMaxBytes));
    }
    return tr("%1: the file is %2, larger than the %3 a document may be").arg(fileName, actual, limit);
}

bool check(const QString &fileName, const QByteArray &content, QString *mediaType, QString *error)
{
    const QString name = QFileInfo(fileName).fileName();
    const std::optional<QString> type = mediaTypeOfName(name);
    if (!type) {
        *error = tr("%1: this kind of file cannot be attached (PDF, images and office documents can: %2)")
                     .arg(name, fileDialogPatterns().join(u' '));
        return false;
    }
    if (content.isEmpty()) {
        *error = tr("%1: the file is empty").arg(name);
        return false;
    }
    if (content.size() > kMaxBytes) {
        *error = tooLargeMessage(name, content.size());
        return false;
    }
    if (!contentMatches(*type, content.left(16))) {
        *error = tr("%1: the content is not what its extension says (%2): the file may be damaged or renamed")
                     .arg(name, QFileInfo(name).suffix());
        return false;
    }
    *mediaType = *type;
    return true;
}

} // namespace pass::DocumentTypes
