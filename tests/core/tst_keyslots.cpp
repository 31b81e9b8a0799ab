// Key slots: one wrapped copy of the database key per user, so that a password
// change touches that user's slot and nothing else.

#include "core/accounts/AccountService.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Store.h"
#include "tests/support/Checks.h"
#include "tests/support/RawStore.h"
#include "tests/support/TestStation.h"

#include <QTest>

using namespace pl;
using core::ErrorCode;
using tests::RawStore;
using tests::TestStation;

namespace {

const QString kNewPassword = QStringLiteral("Brand-New-Secret-7");

core::KeySlot slotOf(const QString& keySlotPath, const QString& name) {
    auto file = core::KeySlotFile::read(keySlotPath);
    if (!file || !file.value().findSlot(name))
        return {};
    return *file.value().findSlot(name);
}

} // namespace

class TestKeySlots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyUserHasOwnSlot();
    void passwordChangeRewrapsOnlyOwnSlot();
};

void TestKeySlots::everyUserHasOwnSlot() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    auto file = core::KeySlotFile::read(ts.keySlotPath());
    PL_VERIFY_OK(file);
    QCOMPARE(file.value().slots().size(), 2);
    const core::KeySlot admin = slotOf(ts.keySlotPath(), TestStation::adminName());
    const core::KeySlot bob = slotOf(ts.keySlotPath(), QStringLiteral("bob"));
    QVERIFY(admin.wrapped.isWellFormed());
    QVERIFY(bob.wrapped.isWellFormed());
    QVERIFY(admin.id != bob.id);
    QVERIFY(admin.wrapped.salt != bob.wrapped.salt);

    // Both unwrap to the same 256-bit key: the one the open store uses.
    auto adminKey =
        RawStore::unwrapKey(ts.storePath(), TestStation::adminName(), TestStation::adminPassword());
    auto bobKey =
        RawStore::unwrapKey(ts.storePath(), QStringLiteral("bob"), TestStation::userPassword());
    PL_VERIFY_OK(adminKey);
    PL_VERIFY_OK(bobKey);
    QCOMPARE(adminKey.value().size(), size_t(32));
    QVERIFY(adminKey.value().equals(bobKey.value()));
    QVERIFY(adminKey.value().equals(ts.station().store().key()));
    // One user's password does not open another's slot.
    PL_VERIFY_ERROR(
        RawStore::unwrapKey(ts.storePath(), QStringLiteral("bob"), TestStation::adminPassword()),
        ErrorCode::WrongCredentials);
}

void TestKeySlots::passwordChangeRewrapsOnlyOwnSlot() {
    TestStation ts;
    QVERIFY(ts.isValid());
    QVERIFY(ts.addUser(QStringLiteral("bob"), core::Role::Agent) > 0);
    QVERIFY(ts.addUser(QStringLiteral("carol"), core::Role::Supervisor) > 0);
    ts.close();
    const QByteArray databaseBefore = RawStore::readFile(ts.storePath());
    const core::KeySlot adminBefore = slotOf(ts.keySlotPath(), TestStation::adminName());
    const core::KeySlot bobBefore = slotOf(ts.keySlotPath(), QStringLiteral("bob"));
    const core::KeySlot carolBefore = slotOf(ts.keySlotPath(), QStringLiteral("carol"));
    QVERIFY(bobBefore.wrapped.isWellFormed());
    auto keyBefore =
        RawStore::unwrapKey(ts.storePath(), TestStation::adminName(), TestStation::adminPassword());
    PL_VERIFY_OK(keyBefore);

    {
        auto bob = ts.login(QStringLiteral("bob"), TestStation::userPassword());
        PL_VERIFY_OK(bob);
        PL_VERIFY_OK(bob.value().station->accounts().changePassword(
            bob.value().session, TestStation::secret(TestStation::userPassword()),
            TestStation::secret(kNewPassword)));
    }

    const core::KeySlot adminAfter = slotOf(ts.keySlotPath(), TestStation::adminName());
    const core::KeySlot bobAfter = slotOf(ts.keySlotPath(), QStringLiteral("bob"));
    const core::KeySlot carolAfter = slotOf(ts.keySlotPath(), QStringLiteral("carol"));
    for (const auto& [before, after] :
         {std::pair{adminBefore, adminAfter}, std::pair{carolBefore, carolAfter}}) {
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.wrapped.salt, before.wrapped.salt);
        QCOMPARE(after.wrapped.nonce, before.wrapped.nonce);
        QCOMPARE(after.wrapped.ciphertext, before.wrapped.ciphertext);
        QVERIFY(after.wrapped.kdf == before.wrapped.kdf);
    }
    QCOMPARE(bobAfter.id, bobBefore.id);
    QVERIFY(bobAfter.wrapped.isWellFormed());
    QVERIFY(bobAfter.wrapped.salt != bobBefore.wrapped.salt);
    QVERIFY(bobAfter.wrapped.nonce != bobBefore.wrapped.nonce);
    QVERIFY(bobAfter.wrapped.ciphertext != bobBefore.wrapped.ciphertext);

    // The database key, and so the database's encryption, did not change.
    QCOMPARE(RawStore::readFile(ts.storePath()).left(16), databaseBefore.left(16));
    auto bobKey = RawStore::unwrapKey(ts.storePath(), QStringLiteral("bob"), kNewPassword);
    PL_VERIFY_OK(bobKey);
    QVERIFY(bobKey.value().equals(keyBefore.value()));

    PL_VERIFY_ERROR(ts.login(QStringLiteral("bob"), TestStation::userPassword()),
                    ErrorCode::WrongCredentials);
    PL_VERIFY_OK(ts.login(QStringLiteral("bob"), kNewPassword));
    PL_VERIFY_OK(ts.login(TestStation::adminName(), TestStation::adminPassword()));
    PL_VERIFY_OK(ts.login(QStringLiteral("carol"), TestStation::userPassword()));
}

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
