#include "app/cli/CliArguments.h"

#include <QCoreApplication>

namespace pl::app {

namespace {

class ArgumentText {
    Q_DECLARE_TR_FUNCTIONS(pl::app::CliArguments)
public:
    static QString needsValue(const QString& option) {
        return tr("The option --%1 needs a value.").arg(option);
    }
    static QString noPasswords() {
        return tr("Passwords are never taken on the command line, where other users and the "
                  "shell history can see them. Set PLATELEDGER_PASSWORD or answer the prompt.");
    }
};

// Options that take no value.
const QSet<QString> kFlags = {
    QStringLiteral("help"),     QStringLiteral("version"),    QStringLiteral("confirm-reimport"),
    QStringLiteral("json"),     QStringLiteral("tsv"),        QStringLiteral("similar"),
    QStringLiteral("contains"), QStringLiteral("dry-run"),    QStringLiteral("all"),
    QStringLiteral("removed"),  QStringLiteral("no-possible")};
// Options that must never be accepted.
const QSet<QString> kForbidden = {QStringLiteral("password"), QStringLiteral("pass"),
                                  QStringLiteral("new-password")};

} // namespace

core::Result<CliArguments> CliArguments::parse(const QStringList& arguments) {
    CliArguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--")) || argument == QStringLiteral("--")) {
            parsed.m_words.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype equals = name.indexOf(QLatin1Char('=')); equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            hasValue = true;
        }
        if (kForbidden.contains(name))
            return core::Error(core::ErrorCode::InvalidArgument, ArgumentText::noPasswords());
        if (kFlags.contains(name)) {
            parsed.m_flags.insert(name);
            continue;
        }
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return core::Error(core::ErrorCode::InvalidArgument,
                                   ArgumentText::needsValue(name));
            value = arguments.at(++i);
        }
        parsed.m_values.insert(name, value);
    }
    return parsed;
}

bool CliArguments::has(const QString& option) const {
    return m_flags.contains(option) || m_values.contains(option);
}

QStringList CliArguments::unexpected(const QSet<QString>& accepted) const {
    static const QSet<QString> global = {QStringLiteral("store"), QStringLiteral("user"),
                                         QStringLiteral("help"), QStringLiteral("language")};
    QStringList out;
    for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
        if (!accepted.contains(it.key()) && !global.contains(it.key()))
            out.append(QStringLiteral("--") + it.key());
    }
    for (const QString& flag : m_flags) {
        if (!accepted.contains(flag) && !global.contains(flag) && flag != QStringLiteral("version"))
            out.append(QStringLiteral("--") + flag);
    }
    out.sort();
    return out;
}

} // namespace pl::app
