// HotListMatcher's indexes (plate codes, wildcards by first character) give
// exactly what trying every entry in turn gives: the same matches, of the
// same kinds, in the same order.

#include "core/common/Clock.h"
#include "core/hotlist/HotListMatcher.h"

#include <QTest>

#include <vector>

using namespace pl;
using core::HotListAlert;
using core::HotListMatcher;

namespace {

constexpr qint64 kNowMs = 1'780'000'000'000;

// The matcher's rules applied to every entry in turn: exact hits, then
// wildcard hits, then possible matches, each in entry order, one per entry.
QList<std::pair<qint64, HotListAlert::Kind>>
everyEntry(const std::vector<HotListMatcher::Target>& targets, const QString& plate,
           const QString& state) {
    QList<std::pair<qint64, HotListAlert::Kind>> out;
    if (plate.isEmpty())
        return out;
    const auto alerts = [&](const HotListMatcher::Target& t) {
        if (t.reviewByMs <= kNowMs || (t.expiresMs != 0 && t.expiresMs <= kNowMs))
            return false;
        return state.isEmpty() || t.state.isEmpty() || state == t.state;
    };
    const auto add = [&](const HotListMatcher::Target& t, HotListAlert::Kind kind) {
        for (const auto& [id, k] : out) {
            if (id == t.entryId)
                return;
        }
        out.append({t.entryId, kind});
    };
    for (const auto& t : targets) {
        if (!t.wildcard && t.plate == plate && alerts(t))
            add(t, HotListAlert::Kind::Hit);
    }
    for (const auto& t : targets) {
        if (t.wildcard && HotListMatcher::globMatches(t.plate, plate) && alerts(t))
            add(t, HotListAlert::Kind::Hit);
    }
    for (const auto& t : targets) {
        if (!t.wildcard && t.possibleMatches && HotListMatcher::oneConfusionApart(t.plate, plate) &&
            alerts(t))
            add(t, HotListAlert::Kind::Possible);
    }
    return out;
}

QList<std::pair<qint64, HotListAlert::Kind>> matched(const HotListMatcher& matcher,
                                                     const QString& plate, const QString& state) {
    QList<HotListMatcher::Match> matches;
    matcher.match(plate, state, kNowMs, matches);
    QList<std::pair<qint64, HotListAlert::Kind>> out;
    for (const HotListMatcher::Match& m : matches)
        out.append({m.target->entryId, m.kind});
    return out;
}

// "3 hit, 9 possible".
QString describe(const QList<std::pair<qint64, HotListAlert::Kind>>& matches) {
    QStringList parts;
    for (const auto& [id, kind] : matches)
        parts.append(QStringLiteral("%1 %2").arg(id).arg(HotListAlert::kindName(kind)));
    return parts.isEmpty() ? QStringLiteral("nothing") : parts.join(QStringLiteral(", "));
}

HotListMatcher::Target target(qint64 id, const QString& plate, bool wildcard,
                              const QString& state = {}) {
    HotListMatcher::Target t;
    t.entryId = id;
    t.ownerId = 1;
    t.plate = plate;
    t.state = state;
    t.wildcard = wildcard;
    t.reviewByMs = kNowMs + 1000;
    return t;
}

// Counts how often it is asked the time.
class CountingClock final : public core::Clock {
public:
    QDateTime nowUtc() const override {
        ++reads;
        return QDateTime::fromMSecsSinceEpoch(kNowMs, Qt::UTC);
    }
    mutable int reads = 0;
};

// splitmix64, so a failure can be replayed.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed) {}
    quint64 below(quint64 bound) {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return (z ^ (z >> 31)) % bound;
    }

private:
    quint64 m_state;
};

} // namespace

class TestHotListMatchIndex : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chosenCases_data();
    void chosenCases();
    void sameAsEveryEntry_data();
    void sameAsEveryEntry();
    void clockIsReadOnlyForCandidates();
};

