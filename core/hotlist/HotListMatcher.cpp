#include "core/hotlist/HotListMatcher.h"

#include "core/common/TimeFormat.h"
#include "core/import/PlateNormalizer.h"
#include "core/store/Database.h"

namespace pl::core {

HotListMatcher::HotListMatcher(std::vector<Target> targets)
    : m_targets(std::move(targets)) {
    for (int i = 0; i < static_cast<int>(m_targets.size()); ++i) {
        const Target& target = m_targets[static_cast<size_t>(i)];
        if (target.wildcard) {
            m_wildcards.append(i);
            continue;
        }
        m_exact[target.plate].append(i);
        if (target.possibleMatches)
            m_confusable[PlateNormalizer::matchKey(target.plate)].append(i);
    }
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

bool HotListMatcher::alerts(const Target& target, QStringView state, qint64 nowMs) const {
    if (target.reviewByMs <= nowMs)
        return false;
    if (target.expiresMs != 0 && target.expiresMs <= nowMs)
        return false;
    return state.isEmpty() || target.state.isEmpty() || state == target.state;
}

void HotListMatcher::match(QStringView plate, QStringView state, qint64 nowMs,
                           QList<Match>& out) const {
    out.clear();
    if (m_targets.empty() || plate.isEmpty())
        return;
    const auto add = [&](int index, HotListAlert::Kind kind) {
        const Target& target = m_targets[static_cast<size_t>(index)];
        if (!alerts(target, state, nowMs))
            return;
        for (const Match& already : out) {
            if (already.target == &target)
                return;
        }
        out.append({&target, kind});
    };
    const QString key = plate.toString();
    if (const auto exact = m_exact.constFind(key); exact != m_exact.constEnd()) {
        for (int index : exact.value())
            add(index, HotListAlert::Kind::Hit);
    }
    for (int index : m_wildcards) {
        if (globMatches(m_targets[static_cast<size_t>(index)].plate, plate))
            add(index, HotListAlert::Kind::Hit);
    }
    if (m_confusable.isEmpty())
        return;
    const auto confusable = m_confusable.constFind(PlateNormalizer::matchKey(plate));
    if (confusable == m_confusable.constEnd())
        return;
    for (int index : confusable.value()) {
        if (oneConfusionApart(m_targets[static_cast<size_t>(index)].plate, plate))
            add(index, HotListAlert::Kind::Possible);
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
