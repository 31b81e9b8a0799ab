#pragma once

#include <opencv2/core.hpp>

namespace pl::core {

// What the character classifier sees of one character image, as it is
// trained and applied: the glyph (white on black, cropped to its ink) fitted
// into a fixed box, and its aspect ratio. Used by the build's training
// program and at run time alike.
namespace GlyphFeatures {

// The characters told apart, in the classifier's output order.
constexpr const char* classes = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr int boxWidth = 20;
constexpr int boxHeight = 32;

// The glyph fitted into the box: its height to the box's (less a margin),
// narrow glyphs kept narrow and centred, wide ones squeezed to the width.
// CV_8U, boxHeight x boxWidth.
cv::Mat fit(const cv::Mat& glyph);
// Width over height, at most 2.
float aspect(const cv::Mat& glyph);

} // namespace GlyphFeatures

} // namespace pl::core
