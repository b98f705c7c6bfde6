#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace pass {

// The settings IT staff preset for every user of a machine: the portal address, the automatic
// sync interval and the update check. The application uses them instead of the user's own
// choice and shows them locked (docs/deploy.md, "Presets: where they live").
//
// Where they are read from:
//   Windows  HKLM\Software\Policies\PAsS\PAsS Desktop (written by the MSI's properties or by a
//            GPO; Qt's own system scope, HKLM\Software\PAsS\PAsS Desktop, is not a policy key)
//   Linux    QSettings' system scope: /etc/xdg/PAsS/PAsS Desktop.conf
//   macOS    QSettings' system scope: /Library/Preferences/it.passlombardia.PAsS Desktop.plist
// The keys are the same everywhere: Portal/Url, Sync/IntervalMinutes, Updates/CheckDisabled.
class SystemPresets
{
public:
    static inline const QString PortalUrlKey = QStringLiteral("Portal/Url");
    static inline const QString SyncIntervalKey = QStringLiteral("Sync/IntervalMinutes");
    static inline const QString UpdateCheckDisabledKey = QStringLiteral("Updates/CheckDisabled");

    // Reads this machine's presets, for the organisation and application names set on
    // QCoreApplication.
    static SystemPresets load();
    // Reads the presets from settings (the machine's, or a file in tests); `source` names it in
    // problems().
    static SystemPresets read(const QSettings &settings, const QString &source);

    // Set and valid presets; an invalid value counts as not set and is named in problems().
    std::optional<QUrl> portalUrl() const { return m_portalUrl; }
    std::optional<int> syncIntervalMinutes() const { return m_syncIntervalMinutes; }
    std::optional<bool> updateCheckDisabled() const { return m_updateCheckDisabled; }

    // Whether the user may not change the setting with this key.
    bool isLocked(const QString &key) const;
    // One message per invalid value: which key, which value, where, what is allowed.
    QStringList problems() const { return m_problems; }
    QString source() const { return m_source; }

private:
    QString m_source;
    std::optional<QUrl> m_portalUrl;
    std::optional<int> m_syncIntervalMinutes;
    std::optional<bool> m_updateCheckDisabled;
    QStringList m_problems;
};

} // namespace pass
