#pragma once

#include "core/workspace/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pass {

// The settings a user may change: the portal address, the interface language (Italian by
// default, English), the automatic sync interval, the update check and the store file. What IT
// preset for the machine (AppSettings::presets()) is shown with its value, locked, with a note
// saying IT set it. Accepting saves the user's values; the language and the store file take
// effect at the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QLineEdit *portalEdit() const { return m_portal; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *intervalBox() const { return m_interval; }
    QLineEdit *storeEdit() const { return m_store; }
    QCheckBox *updateCheckBox() const { return m_updates; }
    // The note under the form naming what IT preset; hidden when nothing is.
    QLabel *presetNote() const { return m_presetNote; }

    // Writes the values that are not locked; false with the reason (and nothing written) when
    // one is invalid.
    bool save(QString *error);

    void accept() override;

private:
    void lock(QWidget *field, QLabel *label);
    void chooseStore();

    AppSettings m_settings;
    QLineEdit *m_portal;
    QComboBox *m_language;
    QSpinBox *m_interval;
    QLineEdit *m_store;
    QCheckBox *m_updates;
    QLabel *m_presetNote;
};

} // namespace pass
