#pragma once

#include "core/common/Result.h"

#include <QChar>

#include <memory>
#include <opencv2/core.hpp>
#include <utility>
#include <vector>

namespace pl::core {

class GlyphNet;

// Classifies one character image as A-Z or 0-9 with a small convolutional
// network (GlyphNet) that the build trains on synthetic characters (rendered
// from Debian's fonts and distorted the way plates are: see
// training/train_chars.cpp). The trained model is built into the program.
class CharClassifier {
public:
    static QString classes(); // the characters, in the model's output order

    // The model built into the program.
    static Result<std::unique_ptr<CharClassifier>> builtIn();
    // A model file written by the training program.
    static Result<std::unique_ptr<CharClassifier>> fromFile(const QString& path);
    ~CharClassifier();

    // glyph: white on black, cropped to the character. The k likeliest
    // characters with a confidence 0..100, best first. notCharacter, where
    // given, gets how likely the glyph is no character at all (an emblem or
    // a picture), 0..100 (0 with a model that does not tell).
    std::vector<std::pair<QChar, float>> classify(const cv::Mat& glyph, int k = 4,
                                                  float* notCharacter = nullptr) const;

private:
    explicit CharClassifier(GlyphNet net);
    std::unique_ptr<GlyphNet> m_net;
};

} // namespace pl::core
