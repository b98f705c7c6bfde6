#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace pass {
class Database;
}

// What every passctl command receives: the open store, its own arguments (after the command
// name) and the two output streams.
struct CommandContext
{
    pass::Database &db;
    QStringList args;
    QTextStream &out;
    QTextStream &err;
    // True when no store existed at the path and the command declared it can build one itself
    // (see FreshStoreBuild): db is then not opened.
    bool storeIsNew = false;
};

// Parses a command's arguments; prints help and returns false (with *exitCode set) when the
// command should stop: --help (exit 0) or a usage error (exit 2).
bool parseCommand(QCommandLineParser &parser, const QString &command, const QString &description,
                  CommandContext &ctx, int *exitCode);

// Opens --out FILE (or stdout when empty) for writing; false with a message on failure.
class QFile;
bool openOutput(QFile &file, const QString &path, QTextStream &err);
