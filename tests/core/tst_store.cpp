// The encrypted store on disk: which damage is refused with which error, that
// a refused open changes nothing, and that the files reveal nothing without a
// password.

#include "core/accounts/AccountService.h"
#include "core/audit/AuditLog.h"
#include "core/store/Database.h"
#include "core/store/KeySlotFile.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"
#include "tests/support/AuditReader.h"
#include "tests/support/Checks.h"
#include "tests/support/RawStore.h"
#include "tests/support/TestStation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>

using namespace pl;
using core::ErrorCode;
using tests::RawStore;
using tests::TestStation;

namespace {

enum class Damage {
    WrongPassword,
    KeySlotFileMissing,
    KeySlotByteFlipped,
    KeySlotGarbage,
    KeySlotBodyMalformed,
    FirstPageOverwritten,
    UsersPageOverwritten,
    AuditPageOverwritten,
    NewerSchema,
    PlainSqliteFile,
    TextFile,
    EmptyFile,
    RandomBytes,
    KeySlotsOfAnotherStore,
    DatabaseFileMissing,
};

QByteArray keySlotHeaderFor(const QByteArray& body) {
    return QByteArrayLiteral("PLATELEDGER-KEYSLOTS 1\n") +
           QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex() + '\n';
}

// The page number of a table's root page, read through the key.
int rootPageOf(const QString& storePath, const QByteArray& table) {
    auto db =
        RawStore::openKeyed(storePath, TestStation::adminName(), TestStation::adminPassword());
    if (!db)
        return 0;
    const QByteArray sql = "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '" +
                           table + "'"; // a constant of this test, not input
    auto page = db.value()->queryInt(sql.constData());
    return page ? static_cast<int>(page.value()) : 0;
}

// What of text's UTF-8 bytes is certain to show in any base64 text that
// encodes them, for each of the three alignments (long text only: the pieces
// must be too long to occur by chance).
QList<QByteArray> base64Pieces(const QByteArray& text) {
    QList<QByteArray> out;
    if (text.size() < 12)
        return out;
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = QByteArray(QByteArray(offset, '\0') + text).toBase64();
        const int firstGroup = (offset + 2) / 3;
        const int endGroup = (offset + static_cast<int>(text.size())) / 3;
        out << encoded.mid(firstGroup * 4, (endGroup - firstGroup) * 4);
    }
    return out;
}

// Each string as it could appear in a file: as given, upper, lower and
// capitalised; in UTF-8 and in both UTF-16 byte orders; and the UTF-8 bytes
// in hexadecimal and base64, the encodings the key-slot file uses.
QList<QByteArray> encodings(const QStringList& strings) {
    QList<QByteArray> out;
    for (const QString& text : strings) {
        const QStringList variants = {text, text.toUpper(), text.toLower(),
                                      text.left(1).toUpper() + text.mid(1)};
        for (const QString& variant : variants) {
            QStringEncoder le(QStringConverter::Utf16LE);
            QStringEncoder be(QStringConverter::Utf16BE);
            const QByteArray utf8 = variant.toUtf8();
            out << utf8 << QByteArray(le.encode(variant)) << QByteArray(be.encode(variant))
                << utf8.toHex() << utf8.toHex().toUpper() << base64Pieces(utf8);
        }
    }
    return out;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void damagedStoreIsRefusedUnchanged_data();
    void damagedStoreIsRefusedUnchanged();
    void checkDatabaseFileWithoutKey();
    void missingStoreIsNotCreated();
    void wrongPasswordOnlyCountsTheAttempt();
    void storeConnectionIsEncrypted();
    void copiedFilesRevealNothing();
};

