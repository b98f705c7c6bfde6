#pragma once

#include <functional>

namespace pass {

// Named points of long operations (a fresh store's build, an import), where crash and cancel
// tests stop the work at a known stage instead of after a guessed delay: the stage reached is
// then known on a fast machine and a slow one alike.
//
// Out of process: when the environment variable PASS_PAUSE_AT names the stage, the process
// prints "paused at STAGE" to standard error and waits for a byte (or the end) on standard
// input; the test kills it there, or signals it and then lets it go on.
// In process: a hook set by the test is called at every stage, on the thread that reaches it.
void reachStage(const char *stage);

using StageHook = std::function<void(const char *stage)>;
// Replaces the in-process hook (an empty one removes it). A call already under way keeps the
// hook it started with: what the hook captures must outlive it (share it, do not borrow it).
void setStageHook(StageHook hook);

} // namespace pass
