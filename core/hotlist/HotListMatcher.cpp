#include "core/hotlist/HotListMatcher.h"

#include "core/common/Clock.h"
#include "core/common/TimeFormat.h"
#include "core/import/PlateNormalizer.h"
#include "core/store/Database.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace pl::core {

namespace {

// 1-10 for 0-9, 11-36 for A-Z, 0 for any other character.
constexpr std::array<quint8, 128> kCodeDigits = [] {
    std::array<quint8, 128> digits{};
    for (int c = '0'; c <= '9'; ++c)
        digits[static_cast<size_t>(c)] = static_cast<quint8>(c - '0' + 1);
    for (int c = 'A'; c <= 'Z'; ++c)
        digits[static_cast<size_t>(c)] = static_cast<quint8>(c - 'A' + 11);
    return digits;
}();
constexpr qsizetype kMaxCodeLength = 12; // 37^12 < 2^64
constexpr int kFilterBits = 18;          // 2^18 bits: 32 KiB

size_t filterBit(quint64 keyCode) {
    return static_cast<size_t>((keyCode * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits));
}

// What PlateNormalizer::matchKey makes of each character (it maps character
// by character), so that a read's key is coded without building it.
const std::array<char16_t, 128>& matchKeyChars() {
    static const std::array<char16_t, 128> chars = [] {
        std::array<char16_t, 128> out{};
        for (char16_t c = 0; c < out.size(); ++c) {
            const QChar one(c);
            const QString key = PlateNormalizer::matchKey(QStringView(&one, 1));
            out[c] = key.size() == 1 ? key.front().unicode() : c;
        }
        return out;
    }();
    return chars;
}

} // namespace

quint64 HotListMatcher::plateCode(QStringView plate) {
    if (plate.isEmpty() || plate.size() > kMaxCodeLength)
        return 0;
    quint64 code = 0;
    for (qsizetype i = plate.size() - 1; i >= 0; --i) {
        const char16_t c = plate[i].unicode();
        const quint8 digit = c < kCodeDigits.size() ? kCodeDigits[c] : 0;
        if (digit == 0)
            return 0;
        code = code * 37 + digit;
    }
    return code;
}

void HotListMatcher::fileWildcard(int index, Buckets& fromStart, Buckets& fromEnd,
                                  std::vector<Wildcard>& floating) {
    const QString& pattern = m_targets[static_cast<size_t>(index)].plate;
    Wildcard wildcard;
    wildcard.target = index;
    for (QChar c : pattern) {
        if (c == QLatin1Char('*'))
            wildcard.maxLength = -1;
        else
            ++wildcard.minLength;
    }
    if (wildcard.maxLength == 0)
        wildcard.maxLength = wildcard.minLength;
    wildcard.patternAt = static_cast<quint32>(m_patterns.size());
    wildcard.patternSize = static_cast<quint32>(pattern.size());
    m_patterns.insert(m_patterns.end(), pattern.utf16(), pattern.utf16() + pattern.size());
    m_hasWildcards = true;
    const auto fixed = [](QChar c) {
        return c != QLatin1Char('?') && c != QLatin1Char('*') && c.unicode() < 128;
    };
    const auto place = [&wildcard](Buckets& buckets, qsizetype& distances, qsizetype distance,
                                   QChar c) {
        const size_t slot = static_cast<size_t>(distance) * 128 + c.unicode();
        if (buckets.size() <= slot)
            buckets.resize((static_cast<size_t>(distance) + 1) * 128);
        buckets[slot].push_back(wildcard);
        distances = std::max(distances, distance + 1);
    };
    // Every character before the first '*' takes exactly one of the plate's.
    for (qsizetype i = 0; i < pattern.size() && pattern[i] != QLatin1Char('*'); ++i) {
        if (fixed(pattern[i])) {
            place(fromStart, m_startDistances, i, pattern[i]);
            return;
        }
    }
    // And every character after the last '*', counted from the end.
    for (qsizetype i = pattern.size() - 1; i >= 0 && pattern[i] != QLatin1Char('*'); --i) {
        if (fixed(pattern[i])) {
            place(fromEnd, m_endDistances, pattern.size() - 1 - i, pattern[i]);
            return;
        }
    }
    floating.push_back(wildcard);
}

void HotListMatcher::layOutWildcards(const Buckets& fromStart, const Buckets& fromEnd,
                                     const std::vector<Wildcard>& floating) {
    const auto layOut = [this](const Buckets& buckets, std::vector<quint32>& offsets) {
        offsets.clear();
        for (const std::vector<Wildcard>& bucket : buckets) {
            offsets.push_back(static_cast<quint32>(m_wildcards.size()));
            m_wildcards.insert(m_wildcards.end(), bucket.begin(), bucket.end());
        }
        offsets.push_back(static_cast<quint32>(m_wildcards.size()));
    };
    layOut(fromStart, m_startBuckets);
    layOut(fromEnd, m_endBuckets);
    m_floatingAt = m_wildcards.size();
    m_wildcards.insert(m_wildcards.end(), floating.begin(), floating.end());
}