void TestStore::damagedStoreIsRefusedUnchanged_data() {
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<ErrorCode>("expected");
    // A wrong password legitimately records the failed attempt in the key-slot file.
    QTest::addColumn<bool>("keySlotsMayChange");

    QTest::newRow("wrong password") << Damage::WrongPassword << ErrorCode::WrongCredentials << true;
    QTest::newRow("key-slot file missing")
        << Damage::KeySlotFileMissing << ErrorCode::KeySlotMissing << false;
    QTest::newRow("key-slot byte flipped")
        << Damage::KeySlotByteFlipped << ErrorCode::KeySlotCorrupt << false;
    QTest::newRow("key-slot garbage")
        << Damage::KeySlotGarbage << ErrorCode::KeySlotCorrupt << false;
    QTest::newRow("key-slot body malformed, checksum right")
        << Damage::KeySlotBodyMalformed << ErrorCode::KeySlotCorrupt << false;
    QTest::newRow("first page overwritten after salt")
        << Damage::FirstPageOverwritten << ErrorCode::StoreCorrupt << false;
    QTest::newRow("users page overwritten")
        << Damage::UsersPageOverwritten << ErrorCode::StoreCorrupt << false;
    QTest::newRow("audit page overwritten")
        << Damage::AuditPageOverwritten << ErrorCode::StoreCorrupt << false;
    QTest::newRow("newer schema") << Damage::NewerSchema << ErrorCode::NewerSchema << false;
    QTest::newRow("plain SQLite file") << Damage::PlainSqliteFile << ErrorCode::NotAStore << false;
    QTest::newRow("text file") << Damage::TextFile << ErrorCode::NotAStore << false;
    QTest::newRow("empty file") << Damage::EmptyFile << ErrorCode::NotAStore << false;
    QTest::newRow("random pages") << Damage::RandomBytes << ErrorCode::NotAStore << false;
    QTest::newRow("key slots of another store")
        << Damage::KeySlotsOfAnotherStore << ErrorCode::NotAStore << false;
    QTest::newRow("database file missing")
        << Damage::DatabaseFileMissing << ErrorCode::StoreNotFound << false;
}

void TestStore::damagedStoreIsRefusedUnchanged() {
    QFETCH(Damage, damage);
    QFETCH(ErrorCode, expected);
    QFETCH(bool, keySlotsMayChange);

    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    const QString db = ts.storePath();
    const QString keys = ts.keySlotPath();
    QString password = TestStation::adminPassword();

    switch (damage) {
    case Damage::WrongPassword:
        password = QStringLiteral("Not-The-Password-1");
        break;
    case Damage::KeySlotFileMissing:
        QVERIFY(QFile::rename(keys, keys + QStringLiteral(".away")));
        break;
    case Damage::KeySlotByteFlipped: {
        const QByteArray content = RawStore::readFile(keys);
        const qsizetype bodyStart = content.indexOf('\n', content.indexOf('\n') + 1) + 1;
        QVERIFY(bodyStart > 0 && bodyStart < content.size());
        QVERIFY(RawStore::flipBytes(keys, bodyStart + (content.size() - bodyStart) / 2, 1));
        break;
    }
    case Damage::KeySlotGarbage:
        QVERIFY(RawStore::writeFile(keys, QByteArray(700, '\x5a') + "\n\x01\x02garbage\n"));
        break;
    case Damage::KeySlotBodyMalformed: {
        const QByteArray body = QByteArrayLiteral("{\"slots\": [], \"store_id\": \"00\"}\n");
        QVERIFY(RawStore::writeFile(keys, keySlotHeaderFor(body) + body));
        break;
    }
    case Damage::FirstPageOverwritten:
        QVERIFY(RawStore::flipBytes(db, 16, 64));
        break;
    case Damage::UsersPageOverwritten:
    case Damage::AuditPageOverwritten: {
        const int page = rootPageOf(db, damage == Damage::UsersPageOverwritten
                                            ? QByteArrayLiteral("users")
                                            : QByteArrayLiteral("audit_events"));
        QVERIFY(page > 1);
        QVERIFY(RawStore::flipBytes(db, (page - 1) * RawStore::kPageSize + 200, 64));
        break;
    }
    case Damage::NewerSchema: {
        auto raw = RawStore::openKeyed(db, TestStation::adminName(), TestStation::adminPassword());
        PL_VERIFY_OK(raw);
        PL_VERIFY_OK(raw.value()->exec("PRAGMA user_version = 99"));
        break;
    }
    case Damage::PlainSqliteFile: {
        QVERIFY(QFile::remove(db));
        // The same library, no key: SQLite's own format, in clear.
        auto plain = core::Database::open(db, core::Database::OpenMode::CreateNew);
        PL_VERIFY_OK(plain);
        PL_VERIFY_OK(plain.value()->exec("CREATE TABLE reads (plate TEXT);"
                                         "INSERT INTO reads VALUES ('ABC123');"));
        plain.value().reset();
        QVERIFY(RawStore::readFile(db).startsWith("SQLite format 3"));
        break;
    }
    case Damage::TextFile:
        QVERIFY(RawStore::writeFile(db, QByteArrayLiteral("plate,time\nABC123,2026-03-01\n")));
        break;
    case Damage::EmptyFile:
        QVERIFY(RawStore::writeFile(db, QByteArray()));
        break;
    case Damage::RandomBytes: {
        QByteArray pages(2 * RawStore::kPageSize, Qt::Uninitialized);
        for (qsizetype i = 0; i < pages.size(); ++i)
            pages[i] = static_cast<char>((i * 131 + 7) % 251);
        QVERIFY(RawStore::writeFile(db, pages));
        break;
    }
    case Damage::KeySlotsOfAnotherStore: {
        // Same administrator name and password, different store.
        TestStation other;
        QVERIFY(other.isValid());
        other.close();
        QVERIFY(QFile::remove(keys));
        QVERIFY(QFile::copy(other.keySlotPath(), keys));
        break;
    }
    case Damage::DatabaseFileMissing:
        QVERIFY(QFile::remove(db));
        break;
    }

    const QByteArray dbBefore = RawStore::fileSha256(db);
    const QByteArray keysBefore = RawStore::fileSha256(keys);

    auto login = ts.login(TestStation::adminName(), password);
    PL_VERIFY_ERROR(login, expected);
    QVERIFY(!login.error().message().isEmpty());

    QCOMPARE(RawStore::fileSha256(db), dbBefore);
    if (!keySlotsMayChange)
        QCOMPARE(RawStore::fileSha256(keys), keysBefore);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-journal")));
    if (damage == Damage::DatabaseFileMissing)
        QVERIFY(!QFileInfo::exists(db));
}

