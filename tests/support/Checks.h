#pragma once

#include "core/common/Error.h"

#include <QTest>

// Assertions for core's Result values that show the error message (or the
// error code by name) when they fail. Usable in void test functions only,
// like QVERIFY.
#define PL_VERIFY_OK(expression)                                                                   \
    do {                                                                                           \
        const auto& plResult_ = (expression);                                                      \
        QVERIFY2(plResult_.ok(), plResult_.ok() ? "" : qPrintable(plResult_.error().message()));   \
    } while (false)

#define PL_VERIFY_ERROR(expression, expectedCode)                                                  \
    do {                                                                                           \
        const auto& plResult_ = (expression);                                                      \
        QVERIFY2(!plResult_.ok(), "succeeded, but an error was expected");                         \
        QCOMPARE(plResult_.error().code(), expectedCode);                                          \
    } while (false)

namespace pl::core {
// Found by argument-dependent lookup, so QCOMPARE prints error codes by name.
char* toString(ErrorCode code);
} // namespace pl::core
