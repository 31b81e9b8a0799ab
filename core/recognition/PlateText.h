#pragma once

#include "core/recognition/PlateTypes.h"

#include <QChar>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace pl::core {

// What a plate's text may be, from what the OCR read at each position.
class PlateText {
public:
    using Choices = std::vector<std::vector<std::pair<QChar, float>>>; // per position, best first

    // Uppercase A-Z and 0-9 only.
    static QString normalize(const QString& text);
    // The character an OCR engine most often confuses with c (O/0, I/1, B/8,
    // S/5, Z/2, G/6, D/0), or a null QChar.
    static QChar confusedWith(QChar c);
    // Candidate strings, best first: the best choice at every position, then
    // other readings where the OCR itself offered an alternative, then
    // swaps of the usual look-alike characters, each ranked by the
    // confidences involved. Only positions that were read are used: nothing
    // is added or dropped. confidence is the mean of the per-character ones.
    static QList<PlateCandidate> expand(const Choices& choices, int maxCandidates);
    // How likely c is on a US plate against its look-alike, 0..1: I, O and
    // Q are left out of most states' serials (they read as 1 and 0), so
    // where the glyph could be either the digit is the better guess.
    static double characterPrior(QChar c);
    // How plausible text is as a US plate by its length, 0..1.
    static double plausibility(const QString& text);
};

} // namespace pl::core
