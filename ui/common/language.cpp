#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pass {

QStringList availableLanguages()
{
    return {u"it"_s, u"en"_s};
}

bool installTranslations(QCoreApplication *app, const QString &language)
{
    const QString lang = language.toLower();
    if (!availableLanguages().contains(lang))
        return false;
    const QLocale locale(lang == u"it" ? QLocale(QLocale::Italian, QLocale::Italy)
                                       : QLocale(QLocale::English, QLocale::UnitedKingdom));
    QLocale::setDefault(locale);

    // Qt's own strings (standard buttons, About Qt) when the system has them installed.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *ours = new QTranslator(app);
    if (!ours->load(u":/i18n/pass_"_s + lang + u".qm"_s)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace pass