void TestHotListMatchIndex::chosenCases_data() {
    QTest::addColumn<QString>("plate");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QList<qint64>>("entries"); // matched, in order

    QTest::newRow("exact") << QStringLiteral("ABC123") << QString() << QList<qint64>{1, 3, 9};
    QTest::newRow("state differs")
        << QStringLiteral("ABC123") << QStringLiteral("OK") << QList<qint64>{3, 9};
    QTest::newRow("look-alike") << QStringLiteral("A8C123") << QString() << QList<qint64>{9, 1};
    QTest::newRow("wildcards in entry order")
        << QStringLiteral("XBC123") << QString() << QList<qint64>{3, 9};
    QTest::newRow("leading star") << QStringLiteral("Q9123") << QString() << QList<qint64>{9};
    QTest::newRow("too short for ?") << QStringLiteral("BC12") << QString() << QList<qint64>{};
    QTest::newRow("longer than a code")
        << QStringLiteral("ABCDEFGHJK1234") << QString() << QList<qint64>{5};
    QTest::newRow("look-alike of a long plate")
        << QStringLiteral("A8CDEFGHJK1234") << QString() << QList<qint64>{5};
    QTest::newRow("other characters")
        << QStringLiteral("AB-123") << QString() << QList<qint64>{6, 9};
    QTest::newRow("overdue entry") << QStringLiteral("OLD111") << QString() << QList<qint64>{};
    QTest::newRow("expired entry") << QStringLiteral("EXP222") << QString() << QList<qint64>{};
    QTest::newRow("empty read") << QString() << QString() << QList<qint64>{};
}

void TestHotListMatchIndex::chosenCases() {
    QFETCH(QString, plate);
    QFETCH(QString, state);
    QFETCH(QList<qint64>, entries);
    std::vector<HotListMatcher::Target> targets = {
        target(1, QStringLiteral("ABC123"), false, QStringLiteral("TX")),
        target(2, QStringLiteral("ABC124"), false),
        target(3, QStringLiteral("?BC123"), true),
        target(4, QStringLiteral("ABC12?4"), true),
        target(5, QStringLiteral("ABCDEFGHJK1234"), false),
        target(6, QStringLiteral("AB-123"), false),
        target(7, QStringLiteral("OLD111"), false),
        target(8, QStringLiteral("EXP222"), false),
        target(9, QStringLiteral("*123"), true),
    };
    targets[6].reviewByMs = kNowMs;
    targets[7].expiresMs = kNowMs - 1;
    const HotListMatcher matcher(targets);
    QList<qint64> ids;
    for (const auto& [id, kind] : matched(matcher, plate, state))
        ids.append(id);
    QCOMPARE(ids, entries);
    QCOMPARE(matched(matcher, plate, state), everyEntry(targets, plate, state));
}

