// pass-portal: the reference PAsS portal server. See docs/api/README.md.
#include "server/portalcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pass-portal"));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return pass::portal::PortalCli::run(app, arguments);
}
