// pass-desktop: the composition root. Parses the command line, opens the store and shows the
// main window; everything else lives in pass_core and pass_ui.
#include "windowcheck.h"
#include "core/workspace/appsettings.h"
#include "core/workspace/workspace.h"
#include "ui/common/language.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/screenshots.h"
#include "ui/shell/startupflow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
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

    // The first start on this computer asks how to begin (unless scripted); then the store opens
    // with the same policy as File → Open and passctl: migrations, then repairs.
    pass::StartupFlow::Options options;
    options.storePath = parser.value(dbOption);
    options.scripted = parser.isSet(dbOption) || parser.isSet(selfCheckOption) || parser.isSet(quitOption)
        || parser.isSet(screenshotsOption);
    options.demo = parser.isSet(demoOption);
    pass::StartupFlow flow(options);
    QString error;
    std::unique_ptr<pass::Workspace> workspace = flow.openWorkspace(&error);
    if (!workspace) {
        if (error.isEmpty())
            return 0; // the first-run screen was closed
        fail(error);
        return 1;
    }

    pass::MainWindow window;
    if (parser.isSet(screenshotsOption))
        window.resize(pass::Screenshots::WindowSize); // the documentation's 1440x900 screen
    flow.showIn(window, std::move(workspace));
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