HotListMatcher::HotListMatcher(std::vector<Target> targets)
    : m_targets(std::move(targets)) {
    Buckets fromStart;
    Buckets fromEnd;
    std::vector<Wildcard> floating;
    for (int i = 0; i < static_cast<int>(m_targets.size()); ++i) {
        const Target& target = m_targets[static_cast<size_t>(i)];
        if (target.wildcard) {
            fileWildcard(i, fromStart, fromEnd, floating);
            continue;
        }
        const QString key = PlateNormalizer::matchKey(target.plate);
        if (const quint64 code = plateCode(target.plate)) {
            m_exact[code].append(i);
            // A plate and its match key have a code alike.
            const quint64 keyCode = plateCode(key);
            if (m_filter.empty())
                m_filter.resize((size_t(1) << kFilterBits) / 64);
            const size_t bit = filterBit(keyCode);
            m_filter[bit / 64] |= quint64(1) << (bit % 64);
            if (target.possibleMatches)
                m_confusable[keyCode].append(i);
        } else {
            m_exactOther[target.plate].append(i);
            if (target.possibleMatches)
                m_confusableOther[key].append(i);
        }
    }
    layOutWildcards(fromStart, fromEnd, floating);
}

Result<HotListMatcher> HotListMatcher::load(Database& db) {
    auto stmt =
        db.prepare("SELECT id, owner_id, plate, COALESCE(state, ''), wildcard, "
                   "possible_matches, review_by_utc, expires_utc, case_number FROM hotlist_entries "
                   "WHERE active = 1 AND removed_utc IS NULL");
    if (!stmt)
        return stmt.error();
    std::vector<Target> targets;
    while (true) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const Statement& s = stmt.value();
        Target target;
        target.entryId = s.integer(0);
        target.ownerId = s.integer(1);
        target.plate = s.text(2);
        target.state = s.text(3);
        target.wildcard = s.integer(4) != 0;
        target.possibleMatches = s.integer(5) != 0;
        target.reviewByMs = TimeFormat::fromStorage(s.text(6)).toMSecsSinceEpoch();
        target.expiresMs = s.isNull(7) ? 0 : TimeFormat::fromStorage(s.text(7)).toMSecsSinceEpoch();
        target.caseNumber = s.text(8);
        targets.push_back(std::move(target));
    }
    return HotListMatcher(std::move(targets));
}

qint64 HotListMatcher::Now::ms() {
    if (!m_known) {
        *m_utc = m_clock->nowUtc();
        m_ms = m_utc->toMSecsSinceEpoch();
        m_known = true;
    }
    return m_ms;
}

bool HotListMatcher::mayHold(quint64 keyCode) const {
    if (m_filter.empty())
        return false;
    const size_t bit = filterBit(keyCode);
    return (m_filter[bit / 64] >> (bit % 64)) & 1;
}

bool HotListMatcher::alerts(const Target& target, QStringView state, Now& now) const {
    const qint64 nowMs = now.ms();
    if (target.reviewByMs <= nowMs)
        return false;
    if (target.expiresMs != 0 && target.expiresMs <= nowMs)
        return false;
    return state.isEmpty() || target.state.isEmpty() || state == target.state;
}

void HotListMatcher::match(QStringView plate, QStringView state, qint64 nowMs,
                           QList<Match>& out) const {
    Now now(nowMs);
    matchAt(plate, state, now, out);
}

void HotListMatcher::match(QStringView plate, QStringView state, const Clock& clock,
                           QDateTime& nowUtc, QList<Match>& out) const {
    Now now(clock, nowUtc);
    matchAt(plate, state, now, out);
}

