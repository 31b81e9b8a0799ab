#include "core/recognition/PlateText.h"

#include <algorithm>
#include <set>

namespace pl::core {

QString PlateText::normalize(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const QChar upper = c.toUpper();
        if ((upper >= QLatin1Char('A') && upper <= QLatin1Char('Z')) ||
            (upper >= QLatin1Char('0') && upper <= QLatin1Char('9')))
            out.append(upper);
    }
    return out;
}

QChar PlateText::confusedWith(QChar c) {
    switch (c.unicode()) {
    case 'O':
        return QLatin1Char('0');
    case '0':
        return QLatin1Char('O');
    case 'D':
        return QLatin1Char('0');
    case 'Q':
        return QLatin1Char('0');
    case 'I':
        return QLatin1Char('1');
    case '1':
        return QLatin1Char('I');
    case 'B':
        return QLatin1Char('8');
    case '8':
        return QLatin1Char('B');
    case 'S':
        return QLatin1Char('5');
    case '5':
        return QLatin1Char('S');
    case 'Z':
        return QLatin1Char('2');
    case '2':
        return QLatin1Char('Z');
    case 'G':
        return QLatin1Char('6');
    case '6':
        return QLatin1Char('G');
    default:
        return {};
    }
}

double PlateText::characterPrior(QChar c) {
    switch (c.unicode()) {
    case 'I':
    case 'O':
        return 0.3;
    case 'Q':
        return 0.5;
    default:
        return 1.0;
    }
}

double PlateText::plausibility(const QString& text) {
    const qsizetype n = text.size();
    if (n == 0)
        return 0;
    // Most serials have 6 or 7 characters, some 5 or 8 (0.9: a reading that
    // lost a character to artwork or the frame ranks below the whole one).
    return n == 6 || n == 7     ? 1.0
           : n == 5 || n == 8   ? 0.9
           : (n == 4 || n == 3) ? 0.7
           : n == 2             ? 0.4
                                : 0.3;
}

QList<PlateCandidate> PlateText::expand(const Choices& choices, int maxCandidates) {
    QList<PlateCandidate> out;
    if (choices.empty())
        return out;
    // A variant: a substitution at some positions, scored by the summed
    // confidence it loses against the best reading.
    struct Variant {
        std::vector<std::pair<size_t, std::pair<QChar, float>>> swaps;
        double loss = 0;
    };
    std::vector<Variant> singles;
    for (size_t i = 0; i < choices.size(); ++i) {
        const auto& position = choices[i];
        if (position.empty())
            continue;
        const float best = position.front().second;
        std::set<QChar> offered;
        for (size_t k = 1; k < position.size(); ++k) {
            offered.insert(position[k].first);
            singles.push_back({{{i, position[k]}}, std::max(0.0f, best - position[k].second)});
        }
        const QChar twin = confusedWith(position.front().first);
        if (!twin.isNull() && !offered.count(twin)) {
            // Not offered by the OCR: ranked below what it offered.
            const float conf = std::max(0.0f, best - 35.0f);
            singles.push_back({{{i, {twin, conf}}}, 35.0 + (100.0 - best) * 0.1});
        }
    }
    std::sort(singles.begin(), singles.end(),
              [](const Variant& a, const Variant& b) { return a.loss < b.loss; });
    std::vector<Variant> variants;
    variants.push_back({});
    for (size_t i = 0; i < singles.size() && i < 24; ++i)
        variants.push_back(singles[i]);
    // Pairs of the cheapest singles at different positions.
    for (size_t a = 0; a < singles.size() && a < 6; ++a) {
        for (size_t b = a + 1; b < singles.size() && b < 6; ++b) {
            if (singles[a].swaps[0].first == singles[b].swaps[0].first)
                continue;
            Variant pair;
            pair.swaps = {singles[a].swaps[0], singles[b].swaps[0]};
            pair.loss = singles[a].loss + singles[b].loss;
            variants.push_back(pair);
        }
    }
    std::stable_sort(variants.begin(), variants.end(),
                     [](const Variant& a, const Variant& b) { return a.loss < b.loss; });
    std::set<QString> seen;
    for (const Variant& variant : variants) {
        PlateCandidate candidate;
        double sum = 0;
        for (size_t i = 0; i < choices.size(); ++i) {
            if (choices[i].empty())
                continue;
            std::pair<QChar, float> pick = choices[i].front();
            for (const auto& swap : variant.swaps) {
                if (swap.first == i)
                    pick = swap.second;
            }
            candidate.text.append(pick.first);
            candidate.charConfidences.append(pick.second);
            sum += pick.second;
        }
        if (candidate.text.isEmpty() || !seen.insert(candidate.text).second)
            continue;
        candidate.confidence = sum / candidate.text.size() * plausibility(candidate.text);
        out.append(candidate);
        if (out.size() >= maxCandidates)
            break;
    }
    return out;
}

} // namespace pl::core
