#pragma once

#include "commandsupport.h"

// The store's own commands: each returns the process exit code.
int runInitCommand(CommandContext &ctx);
int runDemoCommand(CommandContext &ctx);
int runExportCommand(CommandContext &ctx);
int runIndicatorsCommand(CommandContext &ctx);
int runReindexCommand(CommandContext &ctx);
int runTargetsCommand(CommandContext &ctx);
int runBackupCommand(CommandContext &ctx);
int runRestoreCommand(CommandContext &ctx);
