#pragma once

#include <opencv2/core.hpp>
#include <vector>

namespace pl::core {

// Finds the row of characters on a plate image: binarizes it a few ways (dark
// text on a light plate and the reverse), keeps connected components shaped
// like characters, and groups those of one height along one line. The state
// name, slogans, stickers and frame differ in size or position and fall away.
// Characters one binarization loses (touching the frame, broken) are taken
// from another that found the same row.
class CharacterSegmenter {
public:
    struct Row {
        cv::Mat binary;              // characters white on black, the size of the input
        std::vector<cv::Rect> chars; // left to right
        std::vector<cv::Mat> glyphs; // each character, white on black, from its binarization
        // Characters found only by looking again in the row's band (in the
        // gaps or beyond its ends): artwork is more likely among them.
        std::vector<cv::Rect> tentative;
        double charHeight = 0;
        double score = 0; // how much it looks like a plate's characters
        bool darkText = true;
    };

    // What the image holds: a cropped plate, out to whose edges characters
    // the row lost are looked for; or a region cut from a photo around a row
    // of characters, whose edges may be the car's.
    enum class Extent { Plate, Region };

    // image: the plate region, 8-bit gray, BGR or BGRA, 60-200 px high; in
    // colour, also told apart from coloured artwork by colour (for an image
    // that is the plate: a global threshold of a region with the car around
    // it takes the car in). Rows best first.
    static std::vector<Row> segment(const cv::Mat& image, int maxRows = 3,
                                    Extent extent = Extent::Region);
};

} // namespace pl::core
