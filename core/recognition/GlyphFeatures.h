#pragma once

#include <opencv2/core.hpp>

namespace pl::core {

// The features of one character image, as the character classifier is
// trained on and applied to: the glyph (white on black, cropped to its ink)
// fitted into a fixed box, described by HOG, plus its aspect ratio. Used by
// the build's training program and at run time alike.
namespace GlyphFeatures {

// The characters told apart, in the classifier's output order.
constexpr const char* classes = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr int boxWidth = 20;
constexpr int boxHeight = 32;

// One row of CV_32F.
cv::Mat describe(const cv::Mat& glyph);
int size();

} // namespace GlyphFeatures

} // namespace pl::core
