#include "core/recognition/GlyphNet.h"

#include <algorithm>

namespace pl::core {

namespace {

constexpr int h1 = GlyphNet::height, w1 = GlyphNet::width; // first convolution
constexpr int h2 = h1 / 2, w2 = w1 / 2;                    // second
constexpr int h3 = h2 / 2, w3 = w2 / 2;                    // after the second pooling

// A 3x3 convolution over planes of h x w with a border of one pixel (so
// (h+2) x (w+2) floats each), into planes of h x (w+2) whose last two
// columns are set to 0; ReLU applied.
void convolve(const float* in, int inChannels, int h, int w, const float* weights,
              const float* biases, int outChannels, float* out) {
    const int stride = w + 2;
    const int n = h * stride - 2; // the last two are outside every read plane
    for (int o = 0; o < outChannels; ++o) {
        float* dst = out + static_cast<size_t>(o) * h * stride;
        std::fill(dst, dst + h * stride, biases[o]);
        for (int i = 0; i < inChannels; ++i) {
            const float* plane = in + static_cast<size_t>(i) * (h + 2) * stride;
            const float* k = weights + (static_cast<size_t>(o) * inChannels + i) * 9;
            for (int ky = 0; ky < 3; ++ky)
                for (int kx = 0; kx < 3; ++kx) {
                    const float weight = k[ky * 3 + kx];
                    const float* src = plane + ky * stride + kx;
                    for (int j = 0; j < n; ++j)
                        dst[j] += weight * src[j];
                }
        }
        for (int y = 0; y < h; ++y) {
            float* row = dst + y * stride;
            for (int x = 0; x < w; ++x)
                row[x] = std::max(0.0f, row[x]);
            row[w] = row[w + 1] = 0;
        }
    }
}

// 2x2 max pooling of planes of h x (w+2) (w valid) into planes of
// (h/2) x (w/2) at the given border (0 or 1).
void pool(const float* in, int channels, int h, int w, int border, float* out) {
    const int stride = w + 2;
    const int oh = h / 2, ow = w / 2;
    const int outStride = ow + 2 * border;
    for (int c = 0; c < channels; ++c) {
        const float* plane = in + static_cast<size_t>(c) * h * stride;
        float* dst = out + static_cast<size_t>(c) * (oh + 2 * border) * outStride;
        std::fill(dst, dst + (oh + 2 * border) * outStride, 0.0f);
        for (int y = 0; y < oh; ++y)
            for (int x = 0; x < ow; ++x) {
                const float* p = plane + 2 * y * stride + 2 * x;
                dst[(y + border) * outStride + x + border] =
                    std::max(std::max(p[0], p[1]), std::max(p[stride], p[stride + 1]));
            }
    }
}

} // namespace

GlyphNet::GlyphNet(const Shape& shape)
    : m_shape(shape) {
    size_t at = 0;
    const auto block = [&at](size_t n) {
        const size_t start = at;
        at += n;
        return start;
    };
    m_offsets.conv1 = block(static_cast<size_t>(shape.conv1) * 9);
    m_offsets.conv1Bias = block(static_cast<size_t>(shape.conv1));
    m_offsets.conv2 = block(static_cast<size_t>(shape.conv2) * shape.conv1 * 9);
    m_offsets.conv2Bias = block(static_cast<size_t>(shape.conv2));
    m_offsets.hidden = block(static_cast<size_t>(shape.hidden) * flatSize());
    m_offsets.hiddenBias = block(static_cast<size_t>(shape.hidden));
    m_offsets.output = block(static_cast<size_t>(shape.outputs) * shape.hidden);
    m_offsets.outputBias = block(static_cast<size_t>(shape.outputs));
    m_offsets.end = at;
    m_parameters.assign(at, 0.0f);
}

int GlyphNet::flatSize() const {
    return m_shape.conv2 * h3 * w3 + 1;
}

void GlyphNet::forward(const cv::Mat& box, float aspect, Activations& a) const {
    const Shape& s = m_shape;
    const float* p = m_parameters.data();
    a.input.assign(static_cast<size_t>(h1 + 2) * (w1 + 2), 0.0f);
    for (int y = 0; y < h1; ++y) {
        const float* row = box.ptr<float>(y);
        std::copy(row, row + w1, a.input.begin() + (y + 1) * (w1 + 2) + 1);
    }
    a.conv1.resize(static_cast<size_t>(s.conv1) * h1 * (w1 + 2));
    convolve(a.input.data(), 1, h1, w1, p + m_offsets.conv1, p + m_offsets.conv1Bias, s.conv1,
             a.conv1.data());
    a.pool1.resize(static_cast<size_t>(s.conv1) * (h2 + 2) * (w2 + 2));
    pool(a.conv1.data(), s.conv1, h1, w1, 1, a.pool1.data());
    a.conv2.resize(static_cast<size_t>(s.conv2) * h2 * (w2 + 2));
    convolve(a.pool1.data(), s.conv1, h2, w2, p + m_offsets.conv2, p + m_offsets.conv2Bias, s.conv2,
             a.conv2.data());
    const int flat = flatSize();
    a.flat.resize(static_cast<size_t>(flat));
    pool(a.conv2.data(), s.conv2, h2, w2, 0, a.flat.data());
    a.flat[static_cast<size_t>(flat - 1)] = aspect;

    a.hidden.resize(static_cast<size_t>(s.hidden));
    for (int j = 0; j < s.hidden; ++j) {
        const float* weights = p + m_offsets.hidden + static_cast<size_t>(j) * flat;
        float sum = 0;
        for (int i = 0; i < flat; ++i)
            sum += weights[i] * a.flat[static_cast<size_t>(i)];
        a.hidden[static_cast<size_t>(j)] = std::max(0.0f, sum + p[m_offsets.hiddenBias + j]);
    }
    a.logits.resize(static_cast<size_t>(s.outputs));
    for (int k = 0; k < s.outputs; ++k) {
        const float* weights = p + m_offsets.output + static_cast<size_t>(k) * s.hidden;
        float sum = 0;
        for (int j = 0; j < s.hidden; ++j)
            sum += weights[j] * a.hidden[static_cast<size_t>(j)];
        a.logits[static_cast<size_t>(k)] = sum + p[m_offsets.outputBias + k];
    }
}

void GlyphNet::write(cv::FileStorage& storage) const {
    storage << "glyph_net"
            << "{";
    storage << "conv1" << m_shape.conv1 << "conv2" << m_shape.conv2 << "hidden" << m_shape.hidden
            << "outputs" << m_shape.outputs << "height" << height << "width" << width;
    storage << "parameters" << cv::Mat(m_parameters, false);
    storage << "}";
}

bool GlyphNet::read(const cv::FileNode& node) {
    if (node.empty() || !node.isMap() || static_cast<int>(node["height"]) != height ||
        static_cast<int>(node["width"]) != width)
        return false;
    Shape shape;
    shape.conv1 = static_cast<int>(node["conv1"]);
    shape.conv2 = static_cast<int>(node["conv2"]);
    shape.hidden = static_cast<int>(node["hidden"]);
    shape.outputs = static_cast<int>(node["outputs"]);
    // Sizes beyond any network of this kind are a damaged file.
    for (const int size : {shape.conv1, shape.conv2, shape.hidden, shape.outputs})
        if (size <= 0 || size > 1024)
            return false;
    GlyphNet net(shape);
    cv::Mat values;
    node["parameters"] >> values;
    if (values.type() != CV_32F || values.total() != net.m_parameters.size())
        return false;
    std::copy(values.begin<float>(), values.end<float>(), net.m_parameters.begin());
    *this = std::move(net);
    return true;
}

} // namespace pl::core
