#pragma once

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace pl::core {

// image scaled to height, its width in proportion (at least 1): shrunk by
// pixel area, enlarged by enlarge (an OpenCV interpolation). Empty stays
// empty.
inline cv::Mat scaledToHeight(const cv::Mat& image, int height, int enlarge = cv::INTER_CUBIC) {
    if (image.empty())
        return {};
    const double scale = static_cast<double>(height) / image.rows;
    cv::Mat scaled;
    cv::resize(image, scaled, cv::Size(std::max(1, static_cast<int>(image.cols * scale)), height),
               0, 0, scale < 1 ? cv::INTER_AREA : enlarge);
    return scaled;
}

} // namespace pl::core
