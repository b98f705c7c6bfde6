#include "appsettings.h"

#include "core/store/database.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QVariant userValue(const QString &key)
{
    QSettings user;
    // Without this, an unset user key would read the system file through QSettings' fallbacks,
    // bypassing SystemPresets' checks.
    user.setFallbacksEnabled(false);
    return user.value(key);
}

} // namespace

AppSettings::AppSettings()
    : m_presets(SystemPresets::load())
{
}

AppSettings::AppSettings(SystemPresets presets)
    : m_presets(std::move(presets))
{
}

QUrl AppSettings::portalUrl() const
{
    if (const std::optional<QUrl> preset = m_presets.portalUrl())
        return *preset;
    return QUrl(userValue(SystemPresets::PortalUrlKey).toString().trimmed());
}

int AppSettings::syncIntervalMinutes() const
{
    if (const std::optional<int> preset = m_presets.syncIntervalMinutes())
        return *preset;
    bool ok = false;
    const int minutes = userValue(SystemPresets::SyncIntervalKey).toInt(&ok);
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : DefaultSyncIntervalMinutes;
}

bool AppSettings::updateCheckDisabled() const
{
    if (const std::optional<bool> preset = m_presets.updateCheckDisabled())
        return *preset;
    return userValue(SystemPresets::UpdateCheckDisabledKey).toBool();
}

QString AppSettings::language() const
{
    return userValue(LanguageKey).toString() == u"en" ? u"en"_s : u"it"_s;
}

QString AppSettings::storePath() const
{
    const QString chosen = userValue(StorePathKey).toString();
    return chosen.isEmpty() ? Database::defaultPath() : chosen;
}

bool AppSettings::hasChosenStore() const
{
    return !userValue(StorePathKey).toString().isEmpty();
}

bool AppSettings::setValue(const QString &key, const QVariant &value)
{
    if (isLocked(key))
        return false;
    QSettings user;
    user.setValue(key, value);
    return true;
}

} // namespace pass