void HotListMatcher::matchAt(QStringView plate, QStringView state, Now& now,
                             QList<Match>& out) const {
    out.clear();
    if (m_targets.empty() || plate.isEmpty())
        return;
    const auto add = [&](int index, HotListAlert::Kind kind) {
        const Target& target = m_targets[static_cast<size_t>(index)];
        if (!alerts(target, state, now))
            return;
        for (const Match& already : out) {
            if (already.target == &target)
                return;
        }
        out.append({&target, kind});
    };
    // The codes of the plate and of its match key, in one pass.
    quint64 code = 0;
    quint64 keyCode = 0;
    if (plate.size() <= kMaxCodeLength) {
        const std::array<char16_t, 128>& keyChars = matchKeyChars();
        for (qsizetype i = plate.size() - 1; i >= 0; --i) {
            const char16_t c = plate[i].unicode();
            const quint8 digit = c < kCodeDigits.size() ? kCodeDigits[c] : 0;
            if (digit == 0) {
                code = keyCode = 0;
                break;
            }
            code = code * 37 + digit;
            keyCode = keyCode * 37 + kCodeDigits[keyChars[c]];
        }
    }
    // A hit on a plate, or a possible match, shares the read's match key:
    // when the filter has not seen the key, neither hash can hold anything.
    const bool keySeen = code != 0 && mayHold(keyCode);
    const QList<int>* exact = nullptr;
    if (keySeen) {
        const auto found = m_exact.constFind(code);
        exact = found == m_exact.constEnd() ? nullptr : &found.value();
    } else if (code == 0 && !m_exactOther.isEmpty()) {
        const auto found = m_exactOther.constFind(plate.toString());
        exact = found == m_exactOther.constEnd() ? nullptr : &found.value();
    }
    if (exact) {
        for (int index : *exact)
            add(index, HotListAlert::Kind::Hit);
    }
    if (m_hasWildcards)
        addWildcardHits(plate, state, now, out);
    const QList<int>* confusable = nullptr;
    if (keySeen) {
        const auto found = m_confusable.constFind(keyCode);
        confusable = found == m_confusable.constEnd() ? nullptr : &found.value();
    } else if (code == 0 && !m_confusableOther.isEmpty()) {
        const auto found = m_confusableOther.constFind(PlateNormalizer::matchKey(plate));
        confusable = found == m_confusableOther.constEnd() ? nullptr : &found.value();
    }
    if (!confusable)
        return;
    for (int index : *confusable) {
        if (oneConfusionApart(m_targets[static_cast<size_t>(index)].plate, plate))
            add(index, HotListAlert::Kind::Possible);
    }
}

void HotListMatcher::addWildcardHits(QStringView plate, QStringView state, Now& now,
                                     QList<Match>& out) const {
    // The patterns that fix, where the read has it, the character it has.
    QVarLengthArray<const Wildcard*, 32> candidates;
    const auto collect = [&](const std::vector<quint32>& buckets, qsizetype distances,
                             bool fromEnd) {
        const qsizetype reach = std::min(distances, plate.size());
        for (qsizetype d = 0; d < reach; ++d) {
            const char16_t c = plate[fromEnd ? plate.size() - 1 - d : d].unicode();
            if (c >= 128)
                continue;
            const size_t slot = static_cast<size_t>(d) * 128 + c;
            for (quint32 i = buckets[slot]; i < buckets[slot + 1]; ++i)
                candidates.append(&m_wildcards[i]);
        }
    };
    collect(m_startBuckets, m_startDistances, false);
    collect(m_endBuckets, m_endDistances, true);
    for (size_t i = m_floatingAt; i < m_wildcards.size(); ++i)
        candidates.append(&m_wildcards[i]);
    // Hits in target order, as trying every entry in turn would give them.
    std::sort(candidates.begin(), candidates.end(),
              [](const Wildcard* a, const Wildcard* b) { return a->target < b->target; });
    const qsizetype length = plate.size();
    for (const Wildcard* wildcard : candidates) {
        if (length < wildcard->minLength ||
            (wildcard->maxLength >= 0 && length > wildcard->maxLength))
            continue;
        const QStringView pattern(m_patterns.data() + wildcard->patternAt,
                                  static_cast<qsizetype>(wildcard->patternSize));
        if (!globMatches(pattern, plate))
            continue;
        const Target& target = m_targets[static_cast<size_t>(wildcard->target)];
        if (!alerts(target, state, now))
            continue;
        bool seen = false;
        for (const Match& already : out)
            seen = seen || already.target == &target;
        if (!seen)
            out.append({&target, HotListAlert::Kind::Hit});
    }
}

bool HotListMatcher::globMatches(QStringView pattern, QStringView plate) {
    // Greedy with one back-tracking point: the last '*' seen.
    qsizetype p = 0, s = 0, star = -1, resume = 0;
    while (s < plate.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == plate[s])) {
            ++p;
            ++s;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            resume = s;
        } else if (star >= 0) {
            p = star + 1;
            s = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool HotListMatcher::oneConfusionApart(QStringView a, QStringView b) {
    if (a.size() != b.size())
        return false;
    int differences = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] == b[i])
            continue;
        if (++differences > 1)
            return false;
        const QChar pair[2] = {a[i], b[i]};
        if (PlateNormalizer::matchKey(QStringView(pair, 1)) !=
            PlateNormalizer::matchKey(QStringView(pair + 1, 1)))
            return false;
    }
    return differences == 1;
}

} // namespace pl::core
