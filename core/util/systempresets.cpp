#include "systempresets.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pass {

namespace {

constexpr int MaxSyncIntervalMinutes = 24 * 60;

} // namespace

SystemPresets SystemPresets::load()
{
#ifdef Q_OS_WIN
    const QString key = u"HKEY_LOCAL_MACHINE\\Software\\Policies\\%1\\%2"_s.arg(
        QCoreApplication::organizationName(), QCoreApplication::applicationName());
    const QSettings settings(key, QSettings::NativeFormat);
    return read(settings, key);
#else
    const QSettings settings(QSettings::NativeFormat, QSettings::SystemScope,
                             QCoreApplication::organizationName(), QCoreApplication::applicationName());
    return read(settings, settings.fileName());
#endif
}

SystemPresets SystemPresets::read(const QSettings &settings, const QString &source)
{
    SystemPresets presets;
    presets.m_source = source;
    const auto problem = [&](const QString &key, const QString &value, const QString &allowed) {
        presets.m_problems.append(QCoreApplication::translate("SystemPresets",
            "Ignored the preset %1 = \"%2\" in %3: %4.").arg(key, value, source, allowed));
    };

    if (settings.contains(PortalUrlKey)) {
        const QString text = settings.value(PortalUrlKey).toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http"))
            presets.m_portalUrl = url;
        else
            problem(PortalUrlKey, text, QCoreApplication::translate("SystemPresets", "it must be an http:// or https:// address"));
    }
    if (settings.contains(SyncIntervalKey)) {
        const QString text = settings.value(SyncIntervalKey).toString().trimmed();
        bool ok = false;
        const int minutes = text.toInt(&ok);
        if (ok && minutes >= 1 && minutes <= MaxSyncIntervalMinutes)
            presets.m_syncIntervalMinutes = minutes;
        else
            problem(SyncIntervalKey, text, QCoreApplication::translate("SystemPresets", "it must be a number of minutes from 1 to %1").arg(MaxSyncIntervalMinutes));
    }
    if (settings.contains(UpdateCheckDisabledKey)) {
        const QString text = settings.value(UpdateCheckDisabledKey).toString().trimmed().toLower();
        if (text == u"1" || text == u"true" || text == u"yes")
            presets.m_updateCheckDisabled = true;
        else if (text == u"0" || text == u"false" || text == u"no")
            presets.m_updateCheckDisabled = false;
        else
            problem(UpdateCheckDisabledKey, text, QCoreApplication::translate("SystemPresets", "it must be true or false (1 or 0)"));
    }
    return presets;
}

bool SystemPresets::isLocked(const QString &key) const
{
    if (key == PortalUrlKey)
        return m_portalUrl.has_value();
    if (key == SyncIntervalKey)
        return m_syncIntervalMinutes.has_value();
    if (key == UpdateCheckDisabledKey)
        return m_updateCheckDisabled.has_value();
    return false;
}

} // namespace pass
