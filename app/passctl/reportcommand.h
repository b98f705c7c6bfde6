#pragma once

struct CommandContext;

// passctl report: the DFP semester table (CSV, XLSX) or the monitoring report (PDF) of one
// authority, of a whole scope, or of every authority in a scope into a folder (--all).
int runReportCommand(CommandContext &ctx);
