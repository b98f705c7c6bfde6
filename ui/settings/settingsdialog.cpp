#include "settingsdialog.h"

#include "aboutbox.h"

#include "core/store/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent),
      m_portal(new QLineEdit(this)),
      m_language(new QComboBox(this)),
      m_interval(new QSpinBox(this)),
      m_store(new QLineEdit(this)),
      m_updates(new QCheckBox(tr("Check for &updates at start"), this)),
      m_presetNote(new QLabel(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_portal->setAccessibleName(tr("Portal address"));
    m_portal->setPlaceholderText(u"https://portale.passlombardia.it"_s);
    m_portal->setText(m_settings.portalUrl().toString());
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(u"Italiano"_s, u"it"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_interval->setAccessibleName(tr("Automatic sync interval in minutes"));
    m_interval->setRange(0, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Only when I ask"));
    m_interval->setValue(m_settings.syncIntervalMinutes());
    m_store->setAccessibleName(tr("Store file"));
    m_store->setText(QDir::toNativeSeparators(m_settings.storePath()));
    m_updates->setAccessibleName(tr("Check for updates at start"));
    m_updates->setChecked(!m_settings.updateCheckDisabled());
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the store file"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseStore);
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(browse);

    auto *portalLabel = new QLabel(tr("&Portal address:"), this);
    auto *intervalLabel = new QLabel(tr("Automatic &sync every:"), this);
    auto *form = new QFormLayout;
    form->addRow(portalLabel, m_portal);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(intervalLabel, m_interval);
    form->addRow(tr("S&tore file:"), storeRow);
    form->addRow(QString(), m_updates);
    auto *restart = new QLabel(tr("The language and the store file take effect at the next start."), this);
    restart->setWordWrap(true);

    if (m_settings.isLocked(SystemPresets::PortalUrlKey))
        lock(m_portal, portalLabel);
    if (m_settings.isLocked(SystemPresets::SyncIntervalKey))
        lock(m_interval, intervalLabel);
    if (m_settings.isLocked(SystemPresets::UpdateCheckDisabledKey))
        lock(m_updates, nullptr);
    m_presetNote->setObjectName(u"presetNote"_s);
    m_presetNote->setWordWrap(true);
    m_presetNote->setText(tr("Set by your IT department for every user of this computer (%1): "
                             "these settings cannot be changed here.")
                              .arg(QDir::toNativeSeparators(m_settings.presets().source())));
    m_presetNote->setVisible(m_settings.isLocked(SystemPresets::PortalUrlKey)
                             || m_settings.isLocked(SystemPresets::SyncIntervalKey)
                             || m_settings.isLocked(SystemPresets::UpdateCheckDisabledKey));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *about = buttons->addButton(tr("&About PAsS Desktop"), QDialogButtonBox::HelpRole);
    connect(about, &QPushButton::clicked, this, [this] { AboutBox::showModal(this); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_presetNote);
    layout->addWidget(restart);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

// A preset keeps its value on screen, cannot be edited, and says who set it: in its label (seen
// by everyone), its tooltip and its accessible description (read by screen readers).
void SettingsDialog::lock(QWidget *field, QLabel *label)
{
    const QString why = tr("Set by your IT department");
    field->setEnabled(false);
    field->setToolTip(tr("Set by your IT department for every user of this computer: it cannot be "
                         "changed here."));
    field->setAccessibleDescription(why);
    if (label)
        label->setText(tr("%1 (set by IT)").arg(label->text()));
    else if (auto *box = qobject_cast<QCheckBox *>(field))
        box->setText(tr("%1 (set by IT)").arg(box->text()));
}

void SettingsDialog::chooseStore()
{
    const QString start = m_store->text().isEmpty() ? m_settings.storePath() : m_store->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Store file"), start,
                                                      tr("PAsS Desktop stores (*.db *.sqlite);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_store->setText(QDir::toNativeSeparators(path));
}

bool SettingsDialog::save(QString *error)
{
    const QString portal = m_portal->text().trimmed();
    if (m_portal->isEnabled() && !portal.isEmpty()) {
        const QUrl url(portal, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http")) {
            *error = tr("The portal address \"%1\" is not a web address: it starts with https:// "
                        "(for example https://portale.passlombardia.it).").arg(portal);
            return false;
        }
    }
    const QString store = QDir::fromNativeSeparators(m_store->text().trimmed());
    if (m_portal->isEnabled())
        m_settings.setValue(SystemPresets::PortalUrlKey, portal);
    if (m_interval->isEnabled())
        m_settings.setValue(SystemPresets::SyncIntervalKey, m_interval->value());
    if (m_updates->isEnabled())
        m_settings.setValue(SystemPresets::UpdateCheckDisabledKey, !m_updates->isChecked());
    m_settings.setValue(AppSettings::LanguageKey, m_language->currentData().toString());
    // The default store is kept as "no choice", so it follows the platform's default location.
    m_settings.setValue(AppSettings::StorePathKey, store == Database::defaultPath() ? QString() : store);
    return true;
}

void SettingsDialog::accept()
{
    QString error;
    if (!save(&error)) {
        QMessageBox::warning(this, windowTitle(), error);
        m_portal->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pass
