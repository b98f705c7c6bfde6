#pragma once

#include "commandsupport.h"

#include <QJsonArray>
#include <QSqlDatabase>

namespace pass {
class RequestService;
}

// Support requests, visits and the experts' timesheet, through the workflow's rule table: each
// returns the process exit code (3: the workflow refused the move and named its rule).
int runRequestCommand(CommandContext &ctx);
int runVisitCommand(CommandContext &ctx);
int runTimesheetCommand(CommandContext &ctx);
int runWhoamiCommand(CommandContext &ctx);

// The document actions of `passctl request` (attach ID FILE, documents ID, fetch-document ID
// SHA256 --out FILE), in documentcommands.cpp.
bool isDocumentAction(const QString &action);
// The request's documents as `request show --format json` lists them.
// False with *error when the store cannot be read.
bool documentsJson(QSqlDatabase db, const QString &requestId, QJsonArray *array, QString *error);
int runDocumentAction(CommandContext &ctx, const QStringList &args, const QCommandLineParser &parser);

// Prints a refused or failed command ("passctl request accept: … [accept.who]"); returns 3 when
// the workflow refused (a rule is named), else 1.
int reportRefusal(CommandContext &ctx, const QString &command, const pass::RequestService &service);
