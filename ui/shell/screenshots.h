#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace pass {

class MainWindow;

// The documentation's pictures (scripts/screenshots.sh runs `pass-desktop --screenshots DIR`):
// every view of ViewRegistry in turn — so a view added there gets its picture with no change
// here — as <key>.png, then the settings dialog, the about box and the first-run screen.
// Each picture is taken once the view's background work has finished.
class Screenshots
{
    Q_DECLARE_TR_FUNCTIONS(Screenshots)
public:
    static constexpr QSize WindowSize{1440, 900};

    // The file names saveAll() writes, in order.
    static QStringList fileNames(const MainWindow *window);
    // Saves the pictures into `folder` (created if needed); false with `error` on the first
    // one that cannot be written.
    static bool saveAll(MainWindow *window, const QString &folder, QString *error);
    // Lets the event loop run until no background read is left and its results are shown.
    static void settle();
};

} // namespace pass
