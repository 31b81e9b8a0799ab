#include "core/recognition/OcrThreads.h"

#include <unistd.h>

#include <cstdlib>

namespace pl::core {

void restartWithOneOcrThread(char* argv[]) {
    if (std::getenv("OMP_THREAD_LIMIT") != nullptr)
        return;
    if (setenv("OMP_THREAD_LIMIT", "1", 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Still here: the program runs on with OpenMP's defaults.
}

} // namespace pl::core
