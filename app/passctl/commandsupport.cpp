#include "commandsupport.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

bool parseCommand(QCommandLineParser &parser, const QString &command, const QString &description,
                  CommandContext &ctx, int *exitCode)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"passctl "_s + command} + ctx.args)) {
        ctx.err << "passctl " << command << ": " << parser.errorText() << "\n"
                << "Try 'passctl " << command << " --help'.\n";
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt names the binary by its full path; users type "passctl COMMAND".
        QString help = parser.helpText();
        help.replace(QCoreApplication::applicationFilePath(), u"passctl "_s + command);
        ctx.out << help;
        *exitCode = 0;
        return false;
    }
    return true;
}

bool openOutput(QFile &file, const QString &path, QTextStream &err)
{
    const bool ok = path.isEmpty() || path == u"-" ? file.open(stdout, QIODevice::WriteOnly)
                                                   : file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    if (!ok)
        err << "passctl: cannot write " << path << ": " << file.errorString() << "\n";
    return ok;
}
