#pragma once

#include "core/common/Result.h"
#include "core/recognition/PlateTypes.h"

#include <memory>
#include <opencv2/core.hpp>

namespace pl::core {

class PlateReader;

// The recognition engine: finds plates in a photo or frame and reads them.
// Not thread-safe: one per thread (each holds its own OCR engine).
class PlateRecognizer {
public:
    struct Options {
        int maxCandidates = 10; // per plate
        int maxRegions = 12;    // regions of a photo read at most
        QString tessdataDir;    // empty: Tesseract's default
        QString characterModel; // empty: the built-in classifier
    };

    static Result<std::unique_ptr<PlateRecognizer>> create(const Options& options);
    ~PlateRecognizer();
    PlateRecognizer(const PlateRecognizer&) = delete;
    PlateRecognizer& operator=(const PlateRecognizer&) = delete;

    // Plates in a whole photo (BGR or gray), most likely first.
    QList<PlateResult> recognize(const cv::Mat& image);
    // An image that is one plate already (a crop).
    QList<PlateResult> recognizePlate(const cv::Mat& image);

private:
    PlateRecognizer(const Options& options, std::unique_ptr<PlateReader> reader);

    Options m_options;
    std::unique_ptr<PlateReader> m_reader;
};

} // namespace pl::core
