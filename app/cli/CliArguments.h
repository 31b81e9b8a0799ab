#pragma once

#include "core/common/Result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace pl::app {

// plateledger-cli [--store PATH] [--user NAME] COMMAND WORDS... [--option VALUE] [--flag]
// Options may appear anywhere; "--option=value" works too.
class CliArguments {
public:
    static core::Result<CliArguments> parse(const QStringList& arguments);

    const QStringList& words() const { return m_words; }
    QString word(int index) const { return m_words.value(index); }
    bool has(const QString& option) const;
    QString value(const QString& option) const { return m_values.value(option); }
    QString storePath() const { return value(QStringLiteral("store")); }
    QString user() const { return value(QStringLiteral("user")); }
    // Options given that the command did not expect.
    QStringList unexpected(const QSet<QString>& accepted) const;

private:
    QStringList m_words;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace pl::app
