#pragma once

#include "core/workspace/appsettings.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pass {

// The first start on a computer (no store yet): one screen with the portal address (IT's preset
// shown locked), where the store will be, and three ways on — sign in to the portal, continue
// offline with the demo data, or open a store file that already exists. Nothing chosen here is
// final: the settings, the Sync view and File → Open change it later. The caller does what was
// chosen (main.cpp: creates the store, fills the demo, starts the sign-in).
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, SignIn, Demo, OpenExisting };

    explicit FirstRunDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The portal to sign in to (SignIn).
    QUrl portalUrl() const;
    // The store to create (SignIn, Demo) or open (OpenExisting).
    QString storePath() const { return m_storePath; }

    QLineEdit *portalEdit() const { return m_portal; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *openButton() const { return m_open; }
    QLabel *presetNote() const { return m_presetNote; }

    // Takes a choice as its button does (OpenExisting: the file at `path`, without asking).
    void choose(Choice choice, const QString &path = {});

private:
    void updateButtons();
    void chooseStoreLocation();

    AppSettings m_settings;
    Choice m_choice = Choice::None;
    QString m_storePath;
    QLineEdit *m_portal;
    QLabel *m_presetNote;
    QLabel *m_store;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    QPushButton *m_open;
};

} // namespace pass
