// pass-desktop's start from no store to the window, as app/main.cpp runs it (StartupFlow), with
// the real first-run screen, a real store file and the real main window offscreen. The user's
// settings and data and the machine's presets live in temporary XDG folders set before the
// application starts, exactly where Qt reads them on an installed Linux system.
#include "core/store/database.h"
#include "core/workspace/appsettings.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefiletablemodel.h"
#include "ui/common/language.h"
#include "ui/settings/firstrundialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/startupflow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using pass::FirstRunDialog;
using pass::StartupFlow;

namespace {

// Made before QApplication, so that Qt reads its folders from the start.
QTemporaryDir *xdg = nullptr;

QString presetsFile()
{
    return xdg->filePath(u"system/PAsS/PAsS Desktop.conf"_s);
}

} // namespace

class TestStartupFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(xdg && xdg->isValid());
        QVERIFY(pass::installTranslations(qApp, u"it"_s));
    }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
        QFile::remove(presetsFile());
        QFile::remove(pass::Database::defaultPath());
    }

    // No store yet: the first-run screen, with the portal IT preset for the machine; "continue
    // offline with the demo data" opens a store full of it in the main window; the next start
    // goes straight to the window, on the same store.
    void firstStartWithTheDemoThenStraightToTheWindow()
    {
        QVERIFY(QDir().mkpath(QFileInfo(presetsFile()).absolutePath()));
        QFile presets(presetsFile());
        QVERIFY(presets.open(QIODevice::WriteOnly));
        presets.write("[Portal]\nUrl=https://portale.passlombardia.it\n");
        presets.close();
        const QString store = pass::Database::defaultPath();
        QVERIFY(store.startsWith(xdg->path()));
        QVERIFY(!QFile::exists(store));

        int asked = 0;
        const StartupFlow::FirstRunScreen screen = [&](FirstRunDialog &dialog) {
            ++asked;
            dialog.show();
            if (!QTest::qWaitForWindowExposed(&dialog))
                return int(QDialog::Rejected);
            // The machine's preset, shown locked, so the sign-in can start at once.
            [&] {
                QCOMPARE(dialog.portalEdit()->text(), u"https://portale.passlombardia.it"_s);
                QVERIFY(!dialog.portalEdit()->isEnabled());
                QVERIFY(dialog.presetNote()->isVisible());
                QVERIFY(dialog.signInButton()->isEnabled());
                QVERIFY(dialog.demoButton()->isEnabled());
            }();
            QTest::mouseClick(dialog.demoButton(), Qt::LeftButton);
            return dialog.result();
        };
        StartupFlow first({}, screen);
        QVERIFY(first.needsFirstRun());
        QString error;
        std::unique_ptr<pass::Workspace> workspace = first.openWorkspace(&error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(asked, 1);
        QCOMPARE(first.firstRunChoice(), FirstRunDialog::Choice::Demo);
        QCOMPARE(workspace->storePath(), store);
        const qint64 cases = workspace->caseFileCount();
        QVERIFY(cases > 0);
        {
            pass::MainWindow window;
            first.showIn(window, std::move(workspace));
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.isVisible());
            QCOMPARE(window.workspace()->storePath(), store);
            window.showView(u"casefiles"_s);
            QVERIFY(window.caseFilePanel()->tableView()->model()->rowCount() > 0);
        }
        QVERIFY(QFile::exists(store));

        // The second start: no question, the same store, the demo still there.
        StartupFlow second({}, screen);
        QVERIFY(!second.needsFirstRun());
        workspace = second.openWorkspace(&error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(asked, 1);
        QCOMPARE(second.firstRunChoice(), FirstRunDialog::Choice::None);
        QCOMPARE(workspace->storePath(), store);
        QCOMPARE(workspace->caseFileCount(), cases);
        pass::MainWindow window;
        second.showIn(window, std::move(workspace));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.currentViewKey() != u"sync"_s);
    }

    // A store chosen elsewhere on the first run is the one the next start opens.
    void theChosenStoreIsRemembered()
    {
        const QString chosen = xdg->filePath(u"elsewhere/mine.db"_s);
        QVERIFY(QDir().mkpath(QFileInfo(chosen).absolutePath()));
        {
            QString error;
            QVERIFY2(pass::Workspace::open(chosen, &error), qPrintable(error)); // a store that exists
        }
        StartupFlow first({}, [&](FirstRunDialog &dialog) {
            dialog.show();
            dialog.choose(FirstRunDialog::Choice::OpenExisting, chosen);
            return dialog.result();
        });
        QVERIFY(first.needsFirstRun());
        QString error;
        QVERIFY2(first.openWorkspace(&error), qPrintable(error));
        QCOMPARE(first.storePath(), chosen);
        QCOMPARE(pass::AppSettings().storePath(), chosen);

        StartupFlow second({}, [](FirstRunDialog &) { return int(QDialog::Rejected); });
        QVERIFY(!second.needsFirstRun());
        std::unique_ptr<pass::Workspace> workspace = second.openWorkspace(&error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->storePath(), chosen);
        QVERIFY(!QFile::exists(pass::Database::defaultPath()));
    }

    // Closing the first-run screen starts nothing and leaves no store behind: the next start asks again.
    void closingTheFirstRunScreenQuits()
    {
        StartupFlow flow({}, [](FirstRunDialog &dialog) {
            dialog.show();
            dialog.reject();
            return dialog.result();
        });
        QString error;
        QVERIFY(!flow.openWorkspace(&error));
        QCOMPARE(error, QString());
        QVERIFY(!QFile::exists(pass::Database::defaultPath()));
        QVERIFY(StartupFlow({}).needsFirstRun());
    }

    // A scripted start (--db, a benchmark, a self-check) never asks.
    void scriptedStartsNeverAsk()
    {
        StartupFlow::Options options;
        options.storePath = xdg->filePath(u"scripted.db"_s);
        options.scripted = true;
        StartupFlow flow(options, [](FirstRunDialog &) {
            qFatal("the first-run screen was shown to a scripted start");
            return int(QDialog::Rejected);
        });
        QVERIFY(!flow.needsFirstRun());
        QString error;
        std::unique_ptr<pass::Workspace> workspace = flow.openWorkspace(&error);
        QVERIFY2(workspace, qPrintable(error));
        QCOMPARE(workspace->caseFileCount(), 0);
    }
};

int main(int argc, char *argv[])
{
    QTemporaryDir dir;
    xdg = &dir;
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(dir.filePath(u"system"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(u"data"_s)));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PAsS"_s);
    QCoreApplication::setOrganizationDomain(u"passlombardia.it"_s);
    QCoreApplication::setApplicationName(u"PAsS Desktop"_s);
    TestStartupFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startupflow.moc"
