#pragma once

#include <QString>

class QCoreApplication;

namespace pl::core {

// Loads PlateLedger's translation for a language ("es", "es_MX"...) or, when
// language is empty, for the system locale. English needs none.
class Translations {
public:
    static QString install(QCoreApplication& application, const QString& language);
};

} // namespace pl::core