void TestStore::checkDatabaseFileWithoutKey() {
    // The check made before any password is asked for, and at every open.
    TestStation ts;
    QVERIFY(ts.isValid());
    PL_VERIFY_OK(core::Store::checkDatabaseFile(ts.storePath()));

    const QString plain = QDir(ts.folder()).filePath(QStringLiteral("plain.db"));
    {
        auto db = core::Database::open(plain, core::Database::OpenMode::CreateNew);
        PL_VERIFY_OK(db);
        PL_VERIFY_OK(db.value()->exec("CREATE TABLE reads (plate TEXT)"));
    }
    QVERIFY(RawStore::readFile(plain).startsWith("SQLite format 3"));
    QCOMPARE(RawStore::readFile(plain).size() % RawStore::kPageSize, 0);
    PL_VERIFY_ERROR(core::Store::checkDatabaseFile(plain), ErrorCode::NotAStore);
    const QByteArray before = RawStore::fileSha256(plain);
    PL_VERIFY_ERROR(core::Store::open(plain, core::SecretBytes::random(32)), ErrorCode::NotAStore);
    QCOMPARE(RawStore::fileSha256(plain), before);

    const QString odd = QDir(ts.folder()).filePath(QStringLiteral("odd.db"));
    QVERIFY(RawStore::writeFile(odd, QByteArray(RawStore::kPageSize + 1, 'x')));
    PL_VERIFY_ERROR(core::Store::checkDatabaseFile(odd), ErrorCode::NotAStore);
    PL_VERIFY_ERROR(
        core::Store::checkDatabaseFile(QDir(ts.folder()).filePath(QStringLiteral("none"))),
        ErrorCode::StoreNotFound);

    // The right file with a wrong key cannot be decrypted.
    ts.close();
    const QByteArray storeBefore = RawStore::fileSha256(ts.storePath());
    PL_VERIFY_ERROR(core::Store::open(ts.storePath(), core::SecretBytes::random(32)),
                    ErrorCode::StoreCorrupt);
    QCOMPARE(RawStore::fileSha256(ts.storePath()), storeBefore);
}

void TestStore::missingStoreIsNotCreated() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const QString path = QDir(ts.folder()).filePath(QStringLiteral("elsewhere.plstore"));
    auto login = core::Station::login(path, TestStation::adminName(),
                                      TestStation::secret(TestStation::adminPassword()),
                                      core::Session::Client::Gui, ts.clock());
    PL_VERIFY_ERROR(login, ErrorCode::StoreNotFound);
    QVERIFY(login.error().message().contains(path));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(core::KeySlotFile::pathForDatabase(path)));
}

void TestStore::wrongPasswordOnlyCountsTheAttempt() {
    TestStation ts;
    QVERIFY(ts.isValid());
    ts.close();
    PL_VERIFY_ERROR(ts.login(TestStation::adminName(), QStringLiteral("Wrong-Password-1")),
                    ErrorCode::WrongCredentials);
    auto slots = core::KeySlotFile::read(ts.keySlotPath());
    PL_VERIFY_OK(slots);
    const core::KeySlot* slot = slots.value().findSlot(TestStation::adminName());
    QVERIFY(slot);
    QCOMPARE(slot->failedAttempts, 1);
    QCOMPARE(slots.value().pendingEvents().size(), 1);
}

