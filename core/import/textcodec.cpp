#include "textcodec.h"

using namespace Qt::StringLiterals;

namespace pass {
namespace {

// 0x80–0x9F of Windows-1252; everything else is Latin-1.
constexpr char16_t kHigh[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

} // namespace

QString encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Auto:
        return u"auto"_s;
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Windows1252:
        return u"Windows-1252"_s;
    case TextEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case TextEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    }
    return {};
}

bool encodingFromName(QStringView name, TextEncoding *e)
{
    QString n = name.trimmed().toString().toLower();
    n.remove(u'-');
    n.remove(u'_');
    if (n == u"auto" || n.isEmpty())
        *e = TextEncoding::Auto;
    else if (n == u"utf8")
        *e = TextEncoding::Utf8;
    else if (n == u"windows1252" || n == u"cp1252" || n == u"latin1" || n == u"iso88591" || n == u"ansi")
        *e = TextEncoding::Windows1252;
    else if (n == u"utf16le" || n == u"utf16" || n == u"unicode")
        *e = TextEncoding::Utf16LE;
    else if (n == u"utf16be")
        *e = TextEncoding::Utf16BE;
    else
        return false;
    return true;
}

QString fromWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        d[i] = (b >= 0x80 && b < 0xA0) ? kHigh[b - 0x80] : char16_t(b);
    }
    return out;
}

bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedTail, qsizetype *firstBad)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    auto bad = [&](qsizetype at) {
        if (firstBad)
            *firstBad = at;
        return false;
    };
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return bad(i);
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return allowTruncatedTail ? true : bad(i);
            if ((p[i + k] & 0xC0) != 0x80)
                return bad(i);
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points beyond U+10FFFF.
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return bad(i);
        i += len;
    }
    return true;
}

} // namespace pass
