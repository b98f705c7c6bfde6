// Settings, about box and first-run screen. The presets IT writes for the machine are read from
// QSettings' system scope exactly as on an installed Linux system: the test points
// XDG_CONFIG_DIRS (where Qt looks instead of /etc/xdg) at a temporary folder before the
// application starts and writes PAsS/PAsS Desktop.conf there.
#include "core/workspace/appsettings.h"
#include "core/workspace/workspace.h"
#include "ui/common/language.h"
#include "ui/settings/aboutbox.h"
#include "ui/settings/firstrundialog.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using pass::AppSettings;
using pass::FirstRunDialog;
using pass::SettingsDialog;
using pass::SystemPresets;

namespace {

// Made before QApplication (and so before Qt reads the system settings paths).
QTemporaryDir *systemConfig = nullptr;

QString presetsFile()
{
    return systemConfig->filePath(u"PAsS/PAsS Desktop.conf"_s);
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private:
    static bool writePresets(const QByteArray &ini)
    {
        QDir().mkpath(systemConfig->filePath(u"PAsS"_s));
        QFile file(presetsFile());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        return file.write(ini) == ini.size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(systemConfig && systemConfig->isValid());
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(pass::installTranslations(qApp, u"it"_s));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(presetsFile());
    }

    // Where the machine's file is: the folder XDG_CONFIG_DIRS names, as /etc/xdg otherwise.
    void systemScopeIsTheXdgFolder()
    {
        const QSettings system(QSettings::NativeFormat, QSettings::SystemScope, u"PAsS"_s, u"PAsS Desktop"_s);
        QCOMPARE(system.fileName(), presetsFile());
        QCOMPARE(AppSettings().presets().source(), presetsFile());
    }

    void userValuesWithoutPresets()
    {
        const AppSettings settings;
        QVERIFY(!settings.isLocked(SystemPresets::PortalUrlKey));
        QCOMPARE(settings.syncIntervalMinutes(), AppSettings::DefaultSyncIntervalMinutes);
        QCOMPARE(settings.language(), u"it"_s);

        SettingsDialog dialog;
        QVERIFY(dialog.portalEdit()->isEnabled());
        QVERIFY(dialog.intervalBox()->isEnabled());
        QVERIFY(dialog.presetNote()->isHidden());
        QCOMPARE(dialog.languageBox()->currentText(), u"Italiano"_s);
        dialog.portalEdit()->setText(u"https://pass.example.it"_s);
        dialog.intervalBox()->setValue(30);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"en"_s));
        QString error;
        QVERIFY2(dialog.save(&error), qPrintable(error));
        QCOMPARE(AppSettings().portalUrl(), QUrl(u"https://pass.example.it"_s));
        QCOMPARE(AppSettings().syncIntervalMinutes(), 30);
        QCOMPARE(AppSettings().language(), u"en"_s);

