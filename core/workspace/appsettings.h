#pragma once

#include "core/util/systempresets.h"

#include <QString>
#include <QUrl>
#include <QVariant>

namespace pass {

// The application's settings as the user sees them: the user's own choices (QSettings, user
// scope) under the presets IT staff set for every user of the machine (SystemPresets: portal
// address, sync interval, update check). A preset wins over the user's value, and the settings
// dialog shows it locked; setValue() refuses to write a locked key.
//
// The values are read when asked, so a dialog and the window see each other's changes.
class AppSettings
{
public:
    // The keys of the presettable settings are SystemPresets' (Portal/Url, Sync/IntervalMinutes,
    // Updates/CheckDisabled); these are the user's only.
    static inline const QString LanguageKey = QStringLiteral("Ui/Language");
    static inline const QString StorePathKey = QStringLiteral("Store/Path");
    static constexpr int DefaultSyncIntervalMinutes = 15;

    // Reads this machine's presets once (SystemPresets::load()).
    AppSettings();
    explicit AppSettings(SystemPresets presets);

    const SystemPresets &presets() const { return m_presets; }
    // True when IT preset the key for this machine: the user cannot change it.
    bool isLocked(const QString &key) const { return m_presets.isLocked(key); }

    // The portal to sign in to: the preset, else the user's; empty when neither is set.
    QUrl portalUrl() const;
    // Minutes between automatic syncs: the preset, else the user's, else 15. Zero (the user's
    // choice only) syncs on demand and when the network comes back.
    int syncIntervalMinutes() const;
    bool updateCheckDisabled() const;
    // "it" (the default) or "en".
    QString language() const;
    // The store the application opens at start: the user's choice, else Database::defaultPath().
    QString storePath() const;
    // Whether the user chose a store file (a first run is one without a store at storePath()).
    bool hasChosenStore() const;

    // Stores the user's value; false (nothing written) when IT preset the key.
    bool setValue(const QString &key, const QVariant &value);

private:
    SystemPresets m_presets;
};

} // namespace pass
