// The consent text shipped in the resources: languages, fallback, version,
// and the SHA-256 that the audit trail records.

#include "core/consent/ConsentText.h"
#include "tests/support/Checks.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pl;
using core::ConsentText;

namespace {

QByteArray resource(const QString& name) {
    QFile file(QStringLiteral(":/consent/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestConsentText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loads_data();
    void loads();
    void englishTextStatesTheRules();
    void languagesDiffer();
};

void TestConsentText::loads_data() {
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("es");
    QTest::newRow("es_MX locale") << QStringLiteral("es_MX") << QStringLiteral("es");
    QTest::newRow("upper-case") << QStringLiteral("ES") << QStringLiteral("es");
    QTest::newRow("fr falls back to en") << QStringLiteral("fr") << QStringLiteral("en");
    QTest::newRow("empty falls back to en") << QString() << QStringLiteral("en");
}

void TestConsentText::loads() {
    QFETCH(QString, requested);
    QFETCH(QString, language);

    auto consent = ConsentText::load(requested);
    PL_VERIFY_OK(consent);
    QCOMPARE(consent.value().language(), language);

    const QJsonObject manifest =
        QJsonDocument::fromJson(resource(QStringLiteral("consent.json"))).object();
    QVERIFY(!consent.value().version().isEmpty());
    QCOMPARE(consent.value().version(), manifest.value(QStringLiteral("version")).toString());

    const QByteArray text = resource(QStringLiteral("consent-%1.md").arg(language));
    const QByteArray notice = resource(QStringLiteral("notice-%1.txt").arg(language));
    QVERIFY(!text.isEmpty());
    QVERIFY(!notice.isEmpty());
    QCOMPARE(consent.value().markdown(), QString::fromUtf8(text));
    QCOMPARE(consent.value().notice(), QString::fromUtf8(notice));
    QCOMPARE(consent.value().sha256(), sha256Hex(text));
    QCOMPARE(consent.value().noticeSha256(), sha256Hex(notice));
}

void TestConsentText::englishTextStatesTheRules() {
    auto consent = ConsentText::load(QStringLiteral("en"));
    PL_VERIFY_OK(consent);
    const QString text = consent.value().markdown().simplified();
    for (const QString& phrase : {QStringLiteral("sole basis for enforcement action"),
                                  QStringLiteral("verify"), QStringLiteral("sensitive")})
        QVERIFY2(text.contains(phrase, Qt::CaseInsensitive), qPrintable(phrase));
    QVERIFY(consent.value().notice().contains(QStringLiteral("sole basis"), Qt::CaseInsensitive));
}

void TestConsentText::languagesDiffer() {
    auto english = ConsentText::load(QStringLiteral("en"));
    auto spanish = ConsentText::load(QStringLiteral("es"));
    PL_VERIFY_OK(english);
    PL_VERIFY_OK(spanish);
    QVERIFY(english.value().sha256() != spanish.value().sha256());
    QCOMPARE(english.value().version(), spanish.value().version());
}

QTEST_GUILESS_MAIN(TestConsentText)
#include "tst_consenttext.moc"
