#include "core/store/Store.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;

class TestSmoke : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createAndLogin() {
        tests::TestStation ts;
        QVERIFY(ts.isValid());
        ts.addUser(QStringLiteral("bob"), core::Role::Agent);
        ts.close();
        auto login = ts.login(QStringLiteral("bob"), tests::TestStation::userPassword());
        QVERIFY2(login.ok(), login.ok() ? "" : qPrintable(login.error().message()));
        auto bad = ts.login(QStringLiteral("bob"), QStringLiteral("nope"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code(), core::ErrorCode::WrongCredentials);
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
