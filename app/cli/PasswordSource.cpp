#include "app/cli/PasswordSource.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace pl::app {

namespace {
class PasswordText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::PasswordSource)
public:
    static QString noTerminal(const QString& variable) {
        return tr("No password given: run on a terminal to be asked, or set %1.").arg(variable);
    }
    static QString empty() { return tr("The password is empty."); }
    static QString mismatch() { return tr("The two passwords differ."); }
};
} // namespace

core::Result<core::SecretBytes> PasswordSource::fromEnvironment(const QString& variable) {
    const QByteArray name = variable.toLatin1();
    char* value = std::getenv(name.constData());
    if (!value)
        return core::Error(core::ErrorCode::NotFound, QString());
    core::SecretBytes secret(value, std::strlen(value));
    // Wipe the copy in our environment block, then drop the variable.
    core::Sodium::wipe(value, std::strlen(value));
    ::unsetenv(name.constData());
    if (secret.isEmpty())
        return core::Error(core::ErrorCode::InvalidArgument, PasswordText::empty());
    return secret;
}

core::Result<core::SecretBytes> PasswordSource::fromTerminal(const QString& prompt) {
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return core::Error(core::ErrorCode::InvalidArgument,
                           PasswordText::noTerminal(passwordVariable()));
    const int fd = fileno(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);

    core::SecretBytes buffer(1024);
    size_t length = 0;
    int c = 0;
    while ((c = std::fgetc(tty)) != EOF && c != '\n' && c != '\r') {
        if (length < buffer.size())
            buffer.data()[length++] = static_cast<unsigned char>(c);
    }
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (length == 0)
        return core::Error(core::ErrorCode::InvalidArgument, PasswordText::empty());
    return core::SecretBytes(buffer.data(), length);
}

core::Result<core::SecretBytes> PasswordSource::obtain(const QString& variable,
                                                       const QString& prompt) {
    auto fromEnv = fromEnvironment(variable);
    if (fromEnv || fromEnv.error().code() != core::ErrorCode::NotFound)
        return fromEnv;
    return fromTerminal(prompt);
}

core::Result<core::SecretBytes> PasswordSource::obtainNew(const QString& variable,
                                                          const QString& prompt,
                                                          const QString& confirmPrompt) {
    auto fromEnv = fromEnvironment(variable);
    if (fromEnv || fromEnv.error().code() != core::ErrorCode::NotFound)
        return fromEnv;
    auto first = fromTerminal(prompt);
    if (!first)
        return first;
    auto second = fromTerminal(confirmPrompt);
    if (!second)
        return second;
    if (!first.value().equals(second.value()))
        return core::Error(core::ErrorCode::InvalidArgument, PasswordText::mismatch());
    return first;
}

} // namespace pl::app
