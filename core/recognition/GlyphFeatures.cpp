#include "core/recognition/GlyphFeatures.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace pl::core::GlyphFeatures {

cv::Mat fit(const cv::Mat& glyph) {
    cv::Mat box(boxHeight, boxWidth, CV_8U, cv::Scalar(0));
    if (glyph.empty())
        return box;
    const double ratio = static_cast<double>(glyph.cols) / glyph.rows;
    const int height = boxHeight - 4;
    const int width = std::clamp(static_cast<int>(ratio * height + 0.5), 1, boxWidth - 2);
    cv::Mat scaled;
    cv::resize(glyph, scaled, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    scaled.copyTo(box(cv::Rect((boxWidth - width) / 2, 2, width, height)));
    return box;
}

float aspect(const cv::Mat& glyph) {
    if (glyph.empty())
        return 0;
    return static_cast<float>(std::min(2.0, static_cast<double>(glyph.cols) / glyph.rows));
}

} // namespace pl::core::GlyphFeatures
