#pragma once

#include <QString>

class QCoreApplication;

namespace pass {

// The user interface is Italian unless English is asked for: source strings are English and
// the Italian catalogue is always loaded first, whatever the system locale says, because the
// users are Italian authorities.
//
// Installs the translators for `language` ("it" or "en") on the application and sets the
// default QLocale (dates, numbers). Returns false when `language` is unknown or its catalogue
// is missing (the UI then falls back to the English source strings).
bool installTranslations(QCoreApplication *app, const QString &language = QStringLiteral("it"));

// The languages installTranslations() accepts.
QStringList availableLanguages();

} // namespace pass
