#pragma once

#include "commandsupport.h"

// passctl's sync commands. For automation an access token may come from the environment
// variable PASS_ACCESS_TOKEN (never from the command line, which other users can read).
int runLoginCommand(CommandContext &ctx);     // login [--server URL] [--no-browser]
int runLogoutCommand(CommandContext &ctx);    // logout
int runSyncCommand(CommandContext &ctx);      // sync [--server URL] [--progress]
int runStatusCommand(CommandContext &ctx);    // status [--format text|json]
int runConflictsCommand(CommandContext &ctx); // conflicts list [--format text|json] | resolve ID mine|theirs
int runRejectionsCommand(CommandContext &ctx); // rejections list [--format text|json] | clear
int runCaseCommand(CommandContext &ctx);      // case add field=value… | case update ID field=value…
