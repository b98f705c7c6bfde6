#pragma once

#include <QStringList>

class QCoreApplication;

namespace pass::portal {

// The command line of pass-portal:
//   pass-portal --db FILE serve [--host ADDR] [--port N] [--public-url URL] [--test-mode]
//                               [--fail-rate P] [--access-token-ttl S]
//   pass-portal --db FILE user add NAME --role authority|expert|coordinator [--authority ISTAT]…
//   pass-portal --db FILE assign EXPERT ISTAT…
//   pass-portal --db FILE seed --records N [--seed S]
//   pass-portal --db FILE token NAME [--ttl S]
//   pass-portal --db FILE expire-cursors
class PortalCli
{
public:
    // Runs the command in arguments (without the program name); returns the exit code.
    static int run(QCoreApplication &app, const QStringList &arguments);
    static QString usage();
};

} // namespace pass::portal
