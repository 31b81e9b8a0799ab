#pragma once

#include "core/common/Result.h"
#include "core/recognition/CharacterSegmenter.h"
#include "core/recognition/PlateTypes.h"

#include <memory>
#include <opencv2/core.hpp>
#include <vector>

namespace tesseract {
class TessBaseAPI;
} // namespace tesseract

namespace pl::core {

// Reads the characters of one plate region. The characters are found first
// (CharacterSegmenter) and each is read twice: by the character classifier
// trained on synthetic plate characters (CharClassifier), and by Tesseract's
// LSTM engine, which reads them cut out and set on a clean white line
// (single-line mode, A-Z and 0-9 only). Where both read the same number of
// characters their per-character choices are combined; the alternatives give
// further candidates. One reader per thread.
class CharClassifier;

class PlateReader {
public:
    struct Options {
        int maxCandidates = 10;
        QString tessdataDir;    // empty: Tesseract's own default
        QString characterModel; // a classifier file; empty: the built-in one
    };

    static Result<std::unique_ptr<PlateReader>> create(const Options& options);
    ~PlateReader();
    PlateReader(const PlateReader&) = delete;
    PlateReader& operator=(const PlateReader&) = delete;

    struct Reading {
        QList<PlateCandidate> candidates; // best first
        double rowScore = 0;              // from the segmenter, 0..1
        // Whether the OCR found as many characters in the best candidate's
        // row as the segmenter cut out.
        bool countsAgree = true;
    };

    // image: the plate region, 8-bit gray, BGR or BGRA. Nothing found: no
    // candidates.
    // height: the height the region is scaled to before it is cut into
    // characters. extent: whether the image is a whole plate.
    Reading read(const cv::Mat& image, int height = 100,
                 CharacterSegmenter::Extent extent = CharacterSegmenter::Extent::Region);

private:
    struct Symbol {
        std::vector<std::pair<QChar, float>> choices; // best first
    };
    // Tesseract's characters in an image, with its alternatives.
    std::vector<Symbol> readSymbols(const cv::Mat& image);

    PlateReader(const Options& options, std::unique_ptr<tesseract::TessBaseAPI> api,
                std::unique_ptr<CharClassifier> classifier);

    Options m_options;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<CharClassifier> m_classifier;
};

} // namespace pl::core
