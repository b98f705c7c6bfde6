// System-wide presets on Linux: QSettings' system scope, here pointed at a temporary folder as
// /etc/xdg would be, with the organisation and application names of the application.
#include "core/util/systempresets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pass::SystemPresets;

class TestSystemPresets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_etc;

    QString presetsFile() const { return m_etc.filePath(u"PAsS/PAsS Desktop.conf"_s); }

    void writePresets(const QByteArray &text)
    {
        QDir().mkpath(m_etc.filePath(u"PAsS"_s));
        QFile file(presetsFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_etc.isValid());
        QCoreApplication::setOrganizationName(u"PAsS"_s);
        QCoreApplication::setApplicationName(u"PAsS Desktop"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_etc.path());
    }

    void cleanup() { QFile::remove(presetsFile()); }

    void noFileLocksNothing()
    {
        const SystemPresets presets = SystemPresets::load();
        QVERIFY(!presets.portalUrl());
        QVERIFY(!presets.syncIntervalMinutes());
        QVERIFY(!presets.updateCheckDisabled());
        QVERIFY(!presets.isLocked(SystemPresets::PortalUrlKey));
        QVERIFY(presets.problems().isEmpty());
    }

    // The example the .deb ships and docs/deploy.md shows is read as documented.
    void shippedExampleIsReadAndLocked()
    {
        QFile example(QStringLiteral(PASS_SOURCE_DIR "/packaging/linux/PAsS-Desktop.conf.example"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        writePresets(example.readAll());
        const SystemPresets presets = SystemPresets::load();
        QCOMPARE(presets.source(), presetsFile());
        QCOMPARE(presets.portalUrl(), QUrl(u"https://portale.passlombardia.it"_s));
        QCOMPARE(presets.syncIntervalMinutes(), 30);
        QCOMPARE(presets.updateCheckDisabled(), true);
        QVERIFY(presets.isLocked(SystemPresets::PortalUrlKey));
        QVERIFY(presets.isLocked(SystemPresets::SyncIntervalKey));
        QVERIFY(presets.isLocked(SystemPresets::UpdateCheckDisabledKey));
        QVERIFY(!presets.isLocked(u"Ui/Language"_s));
        QVERIFY2(presets.problems().isEmpty(), qPrintable(presets.problems().join(u'\n')));
    }

    // The values the Windows installer writes are text: "30", "1".
    void onePresetLocksOnlyItself()
    {
        writePresets("[Sync]\nIntervalMinutes=\"15\"\n");
        const SystemPresets presets = SystemPresets::load();
        QCOMPARE(presets.syncIntervalMinutes(), 15);
        QVERIFY(presets.isLocked(SystemPresets::SyncIntervalKey));
        QVERIFY(!presets.isLocked(SystemPresets::PortalUrlKey));
        QVERIFY(!presets.isLocked(SystemPresets::UpdateCheckDisabledKey));
    }

    void invalidValuesAreIgnoredAndNamed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("url without scheme") << QByteArray("[Portal]\nUrl=portale.example\n")
                                            << SystemPresets::PortalUrlKey << u"portale.example"_s;
        QTest::newRow("ftp url") << QByteArray("[Portal]\nUrl=ftp://portale.example\n")
                                 << SystemPresets::PortalUrlKey << u"ftp://portale.example"_s;
        QTest::newRow("interval zero") << QByteArray("[Sync]\nIntervalMinutes=0\n")
                                       << SystemPresets::SyncIntervalKey << u"0"_s;
        QTest::newRow("interval words") << QByteArray("[Sync]\nIntervalMinutes=mezz'ora\n")
                                        << SystemPresets::SyncIntervalKey << u"mezz'ora"_s;
        QTest::newRow("interval over a day") << QByteArray("[Sync]\nIntervalMinutes=1441\n")
                                             << SystemPresets::SyncIntervalKey << u"1441"_s;
        QTest::newRow("update check maybe") << QByteArray("[Updates]\nCheckDisabled=forse\n")
                                            << SystemPresets::UpdateCheckDisabledKey << u"forse"_s;
    }

    void invalidValuesAreIgnoredAndNamed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(QString, value);
        writePresets(text);
        const SystemPresets presets = SystemPresets::load();
        QVERIFY(!presets.isLocked(key));
        QCOMPARE(presets.problems().size(), 1);
        const QString message = presets.problems().first();
        QVERIFY2(message.contains(key) && message.contains(value) && message.contains(presetsFile()),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSystemPresets)
#include "tst_systempresets.moc"
