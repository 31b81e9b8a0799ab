#pragma once

#include "core/recognition/GlyphFeatures.h"

#include <opencv2/core.hpp>
#include <vector>

namespace pl::core {

// A small convolutional network that tells characters apart: the glyph
// fitted into GlyphFeatures' box (one channel, 0..1) through two 3x3
// convolutions, each followed by ReLU and 2x2 max pooling, then one hidden
// layer that also sees the glyph's aspect ratio, and one output per class
// (logits). The build's training program learns the parameters; the reader
// only runs the network forward. Plain C++, so training and reading compute
// the same thing.
class GlyphNet {
public:
    struct Shape {
        int conv1 = 8;  // channels of the first convolution
        int conv2 = 16; // channels of the second
        int hidden = 64;
        int outputs = 37;
    };

    // What one forward pass leaves behind, for training. Planes are stored
    // with a border of one pixel (zero) where a convolution reads them, and
    // convolution outputs with two extra columns of no meaning (the
    // convolution runs along whole padded rows).
    struct Activations {
        std::vector<float> input;  // 1 x (H+2) x (W+2)
        std::vector<float> conv1;  // conv1 x H x (W+2), after ReLU
        std::vector<float> pool1;  // conv1 x (H/2+2) x (W/2+2)
        std::vector<float> conv2;  // conv2 x H/2 x (W/2+2), after ReLU
        std::vector<float> flat;   // conv2 x H/4 x W/4, then the aspect ratio
        std::vector<float> hidden; // after ReLU
        std::vector<float> logits;
    };

    static constexpr int height = GlyphFeatures::boxHeight;
    static constexpr int width = GlyphFeatures::boxWidth;

    GlyphNet() = default;
    explicit GlyphNet(const Shape& shape);

    const Shape& shape() const { return m_shape; }
    int flatSize() const;

    // All parameters, one block after the other: conv1 weights and biases,
    // conv2, hidden, output.
    std::vector<float>& parameters() { return m_parameters; }
    const std::vector<float>& parameters() const { return m_parameters; }
    struct Offsets {
        size_t conv1, conv1Bias, conv2, conv2Bias, hidden, hiddenBias, output, outputBias, end;
    };
    const Offsets& offsets() const { return m_offsets; }

    // box: CV_32F, height x width, values 0..1. Fills a's logits (and all
    // else a holds).
    void forward(const cv::Mat& box, float aspect, Activations& a) const;

    void write(cv::FileStorage& storage) const;
    // False where the node holds no network of this kind.
    bool read(const cv::FileNode& node);

private:
    Shape m_shape;
    Offsets m_offsets{};
    std::vector<float> m_parameters;
};

} // namespace pl::core
