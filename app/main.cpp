// pass-desktop: the composition root. Parses the command line, opens the store and shows the
// main window; everything else lives in pass_core and pass_ui.
#include "windowcheck.h"
#include "core/demo/demogenerator.h"
#include "core/store/casefilestore.h"
#include "core/store/database.h"
#include "core/workspace/appsettings.h"
#include "core/workspace/workspace.h"
#include "ui/common/language.h"
#include "ui/settings/firstrundialog.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/screenshots.h"
#include "ui/sync/syncpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The language must be known before the parser's help texts are translated, so it is read
// from the raw arguments first; without --lang, the one chosen in the settings (Italian unless
// English was chosen).
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(u"--lang="))
            return args.at(i).mid(7);
    }
    return pass::AppSettings().language();
}

void fail(const QString &message)
{
    std::fprintf(stderr, "pass-desktop: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "PAsS Desktop"), message);
}

// Fills an empty store with the demo story, with a progress dialog that can cancel it (the
// generator then leaves the store unchanged). Returns false only on a real error.
bool fillDemoIfEmpty(pass::Database &store, QString *error)
{
    qint64 cases = 0;
    if (!pass::CaseFileStore(store.connection()).count(&cases, error))
        return false;
    if (cases > 0)
        return true;
    QProgressDialog progress(QCoreApplication::translate("main", "Creating the demo data…"),
                             QCoreApplication::translate("main", "Cancel"), 0, 100);
    progress.setWindowTitle(QCoreApplication::translate("main", "PAsS Desktop"));
    progress.setMinimumDuration(300);
    pass::DemoGenerator generator(store.connection());
    const bool ok = generator.run({}, [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    }, error);
    return ok || progress.wasCanceled();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    // The same names as passctl: both must find the same default store.
    QApplication::setOrganizationName(u"PAsS"_s);
    QApplication::setOrganizationDomain(u"passlombardia.it"_s);
    QApplication::setApplicationName(u"PAsS Desktop"_s);
    QApplication::setApplicationVersion(QStringLiteral(PASS_VERSION));
    QApplication::setDesktopFileName(u"it.passlombardia.PassDesktop"_s);

    const QString language = requestedLanguage(QApplication::arguments());
    if (!pass::installTranslations(&app, language)) {
        std::fprintf(stderr, "pass-desktop: unknown language '%s' (use it or en)\n", qPrintable(language));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "PAsS Desktop: the monitored case files, the DFP indicators and the backlog "
                "chart of the PNRR \"1000 esperti\" programme, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
        QCoreApplication::translate("main", "Use the store at <path> instead of the default one."),
        QCoreApplication::translate("main", "path"));
    const QCommandLineOption demoOption(u"demo"_s,
        QCoreApplication::translate("main", "Fill the store with demo data if it has no case files."));
    const QCommandLineOption langOption(u"lang"_s,
        QCoreApplication::translate("main", "User interface language: it (default) or en."),
        QCoreApplication::translate("main", "language"), u"it"_s);
    const QCommandLineOption startupOption(u"print-startup-time"_s,
        QCoreApplication::translate("main", "Print the time from start to an interactive window (for benchmarks)."));
    const QCommandLineOption quitOption(u"quit-when-ready"_s,
        QCoreApplication::translate("main", "Quit as soon as the window is interactive (for benchmarks)."));
    const QCommandLineOption selfCheckOption(u"self-check"_s,
        QCoreApplication::translate("main", "Open the window, say whether it was shown, and quit (to check an installation)."));
    QCommandLineOption screenshotsOption(u"screenshots"_s,
        QCoreApplication::translate("main", "Save a picture of every view and dialog into <folder> and quit (for the documentation)."),
        QCoreApplication::translate("main", "folder"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dbOption, demoOption, langOption, startupOption, quitOption, selfCheckOption, screenshotsOption});
    parser.process(app);

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : pass::AppSettings().storePath();
    // The first start on this computer: no store yet, and nobody scripted this run.
    pass::FirstRunDialog::Choice firstRun = pass::FirstRunDialog::Choice::None;
    QUrl firstRunPortal;
    const bool scripted = parser.isSet(dbOption) || parser.isSet(selfCheckOption) || parser.isSet(quitOption)
        || parser.isSet(screenshotsOption);
    if (!scripted && !QFileInfo::exists(path)) {
        pass::FirstRunDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        firstRun = dialog.choice();
        firstRunPortal = dialog.portalUrl();
        path = dialog.storePath();
    }
    // The same open policy as File → Open and passctl: migrations, then repairs.
    QString error;
    std::unique_ptr<pass::Workspace> workspace = pass::Workspace::open(path, &error);
    if (!workspace) {
        fail(error);
        return 1;
    }

    const bool demo = parser.isSet(demoOption) || firstRun == pass::FirstRunDialog::Choice::Demo;
    if (demo && !fillDemoIfEmpty(workspace->store(), &error)) {
        fail(error);
        return 1;
    }

    pass::MainWindow window;
    if (parser.isSet(screenshotsOption))
        window.resize(pass::Screenshots::WindowSize); // the documentation's 1440x900 screen
    window.setWorkspace(std::move(workspace));
    window.show();
    if (firstRun == pass::FirstRunDialog::Choice::SignIn) {
        // The sign-in the first-run screen asked for, from the Sync view that follows it.
        window.showView(u"sync"_s);
        if (pass::SyncPanel *panel = window.syncPanel())
            QTimer::singleShot(0, panel, [panel, firstRunPortal] { panel->signIn(firstRunPortal); });
    }
    std::unique_ptr<pass::WindowCheck> selfCheck;
    if (parser.isSet(selfCheckOption))
        selfCheck = std::make_unique<pass::WindowCheck>(&window, 60'000);

    // The window is interactive once the event loop has processed the first show and paint.
    QTimer::singleShot(0, &window, [&] {
        if (parser.isSet(startupOption))
            std::printf("startup_ms=%lld\n", static_cast<long long>(startup.elapsed()));
        if (parser.isSet(quitOption))
            QCoreApplication::quit();
        if (parser.isSet(screenshotsOption)) {
            QString error;
            const bool saved = pass::Screenshots::saveAll(&window, parser.value(screenshotsOption), &error);
            if (!saved)
                std::fprintf(stderr, "pass-desktop: %s\n", qPrintable(error));
            QCoreApplication::exit(saved ? 0 : 1);
        }
    });
    return app.exec();
}