void TestHotListMatchIndex::sameAsEveryEntry_data() {
    QTest::addColumn<quint64>("seed");
    for (quint64 seed = 1; seed <= 8; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestHotListMatchIndex::sameAsEveryEntry() {
    QFETCH(quint64, seed);
    Random random(seed);
    // Few characters, many of them look-alikes, short plates: many
    // collisions, confusions and wildcard hits. Some characters and lengths
    // have no code.
    const QString alphabet = QStringLiteral("AB8O0DQ1IL2Z5SX");
    const auto plate = [&](int minLength, int maxLength) {
        const int length = minLength + int(random.below(quint64(maxLength - minLength + 1)));
        QString text;
        for (int i = 0; i < length; ++i)
            text += alphabet.at(qsizetype(random.below(quint64(alphabet.size()))));
        if (random.below(40) == 0)
            text[qsizetype(random.below(quint64(text.size())))] = QLatin1Char('-');
        if (random.below(60) == 0)
            text[qsizetype(random.below(quint64(text.size())))] = QChar(0x00C9); // É
        return text;
    };
    const QStringList states = {QString(), QStringLiteral("TX"), QStringLiteral("OK")};
    std::vector<HotListMatcher::Target> targets;
    for (qint64 id = 1; id <= 400; ++id) {
        const bool wildcard = random.below(5) == 0;
        QString text = plate(3, random.below(10) == 0 ? 14 : 6);
        if (wildcard) {
            const int marks = 1 + int(random.below(2));
            for (int i = 0; i < marks; ++i) {
                text[qsizetype(random.below(quint64(text.size())))] =
                    random.below(3) == 0 ? QLatin1Char('*') : QLatin1Char('?');
            }
        }
        HotListMatcher::Target t =
            target(id, text, wildcard, states.at(qsizetype(random.below(3))));
        t.possibleMatches = random.below(4) != 0;
        if (random.below(15) == 0)
            t.reviewByMs = kNowMs - 1;
        if (random.below(15) == 0)
            t.expiresMs = kNowMs + (random.below(2) == 0 ? -1 : 1);
        targets.push_back(t);
    }
    const HotListMatcher matcher(targets);
    int withMatches = 0;
    for (int i = 0; i < 20000; ++i) {
        QString read;
        if (random.below(2) == 0) {
            // An entry's plate, or one character of it changed.
            read = targets[size_t(random.below(targets.size()))].plate;
            read.replace(QLatin1Char('?'), QLatin1Char('A')).remove(QLatin1Char('*'));
            if (read.isEmpty())
                continue;
            if (random.below(2) == 0)
                read[qsizetype(random.below(quint64(read.size())))] =
                    alphabet.at(qsizetype(random.below(quint64(alphabet.size()))));
        } else {
            read = plate(1, random.below(10) == 0 ? 15 : 7);
        }
        const QString state = states.at(qsizetype(random.below(3)));
        const auto expected = everyEntry(targets, read, state);
        withMatches += !expected.isEmpty();
        const auto actual = matched(matcher, read, state);
        if (actual != expected)
            QFAIL(qPrintable(QStringLiteral("read %1 (%2): matched %3, expected %4")
                                 .arg(read, state, describe(actual), describe(expected))));
    }
    // The comparison meant something.
    QVERIFY(withMatches > 1000);
}

void TestHotListMatchIndex::clockIsReadOnlyForCandidates() {
    std::vector<HotListMatcher::Target> targets = {
        target(1, QStringLiteral("ABC123"), false),
        target(2, QStringLiteral("XY?789"), true),
        target(3, QStringLiteral("OLD111"), false),
    };
    targets[2].reviewByMs = kNowMs;
    const HotListMatcher matcher(targets);
    CountingClock clock;
    QList<HotListMatcher::Match> matches;
    QDateTime now;
    // Nothing could match: the clock is left alone.
    matcher.match(QStringLiteral("KLM456"), QString(), clock, now, matches);
    QCOMPARE(clock.reads, 0);
    QVERIFY(!now.isValid());
    QVERIFY(matches.isEmpty());
    // An entry matches: the clock is read once, and that time judged by.
    matcher.match(QStringLiteral("ABC123"), QString(), clock, now, matches);
    QCOMPARE(clock.reads, 1);
    QCOMPARE(now.toMSecsSinceEpoch(), kNowMs);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().target->entryId, 1);
    now = QDateTime();
    matcher.match(QStringLiteral("XYZ789"), QString(), clock, now, matches);
    QCOMPARE(clock.reads, 2);
    QCOMPARE(matches.size(), 1);
    // The plate matches, but the entry is overdue: the time was needed to
    // tell, and nothing is returned.
    now = QDateTime();
    matcher.match(QStringLiteral("OLD111"), QString(), clock, now, matches);
    QCOMPARE(clock.reads, 3);
    QVERIFY(now.isValid());
    QVERIFY(matches.isEmpty());
}

QTEST_GUILESS_MAIN(TestHotListMatchIndex)
#include "tst_hotlistmatchindex.moc"
