#include "firstrundialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QPushButton *choiceButton(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
    return button;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent),
      m_storePath(m_settings.storePath()),
      m_portal(new QLineEdit(this)),
      m_presetNote(new QLabel(this)),
      m_store(new QLabel(this)),
      m_signIn(choiceButton(tr("&Sign in to the portal"),
                            tr("Opens the portal's sign-in page in your browser; your case files arrive with the first sync."),
                            this)),
      m_demo(choiceButton(tr("Continue &offline with the demo data"),
                          tr("Works on this computer only, with the demo case files of the Cremasco comuni; "
                             "you can sign in later."),
                          this)),
      m_open(choiceButton(tr("Open an &existing store…"),
                          tr("A store file copied from another computer or a backup."), this))
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Welcome to PAsS Desktop"));
    auto *title = new QLabel(tr("<h2>Welcome to PAsS Desktop</h2>"), this);
    title->setTextFormat(Qt::RichText);

    m_portal->setAccessibleName(tr("Portal address"));
    m_portal->setPlaceholderText(u"https://portale.passlombardia.it"_s);
    m_portal->setText(m_settings.portalUrl().toString());
    m_presetNote->setWordWrap(true);
    if (m_settings.isLocked(SystemPresets::PortalUrlKey)) {
        m_portal->setEnabled(false);
        m_portal->setAccessibleDescription(tr("Set by your IT department"));
        m_presetNote->setText(tr("Set by your IT department for every user of this computer."));
    } else {
        m_presetNote->setText(tr("Ask your office or the task force for the address if you do not know it."));
    }
    m_store->setWordWrap(true);
    m_store->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_store->setAccessibleName(tr("Store file"));
    m_store->setText(QDir::toNativeSeparators(m_storePath));
    auto *changeStore = new QPushButton(tr("&Change…"), this);
    changeStore->setAccessibleName(tr("Change where the store is kept"));
    connect(changeStore, &QPushButton::clicked, this, &FirstRunDialog::chooseStoreLocation);
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(changeStore);

    auto *portalLabel = new QLabel(tr("&Portal address:"), this);
    portalLabel->setBuddy(m_portal);
    auto *form = new QFormLayout;
    form->addRow(portalLabel, m_portal);
    form->addRow(QString(), m_presetNote);
    form->addRow(tr("Store file:"), storeRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation(tr("PAsS Desktop keeps the monitored case files of your authority on this "
                                     "computer, works without a network, and syncs with the regional portal "
                                     "when you are signed in. How do you want to start?"), this));
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_signIn);
    layout->addWidget(m_demo);
    layout->addWidget(m_open);
    layout->addSpacing(8);
    layout->addWidget(explanation(tr("Every choice can be changed later: File → Settings for the portal and the "
                                     "store, the Sync view to sign in or out, File → Open store for another store."),
                                  this));
    layout->addStretch(1);

    connect(m_portal, &QLineEdit::textChanged, this, &FirstRunDialog::updateButtons);
    connect(m_signIn, &QPushButton::clicked, this, [this] { choose(Choice::SignIn); });
    connect(m_demo, &QPushButton::clicked, this, [this] { choose(Choice::Demo); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), QFileInfo(m_storePath).absolutePath(),
                                                          tr("PAsS Desktop stores (*.db *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            choose(Choice::OpenExisting, path);
    });
    setMinimumWidth(620);
    updateButtons();
    (m_portal->isEnabled() && m_portal->text().isEmpty() ? static_cast<QWidget *>(m_portal) : m_signIn)->setFocus();
}

QUrl FirstRunDialog::portalUrl() const
{
    return QUrl(m_portal->text().trimmed(), QUrl::StrictMode);
}

void FirstRunDialog::updateButtons()
{
    const QUrl url = portalUrl();
    const bool usable = url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
    m_signIn->setEnabled(usable);
    m_signIn->setToolTip(usable ? m_signIn->accessibleDescription()
                                : tr("Write the portal's address first (it starts with https://)."));
}

void FirstRunDialog::chooseStoreLocation()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Store file"), m_storePath,
                                                      tr("PAsS Desktop stores (*.db *.sqlite);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_storePath = path;
    m_store->setText(QDir::toNativeSeparators(path));
}

void FirstRunDialog::choose(Choice choice, const QString &path)
{
    if (choice == Choice::SignIn && !m_signIn->isEnabled())
        return;
    m_choice = choice;
    if (choice == Choice::OpenExisting)
        m_storePath = path;
    // What was chosen is what the next start uses; the settings change it later.
    if (choice == Choice::SignIn)
        m_settings.setValue(SystemPresets::PortalUrlKey, portalUrl().toString());
    m_settings.setValue(AppSettings::StorePathKey, m_storePath == m_settings.storePath() && !m_settings.hasChosenStore()
                                                       ? QString()
                                                       : m_storePath);
    accept();
}

} // namespace pass
