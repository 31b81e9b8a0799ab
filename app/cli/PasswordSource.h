#pragma once

#include "core/common/Result.h"
#include "core/crypto/SecretBytes.h"

#include <QString>

namespace pl::app {

// Where the command line gets passwords: an environment variable for
// scripts, else the terminal with echo off. Never the command line itself.
class PasswordSource {
public:
    static QString passwordVariable() { return QStringLiteral("PLATELEDGER_PASSWORD"); }
    static QString newPasswordVariable() { return QStringLiteral("PLATELEDGER_NEW_PASSWORD"); }

    // Takes the variable's value and wipes it from the environment, or asks.
    static core::Result<core::SecretBytes> obtain(const QString& variable, const QString& prompt);
    // For new passwords: asks twice on a terminal.
    static core::Result<core::SecretBytes> obtainNew(const QString& variable, const QString& prompt,
                                                     const QString& confirmPrompt);

private:
    static core::Result<core::SecretBytes> fromEnvironment(const QString& variable);
    static core::Result<core::SecretBytes> fromTerminal(const QString& prompt);
};

} // namespace pl::app
