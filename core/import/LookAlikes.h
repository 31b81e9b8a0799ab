#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <utility>

namespace pl::core {

// Plates of one import that share an OCR match key with another plate, to
// report look-alikes. Per key it keeps only a hash of the first plate seen
// (no strings, so it costs little per row); keys that turn out to have a
// second plate keep their plates. Bounded: a report aid, not a guarantee.
class LookAlikes {
public:
    void add(const QString& matchKey, const QString& plate);
    // Groups of two or more plates, each sorted, at most 1,000.
    QList<QStringList> groups() const;

private:
    static constexpr size_t maxKeys = 500000;
    std::unordered_map<size_t, std::pair<size_t, QString>> m_first;
    QHash<QString, QStringList> m_groups;
};

} // namespace pl::core
