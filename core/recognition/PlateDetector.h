#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace pl::core {

// Finds regions of a photo that may hold a plate: rows of 4-9 blobs of one
// height and regular spacing (a plate's characters), found in binarized
// versions of the photo at the scale given. Cheap enough to run on every
// frame; the reader then decides.
class PlateDetector {
public:
    struct Region {
        cv::Rect box;                     // the plate around the row, in the input's pixels
        cv::Rect row;                     // the row's characters, in the input's pixels
        double score = 0;                 // 0..1
        std::vector<cv::Point2f> corners; // the row's slope applied to box
    };

    // gray: the whole photo, 8-bit. At most maxRegions, best first.
    static std::vector<Region> detect(const cv::Mat& gray, int maxRegions = 6);
};

} // namespace pl::core
