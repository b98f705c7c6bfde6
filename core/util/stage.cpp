#include "stage.h"

#include <QByteArray>
#include <QMutex>
#include <QMutexLocker>

#include <cstdio>

namespace pass {
namespace {

QMutex g_hookMutex;
StageHook g_hook; // guarded by g_hookMutex

} // namespace

void reachStage(const char *stage)
{
    StageHook hook;
    {
        const QMutexLocker lock(&g_hookMutex);
        hook = g_hook; // called outside the lock: a hook may wait for the test
    }
    if (hook)
        hook(stage);
    static const QByteArray pauseAt = qgetenv("PASS_PAUSE_AT"); // read once; thread-safe initialisation
    if (pauseAt.isEmpty() || pauseAt != stage)
        return;
    std::fprintf(stderr, "paused at %s\n", stage);
    std::fflush(stderr);
    std::fgetc(stdin); // a test kills the process here; a byte or the end of input resumes it
}

void setStageHook(StageHook hook)
{
    const QMutexLocker lock(&g_hookMutex);
    g_hook = std::move(hook);
}

} // namespace pass