        // A bad address is refused with a reason naming it, and nothing is saved.
        dialog.portalEdit()->setText(u"pass example"_s);
        dialog.intervalBox()->setValue(45);
        QVERIFY(!dialog.save(&error));
        QVERIFY2(error.contains(u"\"pass example\""_s) && error.contains(u"https://"_s), qPrintable(error));
        QCOMPARE(AppSettings().portalUrl(), QUrl(u"https://pass.example.it"_s));
        QCOMPARE(AppSettings().syncIntervalMinutes(), 30);
    }

    // Issue 15: the presets IT wrote for the machine are read and shown locked with their value.
    void presetsWinAndAreShownLocked()
    {
        QVERIFY(writePresets("[Portal]\nUrl=https://portale.passlombardia.it\n"
                             "[Sync]\nIntervalMinutes=60\n"
                             "[Updates]\nCheckDisabled=true\n"));
        {
            // What the user had chosen before IT set the presets.
            QSettings user;
            user.setValue(SystemPresets::PortalUrlKey, u"https://other.example"_s);
            user.setValue(SystemPresets::SyncIntervalKey, 5);
        }
        AppSettings settings;
        QVERIFY(settings.isLocked(SystemPresets::PortalUrlKey));
        QVERIFY(settings.isLocked(SystemPresets::SyncIntervalKey));
        QVERIFY(settings.isLocked(SystemPresets::UpdateCheckDisabledKey));
        QCOMPARE(settings.portalUrl(), QUrl(u"https://portale.passlombardia.it"_s));
        QCOMPARE(settings.syncIntervalMinutes(), 60);
        QVERIFY(settings.updateCheckDisabled());
        QVERIFY(!settings.setValue(SystemPresets::PortalUrlKey, u"https://mine.example"_s));

        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.portalEdit()->text(), u"https://portale.passlombardia.it"_s);
        QCOMPARE(dialog.intervalBox()->value(), 60);
        QVERIFY(!dialog.updateCheckBox()->isChecked());
        const QList<QWidget *> locked{dialog.portalEdit(), dialog.intervalBox(), dialog.updateCheckBox()};
        for (QWidget *field : locked) {
            QVERIFY(!field->isEnabled());
            QCOMPARE(field->accessibleDescription(), u"Impostato dal tuo reparto informatico"_s);
            QVERIFY2(field->toolTip().contains(u"reparto informatico"_s), qPrintable(field->toolTip()));
        }
        // The note on screen says who set them and where.
        QVERIFY(dialog.presetNote()->isVisible());
        QVERIFY2(dialog.presetNote()->text().contains(u"reparto informatico"_s), qPrintable(dialog.presetNote()->text()));
        QVERIFY(dialog.presetNote()->text().contains(QDir::toNativeSeparators(presetsFile())));
        // What IT did not preset stays the user's.
        QVERIFY(dialog.languageBox()->isEnabled());
        QVERIFY(dialog.storeEdit()->isEnabled());
        QString error;
        QVERIFY(dialog.save(&error));
        QCOMPARE(AppSettings().portalUrl(), QUrl(u"https://portale.passlombardia.it"_s));
        QCOMPARE(QSettings().value(SystemPresets::PortalUrlKey).toString(), u"https://other.example"_s);
    }

    // One preset locks only itself; an invalid one locks nothing.
    void onePresetLocksOnlyItself()
    {
        QVERIFY(writePresets("[Sync]\nIntervalMinutes=20\n[Portal]\nUrl=not an address\n"));
        SettingsDialog dialog;
        QVERIFY(!dialog.intervalBox()->isEnabled());
        QCOMPARE(dialog.intervalBox()->value(), 20);
        QVERIFY(dialog.portalEdit()->isEnabled());
        QVERIFY(dialog.updateCheckBox()->isEnabled());
        QCOMPARE(AppSettings().presets().problems().size(), 1);
    }

    void aboutNamesVersionsLicenceAndNotices()
    {
        pass::AboutBox box;
        const QString text = box.textLabel()->text();
        QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(u"SQLite "_s + pass::Workspace::sqliteVersion()), qPrintable(text));
        QVERIFY(pass::Workspace::sqliteVersion().startsWith(u"3."_s));
        QVERIFY2(text.contains(u"schema dell'archivio %1"_s.arg(pass::Workspace::schemaVersion())), qPrintable(text));
        QVERIFY(text.contains(u"EUPL-1.2"_s));
        QDialog *notices = box.openText(u"Avvisi"_s, u":/pass/legal/third-party-notices.txt"_s);
        auto *view = notices->findChild<QPlainTextEdit *>();
        QVERIFY(view);
        QVERIFY(view->toPlainText().contains(u"QtKeychain"_s));
        QVERIFY(box.noticesButton()->text().contains(u"terze parti"_s));
        box.licenceButton()->click();
        const QList<QPlainTextEdit *> texts = box.findChildren<QPlainTextEdit *>();
        QCOMPARE(texts.size(), 2);
        QVERIFY(texts.last()->toPlainText().contains(u"EUROPEAN UNION PUBLIC LICENCE v. 1.2"_s));
    }

    void firstRunOffersEveryWayOn()
    {
        FirstRunDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // No portal yet: sign-in waits for an address; the demo and an existing store do not.
        QVERIFY(dialog.portalEdit()->isEnabled());
        QVERIFY(!dialog.signInButton()->isEnabled());
        QVERIFY(dialog.demoButton()->isEnabled());
        QVERIFY(dialog.openButton()->isEnabled());
        QTest::keyClicks(dialog.portalEdit(), u"https://pass.example.it"_s);
        QVERIFY(dialog.signInButton()->isEnabled());
        dialog.signInButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.choice(), FirstRunDialog::Choice::SignIn);
        QCOMPARE(dialog.portalUrl(), QUrl(u"https://pass.example.it"_s));
        // The choice is a setting like any other: the settings dialog shows it, changeable.
        SettingsDialog settings;
        QCOMPARE(settings.portalEdit()->text(), u"https://pass.example.it"_s);
        QVERIFY(settings.portalEdit()->isEnabled());
    }

    void firstRunWithPresetPortal()
    {
        QVERIFY(writePresets("[Portal]\nUrl=https://portale.passlombardia.it\n"));
        FirstRunDialog dialog;
        QCOMPARE(dialog.portalEdit()->text(), u"https://portale.passlombardia.it"_s);
        QVERIFY(!dialog.portalEdit()->isEnabled());
        QVERIFY(dialog.presetNote()->text().contains(u"reparto informatico"_s));
        QVERIFY(dialog.signInButton()->isEnabled());
        dialog.demoButton()->click();
        QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Demo);
        QCOMPARE(dialog.storePath(), AppSettings().storePath());
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    systemConfig = &dir;
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(dir.path()));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PAsS"_s);
    QCoreApplication::setApplicationName(u"PAsS Desktop"_s);
    TestSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_settings.moc"
