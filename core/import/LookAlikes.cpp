#include "core/import/LookAlikes.h"

#include <algorithm>

namespace pl::core {

void LookAlikes::add(const QString& matchKey, const QString& plate) {
    const size_t key = qHash(matchKey, 0x5eed);
    const size_t plateHash = qHash(plate, 0xb1a7);
    auto first = m_first.find(key);
    if (first == m_first.end()) {
        if (m_first.size() < maxKeys)
            m_first.emplace(key, std::make_pair(plateHash, plate.size() <= 16 ? plate : QString()));
        return;
    }
    if (first->second.first == plateHash)
        return;
    QStringList& group = m_groups[matchKey];
    if (group.isEmpty() && !first->second.second.isEmpty())
        group.append(first->second.second);
    if (!group.contains(plate) && group.size() < 20)
        group.append(plate);
}

QList<QStringList> LookAlikes::groups() const {
    QList<QStringList> out;
    for (auto it = m_groups.cbegin(); it != m_groups.cend() && out.size() < 1000; ++it) {
        QStringList plates = it.value();
        if (plates.size() < 2)
            continue;
        plates.sort();
        out.append(plates);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace pl::core
