#include "core/common/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace pl::core {

QString Translations::install(QCoreApplication& application, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* translator = new QTranslator(&application);
    // Compiled in from translations/ as :/i18n/plateledger_<lang>.qm.
    // English (which carries the plural forms) when the locale has none.
    if (translator->load(locale, QStringLiteral("plateledger"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/plateledger_en.qm"))) {
        QCoreApplication::installTranslator(translator);
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

} // namespace pl::core
