#include "core/consent/ConsentText.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pl::core {

namespace {

class ConsentTextText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::ConsentText)
public:
    static QString missing() {
        return tr("The consent text is missing from this build of PlateLedger; nobody can log "
                  "in without it.");
    }
};

Result<QByteArray> readResource(const QString& name) {
    QFile file(QStringLiteral(":/consent/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, ConsentTextText::missing());
    return file.readAll();
}

} // namespace

Result<ConsentText> ConsentText::load(const QString& language) {
    auto manifestBytes = readResource(QStringLiteral("consent.json"));
    if (!manifestBytes)
        return manifestBytes.error();
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes.value()).object();
    const QJsonObject languages = manifest.value(QStringLiteral("languages")).toObject();

    QString chosen = language.left(2).toLower();
    if (!languages.contains(chosen))
        chosen = QStringLiteral("en");
    const QJsonObject files = languages.value(chosen).toObject();

    auto text = readResource(files.value(QStringLiteral("text")).toString());
    auto notice = readResource(files.value(QStringLiteral("notice")).toString());
    const QString version = manifest.value(QStringLiteral("version")).toString();
    if (!text || !notice || version.isEmpty())
        return Error(ErrorCode::NotFound, ConsentTextText::missing());

    ConsentText consent;
    consent.m_version = version;
    consent.m_language = chosen;
    consent.m_markdown = QString::fromUtf8(text.value());
    consent.m_notice = QString::fromUtf8(notice.value());
    consent.m_sha256 = QString::fromLatin1(Sodium::sha256(text.value()).toHex());
    consent.m_noticeSha256 = QString::fromLatin1(Sodium::sha256(notice.value()).toHex());
    return consent;
}

} // namespace pl::core
