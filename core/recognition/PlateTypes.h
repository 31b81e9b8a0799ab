#pragma once

#include <QList>
#include <QPointF>
#include <QRect>
#include <QString>

#include <array>

namespace pl::core {

// One reading of a plate's characters.
struct PlateCandidate {
    QString text;                 // A-Z and 0-9 only
    double confidence = 0;        // 0..100
    QList<float> charConfidences; // one per character, 0..100
};

// A plate found in an image: where, and what it may say, best first.
struct PlateResult {
    QRect box;                        // in image pixels
    std::array<QPointF, 4> corners{}; // top-left, top-right, bottom-right, bottom-left
    QList<PlateCandidate> candidates; // best first, at most the reader's limit
    double detectionScore = 0;        // how plate-like the region looked, 0..1

    const PlateCandidate* best() const {
        return candidates.isEmpty() ? nullptr : &candidates.first();
    }
};

} // namespace pl::core
