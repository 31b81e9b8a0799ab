#pragma once

#include "core/common/Result.h"

#include <QString>

namespace pl::core {

// The consent text shown at every login and the short notice the command
// line prints, as shipped in resources/consent. Both are versioned; what a
// user accepted is identified in the audit trail by the SHA-256 of the exact
// text shown.
class ConsentText {
public:
    // language: "en", "es"... or a locale name ("es_MX"); English when missing.
    static Result<ConsentText> load(const QString& language);

    const QString& version() const { return m_version; }
    const QString& language() const { return m_language; }
    const QString& markdown() const { return m_markdown; }
    const QString& notice() const { return m_notice; }
    QString sha256() const { return m_sha256; }
    QString noticeSha256() const { return m_noticeSha256; }

private:
    QString m_version;
    QString m_language;
    QString m_markdown;
    QString m_notice;
    QString m_sha256;
    QString m_noticeSha256;
};

} // namespace pl::core
