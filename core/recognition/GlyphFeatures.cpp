#include "core/recognition/GlyphFeatures.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

namespace pl::core::GlyphFeatures {

namespace {
const cv::HOGDescriptor& hog() {
    static const cv::HOGDescriptor descriptor(cv::Size(boxWidth, boxHeight), cv::Size(10, 16),
                                              cv::Size(5, 8), cv::Size(5, 8), 9);
    return descriptor;
}
} // namespace

int size() {
    return static_cast<int>(hog().getDescriptorSize()) + 1;
}

cv::Mat describe(const cv::Mat& glyph) {
    cv::Mat box(boxHeight, boxWidth, CV_8U, cv::Scalar(0));
    double aspect = 0;
    if (!glyph.empty() && glyph.rows > 0) {
        aspect = static_cast<double>(glyph.cols) / glyph.rows;
        // Fit the glyph's height to the box (narrow glyphs stay narrow and
        // centred; wide ones are squeezed to the width).
        const int height = boxHeight - 4;
        const int width = std::clamp(static_cast<int>(aspect * height + 0.5), 1, boxWidth - 2);
        cv::Mat scaled;
        cv::resize(glyph, scaled, cv::Size(width, height), 0, 0, cv::INTER_AREA);
        scaled.copyTo(box(cv::Rect((boxWidth - width) / 2, 2, width, height)));
    }
    std::vector<float> values;
    hog().compute(box, values);
    values.push_back(static_cast<float>(std::min(2.0, aspect)));
    return cv::Mat(values, true).reshape(1, 1);
}

} // namespace pl::core::GlyphFeatures
