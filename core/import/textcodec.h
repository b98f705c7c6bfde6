#pragma once

#include <QByteArrayView>
#include <QString>

namespace pass {

// How the bytes of an office file are turned into text. Offices save CSV from Excel as
// Windows-1252 ("CSV (delimitato dal separatore di elenco)") or UTF-8 ("CSV UTF-8"), with or
// without a BOM; Excel's "Testo Unicode" is UTF-16LE with a BOM.
enum class TextEncoding {
    Auto,        // detect: BOM, else UTF-8 when valid, else Windows-1252
    Utf8,        // strict: invalid bytes are an error
    Windows1252,
    Utf16LE,
    Utf16BE,
};

QString encodingName(TextEncoding e);
// Accepts the names a user would type: utf-8, utf8, windows-1252, cp1252, latin1, utf-16le…
// Returns false for an unknown name.
bool encodingFromName(QStringView name, TextEncoding *e);

// Windows-1252 to UTF-16. Bytes 0x80–0x9F that are undefined in the code page map to the
// C1 control of the same value, like Windows does.
QString fromWindows1252(QByteArrayView bytes);

// True when bytes are well-formed UTF-8. A sequence cut by the end of bytes counts as valid
// when allowTruncatedTail is set (the head of a file read in chunks).
bool isValidUtf8(QByteArrayView bytes, bool allowTruncatedTail = false, qsizetype *firstBad = nullptr);

inline bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace pass
