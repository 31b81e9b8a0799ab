#pragma once

namespace pl::core {

// Tesseract runs parts of its LSTM on OpenMP threads. On a station that
// reads several cameras, and in benchmarks that measure one thread, those
// threads only compete (and spin while they wait): the OCR must use one.
// OpenMP reads its thread limit from the environment when the program is
// loaded, before main() runs, so the only reliable way is to set
// OMP_THREAD_LIMIT=1 and start the program again: call this first thing in
// main(). It returns (doing nothing) when the limit is already set, or when
// the program cannot be restarted.
void restartWithOneOcrThread(char* argv[]);

} // namespace pl::core
