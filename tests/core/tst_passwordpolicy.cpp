// Password policy: minimum length in characters (not bytes), three of four
// character classes, and not containing the user name.

#include "core/accounts/PasswordPolicy.h"
#include "core/crypto/SecretBytes.h"
#include "tests/support/Checks.h"

#include <QSet>
#include <QTest>

using namespace pl;
using core::PasswordPolicy;

class TestPasswordPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void describeNamesTheLength();
    void generatedPasswordsMeetPolicy();
};

void TestPasswordPolicy::check_data() {
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<int>("minimumLength");
    QTest::addColumn<bool>("accepted");

    const QString user = QStringLiteral("bob.smith");
    // Length.
    QTest::newRow("empty") << QString() << user << 12 << false;
    QTest::newRow("too short") << QStringLiteral("Ab1!") << user << 12 << false;
    QTest::newRow("one short of 12") << QStringLiteral("Abcdefgh12!") << user << 12 << false;
    QTest::newRow("exactly 12") << QStringLiteral("Abcdefgh123!") << user << 12 << true;
    QTest::newRow("longer minimum") << QStringLiteral("Abcdefgh123!") << user << 16 << false;
    // Characters, not UTF-8 bytes: 11 characters are 19 bytes here.
    QTest::newRow("11 characters, 19 bytes")
        << QStringLiteral("Ab1ññññññññ") << user << 12 << false;
    QTest::newRow("12 characters, 21 bytes")
        << QStringLiteral("Ab1ñññññññññ") << user << 12 << true;
    // Character classes: lower, upper, digit, other (non-ASCII counts as other).
    QTest::newRow("lower only") << QStringLiteral("abcdefghijklmn") << user << 12 << false;
    QTest::newRow("lower and digits") << QStringLiteral("abcdefgh1234") << user << 12 << false;
    QTest::newRow("lower and upper") << QStringLiteral("abcdefGHIJKL") << user << 12 << false;
    QTest::newRow("digits and symbols") << QStringLiteral("1234-5678-90!") << user << 12 << false;
    QTest::newRow("lower, upper, digit") << QStringLiteral("Abcdefgh1234") << user << 12 << true;
    QTest::newRow("lower, upper, symbol") << QStringLiteral("Abcdefgh-xyz") << user << 12 << true;
    QTest::newRow("lower, digit, space")
        << QStringLiteral("correct horse 42") << user << 12 << true;
    QTest::newRow("lower, digit, accent") << QStringLiteral("contraseña2026") << user << 12 << true;
    QTest::newRow("upper, digit, accent") << QStringLiteral("ÄÖÜ-STRASSE-12") << user << 12 << true;
    // The user name.
    QTest::newRow("contains user name") << QStringLiteral("xbob.smith-9Z") << user << 12 << false;
    QTest::newRow("contains user name, other case")
        << QStringLiteral("My-BOB.SMITH-77") << user << 12 << false;
    QTest::newRow("user name given with blanks")
        << QStringLiteral("xbob.smith-9Z") << QStringLiteral("  Bob.Smith ") << 12 << false;
    QTest::newRow("part of the user name is fine")
        << QStringLiteral("Smithereens-42") << user << 12 << true;
    QTest::newRow("two-letter name not checked")
        << QStringLiteral("Al-Capone-1930") << QStringLiteral("al") << 12 << true;
    QTest::newRow("three-letter name checked")
        << QStringLiteral("Big-Bob-Rules-1") << QStringLiteral("bob") << 12 << false;
}

void TestPasswordPolicy::check() {
    QFETCH(QString, password);
    QFETCH(QString, userName);
    QFETCH(int, minimumLength);
    QFETCH(bool, accepted);

    const core::Status result =
        PasswordPolicy::check(core::SecretBytes::fromString(password), userName, minimumLength);
    if (accepted) {
        PL_VERIFY_OK(result);
    } else {
        PL_VERIFY_ERROR(result, core::ErrorCode::PasswordPolicy);
        QVERIFY(!result.error().message().isEmpty());
    }
}

void TestPasswordPolicy::describeNamesTheLength() {
    QVERIFY(PasswordPolicy::describe(14).contains(QStringLiteral("14")));
}

void TestPasswordPolicy::generatedPasswordsMeetPolicy() {
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString password = PasswordPolicy::generate();
        PL_VERIFY_OK(PasswordPolicy::check(core::SecretBytes::fromString(password),
                                           QStringLiteral("investigator"), 12));
        seen.insert(password);
    }
    QCOMPARE(seen.size(), 50);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
