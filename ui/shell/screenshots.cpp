#include "screenshots.h"

#include "ui/settings/aboutbox.h"
#include "ui/settings/firstrundialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

bool save(QWidget *widget, const QString &file, QString *error)
{
    Screenshots::settle();
    if (widget->grab().save(file))
        return true;
    *error = Screenshots::tr("Cannot write %1").arg(QDir::toNativeSeparators(file));
    return false;
}

} // namespace

void Screenshots::settle()
{
    // A view's background work (QtConcurrent, the global pool) may start more once its result
    // is shown: a few rounds until the pool stays idle after the events are processed.
    for (int round = 0; round < 8; ++round) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (QThreadPool::globalInstance()->activeThreadCount() == 0)
            break;
    }
}

QStringList Screenshots::fileNames(const MainWindow *window)
{
    QStringList names;
    for (const QString &key : window->viewKeys())
        names << key + u".png"_s;
    names << u"settings.png"_s << u"about.png"_s << u"firstrun.png"_s;
    return names;
}

bool Screenshots::saveAll(MainWindow *window, const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QDir out(folder);
    for (const QString &key : window->viewKeys()) {
        window->showView(key);
        if (!save(window, out.filePath(key + u".png"_s), error))
            return false;
    }
    window->showView(u"casefiles"_s);
    SettingsDialog settings(window);
    settings.show();
    if (!save(&settings, out.filePath(u"settings.png"_s), error))
        return false;
    settings.close();
    AboutBox about(window);
    about.show();
    if (!save(&about, out.filePath(u"about.png"_s), error))
        return false;
    about.close();
    FirstRunDialog firstRun(window);
    firstRun.show();
    return save(&firstRun, out.filePath(u"firstrun.png"_s), error);
}

} // namespace pass