void TestStore::storeConnectionIsEncrypted() {
    TestStation ts;
    QVERIFY(ts.isValid());
    core::Database& db = ts.station().database();

    auto cipher = db.queryText("PRAGMA cipher_version");
    PL_VERIFY_OK(cipher);
    QVERIFY(!cipher.value().isEmpty());
    auto secureDelete = db.queryInt("PRAGMA secure_delete");
    PL_VERIFY_OK(secureDelete);
    QCOMPARE(secureDelete.value(), qint64(1));
    auto pageSize = db.queryInt("PRAGMA cipher_page_size");
    PL_VERIFY_OK(pageSize);
    QCOMPARE(pageSize.value(), RawStore::kPageSize);

    // A second connection (for worker threads) is configured the same way.
    auto worker = ts.station().store().openConnection();
    PL_VERIFY_OK(worker);
    auto workerSecureDelete = worker.value()->queryInt("PRAGMA secure_delete");
    PL_VERIFY_OK(workerSecureDelete);
    QCOMPARE(workerSecureDelete.value(), qint64(1));

    const QByteArray bytes = RawStore::readFile(ts.storePath());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QCOMPARE(bytes.size() % RawStore::kPageSize, 0);
}

void TestStore::copiedFilesRevealNothing() {
    TestStation ts;
    QVERIFY(ts.isValid());
    const QStringList plates = {QStringLiteral("ZXQ4471"), QStringLiteral("KJW8830B")};
    const QStringList users = {QStringLiteral("zelda.quarantine"),
                               QStringLiteral("quincy.vexillum")};
    const QString stranger = QStringLiteral("xavier.unknownly");
    for (const QString& name : users)
        QVERIFY(ts.addUser(name, core::Role::Agent) > 0);
    {
        auto tx = core::Transaction::begin(ts.station().database());
        PL_VERIFY_OK(tx);
        for (const QString& plate : plates) {
            core::AuditRecord seen{QStringLiteral("test.plate_seen"), core::AuditOutcome::Success,
                                   QStringLiteral("plate"), plate};
            seen.reason = QStringLiteral("seen near ") + plate;
            PL_VERIFY_OK(
                ts.station().auditLog().append(tx.value(), ts.adminSession().actor(), seen));
        }
        PL_VERIFY_OK(tx.value().commit());
    }
    // Through the key, the strings are there.
    QStringList targets;
    for (const core::AuditEvent& event : tests::AuditReader::all(ts.station().database()))
        targets << event.target;
    for (const QString& text : plates + users)
        QVERIFY2(targets.contains(text), qPrintable(text));

    ts.close();
    // Failed logins before the store is open are kept in the key-slot file.
    PL_VERIFY_ERROR(ts.login(users.first(), QStringLiteral("Wrong-Password-1")),
                    ErrorCode::WrongCredentials);
    PL_VERIFY_ERROR(ts.login(stranger, QStringLiteral("Wrong-Password-1")),
                    ErrorCode::WrongCredentials);
    {
        auto slots = core::KeySlotFile::read(ts.keySlotPath());
        PL_VERIFY_OK(slots);
        QCOMPARE(slots.value().pendingEvents().size(), 2);
    }

    const QList<QByteArray> needles = encodings(plates + users + QStringList{stranger});
    // The base64 pieces find a name wherever it sits in an encoded text.
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray encoded =
            QByteArray(QByteArray(pad, '{') + users.first().toUtf8() + "}").toBase64();
        QVERIFY(std::any_of(needles.begin(), needles.end(),
                            [&](const QByteArray& needle) { return encoded.contains(needle); }));
    }
    int files = 0;
    QDirIterator it(ts.folder(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = RawStore::readFile(path);
        ++files;
        for (const QByteArray& needle : needles) {
            QVERIFY2(!bytes.contains(needle),
                     qPrintable(QStringLiteral("%1 contains %2")
                                    .arg(QFileInfo(path).fileName(),
                                         QString::fromLatin1(needle.toHex()))));
        }
    }
    QVERIFY(files >= 2); // the database and its key-slot file
    QVERIFY(!RawStore::readFile(ts.storePath()).startsWith("SQLite format 3"));

    // And the names are still there for whoever holds a password.
    auto raw =
        RawStore::openKeyed(ts.storePath(), TestStation::adminName(), TestStation::adminPassword());
    PL_VERIFY_OK(raw);
    for (const QString& name : users)
        PL_VERIFY_OK(core::AccountService::userByName(*raw.value(), name));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
