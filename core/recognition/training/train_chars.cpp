// Trains the plate character classifier at build time, from characters it
// renders itself with fonts from Debian packages and puts through what a
// plate photo and the reader do to them: set between two other characters
// on a plate-coloured background with uneven light, made bolder or thinner,
// condensed, slanted, turned and seen in slight perspective, shrunk to a
// camera's resolution with blur, noise and JPEG artefacts, scaled back to
// the reader's size, binarized as the segmenter binarizes and cut out as it
// cuts characters. On those it trains a small convolutional network
// (GlyphNet; forward and backward passes written out here, Adam). Nothing is
// downloaded; the same inputs give the same model (fixed seed, and two
// threads whose shares of the work are fixed). A last output learns what is
// no character (emblems, pictures and symbols drawn the same way). Accuracy
// on held-out samples of the same kind is printed.
//
//   train_chars --out plate-chars.yml [--per-font N] [--conv1 N] [--conv2 N]
//               [--hidden N] [--passes N] [--batch N] [--rate R] [--seed S]
//               [--dump DIR]

#include "core/recognition/GlyphFeatures.h"
#include "core/recognition/GlyphNet.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <numeric>
#include <opencv2/freetype.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

// Sans faces like those of US plates; from fonts-dejavu-core/-extra,
// fonts-liberation, fonts-liberation2, fonts-urw-base35, fonts-freefont-ttf,
// fonts-roboto-unhinted, fonts-bebas-neue, fonts-opendin and
// fonts-routed-gothic. Thin faces (single-stroke lettering) are made bold.
struct FontFile {
    const char* path;
    bool thin;
};
const FontFile fontFiles[] = {
    {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", false},
    {"/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf", false},
    {"/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", false},
    {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", false},
    {"/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf", false},
    {"/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf", false},
    {"/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf", false},
    {"/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Bold.otf", false},
    {"/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf", false},
    {"/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf", false},
    {"/usr/share/fonts/truetype/freefont/FreeSansBold.ttf", false},
    {"/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf", false},
    {"/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf", false},
    {"/usr/share/fonts/opentype/bebas-neue/BebasNeue-Bold.otf", false},
    {"/usr/share/fonts/opentype/bebas-neue/BebasNeue-Regular.otf", false},
    {"/usr/share/fonts/truetype/opendin/OSP-DIN.ttf", false},
    {"/usr/share/fonts/truetype/routed-gothic/routed-gothic.ttf", true},
    {"/usr/share/fonts/truetype/routed-gothic/routed-gothic-narrow.ttf", true},
    {"/usr/share/fonts/truetype/routed-gothic/routed-gothic-wide.ttf", true},
};

// Not characters: like the emblems, pictures and separators plates carry
// between or beside their characters (drawn with the first face, DejaVu Sans
// Bold, which has them all).
const char* const symbols[] = {
    "\u2605", "\u2606", "\u2665", "\u2666", "\u2663", "\u2660", "\u2600", "\u2601",
    "\u2602", "\u2708", "\u2709", "\u273f", "\u2740", "\u2744", "\u2693", "\u267f",
    "\u2618", "\u272a", "\u271a", "\u262f", "\u2302", "\u265c", "\u265e", "\u260e",
    "\u2699", "\u2756", "\u2726", "\u25c6", "\u25cf", "\u25a0", "\u25b2", "\u25d0",
    "\u2668", "&",      "#",      "%",      "@",      "\u00a7", "\u00b6", "\u263a",
};

// The binarizations the segmenter uses, on a plate scaled to 100 px high
// (block of a third of the height, CLAHE first).
cv::Mat segmenterBinary(const cv::Mat& gray, int kind) {
    cv::Mat equalized;
    cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(2.0, cv::Size(4, 2));
    clahe->apply(gray, equalized);
    cv::Mat binary;
    const int block = 33;
    if (kind == 0)
        cv::adaptiveThreshold(equalized, binary, 255, cv::ADAPTIVE_THRESH_MEAN_C,
                              cv::THRESH_BINARY_INV, block, 7);
    else if (kind == 1)
        cv::adaptiveThreshold(equalized, binary, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C,
                              cv::THRESH_BINARY_INV, block, 15);
    else
        cv::threshold(equalized, binary, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return binary;
}

// As the segmenter cuts a character: of the parts it would take for a
// character (height, width and ink as in CharacterSegmenter), the one
// nearest the middle character, with whatever else lies in its box.
cv::Mat middleCharacter(const cv::Mat& binary, cv::Point2d middle) {
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    const int minHeight = static_cast<int>(binary.rows * 0.22);
    int best = 0;
    double bestDistance = 0;
    for (int i = 1; i < count; ++i) {
        const cv::Rect box(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                           stats.at<int>(i, cv::CC_STAT_WIDTH),
                           stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (box.height < minHeight || box.height > binary.rows * 0.92 ||
            box.width > box.height * 1.15)
            continue;
        const double fill = static_cast<double>(stats.at<int>(i, cv::CC_STAT_AREA)) / box.area();
        if (fill < 0.12 || fill > 0.95)
            continue;
        const double dx = std::max(0.0, std::max(box.x - middle.x, middle.x - box.br().x));
        const double distance = dx + std::abs(box.y + box.height / 2.0 - middle.y) * 0.2;
        if (best == 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best == 0 || bestDistance > binary.rows * 0.05)
        return {};

    cv::Rect box(stats.at<int>(best, cv::CC_STAT_LEFT), stats.at<int>(best, cv::CC_STAT_TOP),
                 stats.at<int>(best, cv::CC_STAT_WIDTH), stats.at<int>(best, cv::CC_STAT_HEIGHT));
    // Pieces of the same character (broken strokes) joined, as the segmenter does.
    for (int i = 1; i < count; ++i) {
        if (i == best)
            continue;
        const cv::Rect other(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP),
                             stats.at<int>(i, cv::CC_STAT_WIDTH),
                             stats.at<int>(i, cv::CC_STAT_HEIGHT));
        if (other.height < minHeight / 2)
            continue;
        const int overlap = std::min(box.br().x, other.br().x) - std::max(box.x, other.x);
        if (overlap > 0.6 * std::min(box.width, other.width))
            box |= other;
    }
    return binary(box).clone();
}

// One character between two others on a plate-like background, rendered
// large, thickened or thinned, condensed, slanted and turned, shrunk to a
// camera's resolution with blur, noise and JPEG artefacts, scaled back to
// the reader's size and binarized the way the segmenter binarizes.
cv::Mat renderSample(cv::freetype::FreeType2& font, const std::string& middleText, bool thinFont,
                     std::mt19937& rng) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto between = [&](double a, double b) {
        return a + (b - a) * unit(rng);
    };
    const std::string classes = pl::core::GlyphFeatures::classes;
    const int height = 64;
    const double gap = between(0.08, 0.35) * height;
    std::vector<std::string> text;
    text.emplace_back(1, classes[static_cast<size_t>(unit(rng) * classes.size()) % classes.size()]);
    text.push_back(middleText);
    text.emplace_back(1, classes[static_cast<size_t>(unit(rng) * classes.size()) % classes.size()]);
    std::vector<cv::Size> sizes;
    int total = 0;
    for (const std::string& t : text) {
        int baseline = 0;
        sizes.push_back(font.getTextSize(t, height, -1, &baseline));
        total += sizes.back().width;
    }
    total += static_cast<int>(2 * gap);
    cv::Mat canvas(3 * height, total + 2 * height, CV_8UC3, cv::Scalar(0, 0, 0));
    double x = height;
    for (size_t i = 0; i < text.size(); ++i) {
        // The middle character also in red, to find it again.
        font.putText(canvas, text[i], cv::Point(static_cast<int>(x), height), height,
                     i == 1 ? cv::Scalar(255, 255, 255) : cv::Scalar(255, 255, 0), -1, cv::LINE_AA,
                     false);
        x += sizes[i].width + gap;
    }
    cv::Mat channels[3];
    cv::split(canvas, channels);
    const cv::Mat& ink = channels[0];
    const cv::Moments moments = cv::moments(channels[2], true);
    if (moments.m00 <= 0)
        return {};
    const cv::Point2d middle(moments.m10 / moments.m00, moments.m01 / moments.m00);
    // Stroke weight: thin faces made bold, others a little either way.
    const int grow =
        thinFont ? static_cast<int>(between(3.0, 9.0)) : static_cast<int>(between(-3.0, 4.0));
    if (grow != 0) {
        const int k = 2 * std::abs(grow) + 1;
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(k, k));
        if (grow > 0)
            cv::dilate(ink, ink, kernel);
        else
            cv::erode(ink, ink, kernel);
    }
    // Condensed or widened, slanted, turned, a little perspective.
    const double sx = between(0.6, 1.15);
    const double shear = between(-0.15, 0.15);
    const double angle = between(-5.0, 5.0) * CV_PI / 180.0;
    const cv::Point2f centre(static_cast<float>(middle.x), static_cast<float>(middle.y));
    cv::Matx23d affine(sx * std::cos(angle), -std::sin(angle) + shear, 0, sx * std::sin(angle),
                       std::cos(angle), 0);
    affine(0, 2) = centre.x - affine(0, 0) * centre.x - affine(0, 1) * centre.y;
    affine(1, 2) = centre.y - affine(1, 0) * centre.x - affine(1, 1) * centre.y;
    cv::Matx33d warp(affine(0, 0), affine(0, 1), affine(0, 2), affine(1, 0), affine(1, 1),
                     affine(1, 2), between(-2e-4, 2e-4), between(-2e-4, 2e-4), 1);
    cv::Mat moved;
    cv::warpPerspective(ink, moved, warp, ink.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    const cv::Vec3d mapped = warp * cv::Vec3d(middle.x, middle.y, 1.0);
    const cv::Point2d target(mapped[0] / mapped[2], mapped[1] / mapped[2]);
    // Dark characters on a light plate, with uneven light; sometimes a
    // bolt or the frame's edge over part of the character.
    const double paper = between(120.0, 250.0);
    const double print = between(0.0, paper - 80.0);
    const double tilt = between(-0.4, 0.4) * (paper - print) / moved.cols;
    cv::Mat gray;
    moved.convertTo(gray, CV_32F, (print - paper) / 255.0, paper);
    cv::Mat ramp(1, gray.cols, CV_32F);
    for (int xx = 0; xx < gray.cols; ++xx)
        ramp.at<float>(0, xx) = static_cast<float>(tilt * (xx - gray.cols / 2.0));
    gray += cv::repeat(ramp, gray.rows, 1);
    if (unit(rng) < 0.15) {
        const double side = unit(rng) < 0.5 ? -0.5 : 0.5;
        const cv::Point spot(static_cast<int>(target.x + between(-0.4, 0.4) * height),
                             static_cast<int>(target.y + side * height));
        cv::circle(gray, spot, static_cast<int>(between(0.08, 0.16) * height),
                   cv::Scalar(unit(rng) < 0.5 ? paper : print), -1, cv::LINE_AA);
    }
    // The plate around the row: characters half to two thirds of its height.
    const double plateHeight = height * between(1.5, 2.0);
    const cv::Rect plate = cv::Rect(0, static_cast<int>(target.y - plateHeight / 2), gray.cols,
                                    static_cast<int>(plateHeight)) &
                           cv::Rect(0, 0, gray.cols, gray.rows);
    gray = gray(plate).clone();
    const cv::Point2d inPlate(target.x, target.y - plate.y);
    // A camera's resolution, blur, noise and compression.
    const double targetHeight = between(12.0, 48.0);
    const double down = targetHeight / height;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), down, down, cv::INTER_AREA);
    const double sigma = between(0.0, 1.0);
    if (sigma > 0.3)
        cv::GaussianBlur(small, small, cv::Size(0, 0), sigma);
    cv::Mat noise(small.size(), CV_32F);
    cv::RNG noiseRng(rng());
    noiseRng.fill(noise, cv::RNG::NORMAL, 0, between(0.0, 5.0));
    small += noise;
    cv::Mat small8;
    small.convertTo(small8, CV_8U);
    if (unit(rng) < 0.5) {
        std::vector<uchar> jpeg;
        cv::imencode(".jpg", small8, jpeg,
                     {cv::IMWRITE_JPEG_QUALITY, static_cast<int>(between(25.0, 85.0))});
        small8 = cv::imdecode(jpeg, cv::IMREAD_GRAYSCALE);
    }
    // Back to the reader's size: plates at 100 px high, characters of
    // about 40-60 px.
    const double charHeight = between(40.0, 60.0);
    const double upScale = charHeight / targetHeight;
    cv::Mat up;
    cv::resize(small8, up, cv::Size(), upScale, upScale, cv::INTER_CUBIC);
    const cv::Mat binary = segmenterBinary(up, static_cast<int>(unit(rng) * 3) % 3);
    return middleCharacter(binary, inPlate * (down * upScale));
}

// Synthetic samples: each glyph fitted into the network's box, its aspect
// ratio and its class (the last: not a character).
struct Samples {
    std::vector<cv::Mat> boxes; // CV_8U
    std::vector<float> aspects;
    std::vector<int> labels;

    void add(const cv::Mat& glyph, int label) {
        boxes.push_back(pl::core::GlyphFeatures::fit(glyph));
        aspects.push_back(pl::core::GlyphFeatures::aspect(glyph));
        labels.push_back(label);
    }
    void append(Samples&& other) {
        std::move(other.boxes.begin(), other.boxes.end(), std::back_inserter(boxes));
        aspects.insert(aspects.end(), other.aspects.begin(), other.aspects.end());
        labels.insert(labels.end(), other.labels.begin(), other.labels.end());
    }
    size_t size() const { return labels.size(); }
};

std::vector<cv::Ptr<cv::freetype::FreeType2>> loadFonts(std::vector<bool>* thin) {
    std::vector<cv::Ptr<cv::freetype::FreeType2>> fonts;
    for (const FontFile& file : fontFiles) {
        if (!std::filesystem::exists(file.path))
            continue;
        cv::Ptr<cv::freetype::FreeType2> font = cv::freetype::createFreeType2();
        font->loadFontData(file.path, 0);
        fonts.push_back(font);
        if (thin)
            thin->push_back(file.thin);
    }
    return fonts;
}

// perFont of each character in each face, and as many non-characters as
// samples of two characters. Made in jobs (one per face, and the symbols in
// as many parts) with a generator each, shared out between two threads, so
// that the samples depend on the seed alone.
Samples makeSamples(int perFont, unsigned seed, const std::string& dumpDir) {
    const std::string classes = pl::core::GlyphFeatures::classes;
    const int outputs = static_cast<int>(classes.size()) + 1;
    std::vector<bool> thin;
    const size_t faces = loadFonts(&thin).size();
    const size_t jobs = 2 * faces;
    std::vector<Samples> done(jobs);
    const auto work = [&](size_t first) {
        const auto fonts = loadFonts(nullptr);
        for (size_t job = first; job < jobs; job += 2) {
            std::seed_seq sequence{seed, static_cast<unsigned>(job)};
            std::mt19937 rng(sequence);
            Samples& set = done[job];
            if (job < faces) {
                for (size_t k = 0; k < classes.size(); ++k)
                    for (int n = 0; n < perFont; ++n) {
                        const cv::Mat glyph =
                            renderSample(*fonts[job], std::string(1, classes[k]), thin[job], rng);
                        if (glyph.empty())
                            continue;
                        if (!dumpDir.empty() && n < 2)
                            cv::imwrite(dumpDir + "/" + classes[k] + "-" + std::to_string(job) +
                                            "-" + std::to_string(n) + ".png",
                                        glyph);
                        set.add(glyph, static_cast<int>(k));
                    }
            } else {
                std::uniform_int_distribution<size_t> pick(0, std::size(symbols) - 1);
                for (int n = 0; n < 2 * perFont; ++n) {
                    const cv::Mat glyph = renderSample(*fonts[0], symbols[pick(rng)], false, rng);
                    if (glyph.empty())
                        continue;
                    if (!dumpDir.empty() && n < 2)
                        cv::imwrite(dumpDir + "/symbol-" + std::to_string(job) + "-" +
                                        std::to_string(n) + ".png",
                                    glyph);
                    set.add(glyph, outputs - 1);
                }
            }
        }
    };
    std::thread other(work, 1);
    work(0);
    other.join();
    Samples all;
    for (Samples& set : done)
        all.append(std::move(set));
    return all;
}

float dot(const float* a, const float* b, int n) {
    // Eight sums side by side, so that the compiler can vectorize.
    float sums[8] = {};
    int i = 0;
    for (; i + 8 <= n; i += 8)
        for (int t = 0; t < 8; ++t)
            sums[t] += a[i + t] * b[i + t];
    float sum = 0;
    for (; i < n; ++i)
        sum += a[i] * b[i];
    for (float s : sums)
        sum += s;
    return sum;
}

void axpy(float alpha, const float* x, float* y, int n) {
    for (int i = 0; i < n; ++i)
        y[i] += alpha * x[i];
}

using pl::core::GlyphNet;

// The gradient of 3x3 convolution (see GlyphNet): outGrad over planes of
// h x (w+2), already masked by ReLU; adds to the weights' and biases'
// gradients, and to inGrad (planes of (h+2) x (w+2)) where given.
void convolveBack(const float* in, int inChannels, int h, int w, const float* weights,
                  int outChannels, const float* outGrad, float* weightGrad, float* biasGrad,
                  float* inGrad) {
    const int stride = w + 2;
    const int n = h * stride - 2;
    for (int o = 0; o < outChannels; ++o) {
        const float* g = outGrad + static_cast<size_t>(o) * h * stride;
        float bias = 0;
        for (int j = 0; j < h * stride; ++j)
            bias += g[j];
        biasGrad[o] += bias;
        for (int i = 0; i < inChannels; ++i) {
            const float* plane = in + static_cast<size_t>(i) * (h + 2) * stride;
            const size_t k = (static_cast<size_t>(o) * inChannels + i) * 9;
            for (int ky = 0; ky < 3; ++ky)
                for (int kx = 0; kx < 3; ++kx) {
                    const int shift = ky * stride + kx;
                    weightGrad[k + ky * 3 + kx] += dot(plane + shift, g, n);
                    if (inGrad)
                        axpy(weights[k + ky * 3 + kx], g,
                             inGrad + static_cast<size_t>(i) * (h + 2) * stride + shift, n);
                }
        }
    }
}

// The gradient of 2x2 max pooling: each pooled value's gradient to the
// value it took (the first of equals, as GlyphNet's max does), masked by
// ReLU (a value of 0 passes nothing on).
void poolBack(const float* in, int channels, int h, int w, int border, const float* outGrad,
              float* inGrad) {
    const int stride = w + 2;
    const int oh = h / 2, ow = w / 2;
    const int outStride = ow + 2 * border;
    for (int c = 0; c < channels; ++c) {
        const size_t plane = static_cast<size_t>(c) * h * stride;
        const float* g = outGrad + static_cast<size_t>(c) * (oh + 2 * border) * outStride;
        for (int y = 0; y < oh; ++y)
            for (int x = 0; x < ow; ++x) {
                const size_t at = plane + static_cast<size_t>(2 * y * stride + 2 * x);
                const size_t candidates[4] = {at, at + 1, at + stride, at + stride + 1};
                size_t best = candidates[0];
                for (size_t candidate : candidates)
                    if (in[candidate] > in[best])
                        best = candidate;
                if (in[best] > 0)
                    inGrad[best] += g[(y + border) * outStride + x + border];
            }
    }
}

// Gradients of one sample's cross-entropy loss, added to grad. Returns
// whether the network got it right.
bool backward(const GlyphNet& net, const GlyphNet::Activations& a, int label, float* grad,
              std::vector<float>& scratch) {
    const GlyphNet::Shape& s = net.shape();
    const GlyphNet::Offsets& o = net.offsets();
    const float* p = net.parameters().data();
    const int hidden = s.hidden, flat = net.flatSize();
    // Softmax.
    const float top = *std::max_element(a.logits.begin(), a.logits.end());
    std::vector<float> dLogits(a.logits.size());
    float sum = 0;
    for (size_t k = 0; k < a.logits.size(); ++k)
        sum += dLogits[k] = std::exp(a.logits[k] - top);
    for (float& d : dLogits)
        d /= sum;
    const bool right =
        std::max_element(a.logits.begin(), a.logits.end()) - a.logits.begin() == label;
    dLogits[static_cast<size_t>(label)] -= 1;

    std::vector<float> dHidden(static_cast<size_t>(hidden), 0.0f);
    for (int k = 0; k < s.outputs; ++k) {
        const float d = dLogits[static_cast<size_t>(k)];
        axpy(d, a.hidden.data(), grad + o.output + static_cast<size_t>(k) * hidden, hidden);
        grad[o.outputBias + k] += d;
        axpy(d, p + o.output + static_cast<size_t>(k) * hidden, dHidden.data(), hidden);
    }
    std::vector<float> dFlat(static_cast<size_t>(flat), 0.0f);
    for (int j = 0; j < hidden; ++j) {
        if (a.hidden[static_cast<size_t>(j)] <= 0)
            continue;
        const float d = dHidden[static_cast<size_t>(j)];
        axpy(d, a.flat.data(), grad + o.hidden + static_cast<size_t>(j) * flat, flat);
        grad[o.hiddenBias + j] += d;
        axpy(d, p + o.hidden + static_cast<size_t>(j) * flat, dFlat.data(), flat);
    }
    const int h1 = GlyphNet::height, w1 = GlyphNet::width, h2 = h1 / 2, w2 = w1 / 2;
    const size_t conv2Size = static_cast<size_t>(s.conv2) * h2 * (w2 + 2);
    const size_t pool1Size = static_cast<size_t>(s.conv1) * (h2 + 2) * (w2 + 2);
    const size_t conv1Size = static_cast<size_t>(s.conv1) * h1 * (w1 + 2);
    scratch.assign(conv2Size + pool1Size + conv1Size, 0.0f);
    float* dConv2 = scratch.data();
    float* dPool1 = dConv2 + conv2Size;
    float* dConv1 = dPool1 + pool1Size;
    poolBack(a.conv2.data(), s.conv2, h2, w2, 0, dFlat.data(), dConv2);
    convolveBack(a.pool1.data(), s.conv1, h2, w2, p + o.conv2, s.conv2, dConv2, grad + o.conv2,
                 grad + o.conv2Bias, dPool1);
    poolBack(a.conv1.data(), s.conv1, h1, w1, 1, dPool1, dConv1);
    convolveBack(a.input.data(), 1, h1, w1, p + o.conv1, s.conv1, dConv1, grad + o.conv1,
                 grad + o.conv1Bias, nullptr);
    return right;
}

cv::Mat floatBox(const cv::Mat& box) {
    cv::Mat values;
    box.convertTo(values, CV_32F, 1.0 / 255);
    return values;
}

double accuracy(const GlyphNet& net, const Samples& set) {
    GlyphNet::Activations a;
    int right = 0;
    for (size_t i = 0; i < set.size(); ++i) {
        net.forward(floatBox(set.boxes[i]), set.aspects[i], a);
        right +=
            std::max_element(a.logits.begin(), a.logits.end()) - a.logits.begin() == set.labels[i];
    }
    return static_cast<double>(right) / std::max<size_t>(1, set.size());
}

// Mini-batch training with Adam, the learning rate falling along a cosine
// over the passes. Each batch is shared out between two threads, each
// summing its own gradient, added in a fixed order: the result depends on
// the seed alone.
void train(GlyphNet& net, const Samples& set, int passes, int batch, double rate,
           std::mt19937& rng) {
    std::vector<float>& w = net.parameters();
    const size_t count = w.size();
    // He initialization; biases 0.
    const GlyphNet::Offsets& o = net.offsets();
    const GlyphNet::Shape& s = net.shape();
    const auto init = [&](size_t from, size_t to, int fanIn) {
        std::normal_distribution<float> normal(0.0f, std::sqrt(2.0f / static_cast<float>(fanIn)));
        for (size_t i = from; i < to; ++i)
            w[i] = normal(rng);
    };
    init(o.conv1, o.conv1Bias, 9);
    init(o.conv2, o.conv2Bias, 9 * s.conv1);
    init(o.hidden, o.hiddenBias, net.flatSize());
    init(o.output, o.outputBias, s.hidden);

    std::vector<float> m(count, 0.0f), v(count, 0.0f);
    std::vector<float> grads[2] = {std::vector<float>(count), std::vector<float>(count)};
    int rights[2] = {0, 0};
    std::vector<size_t> order(set.size());
    std::iota(order.begin(), order.end(), size_t{0});
    const size_t steps = (set.size() + static_cast<size_t>(batch) - 1) / static_cast<size_t>(batch);
    const double beta1 = 0.9, beta2 = 0.999;
    long long t = 0;
    for (int pass = 0; pass < passes; ++pass) {
        std::shuffle(order.begin(), order.end(), rng);
        int right = 0;
        for (size_t step = 0; step < steps; ++step) {
            const size_t from = step * static_cast<size_t>(batch);
            const size_t to = std::min(set.size(), from + static_cast<size_t>(batch));
            const size_t middle = (from + to) / 2;
            const auto work = [&](int part) {
                std::vector<float>& grad = grads[part];
                std::fill(grad.begin(), grad.end(), 0.0f);
                GlyphNet::Activations a;
                std::vector<float> scratch;
                rights[part] = 0;
                for (size_t i = part ? middle : from; i < (part ? to : middle); ++i) {
                    const size_t n = order[i];
                    net.forward(floatBox(set.boxes[n]), set.aspects[n], a);
                    rights[part] += backward(net, a, set.labels[n], grad.data(), scratch);
                }
            };
            std::thread other(work, 1);
            work(0);
            other.join();
            right += rights[0] + rights[1];
            ++t;
            const double progress =
                (static_cast<double>(pass) + static_cast<double>(step) / steps) / passes;
            const double lr = rate * 0.5 * (1 + std::cos(CV_PI * progress));
            const double scale = 1.0 / static_cast<double>(to - from);
            const double c1 = 1 - std::pow(beta1, static_cast<double>(t));
            const double c2 = 1 - std::pow(beta2, static_cast<double>(t));
            for (size_t i = 0; i < count; ++i) {
                const double g = (grads[0][i] + grads[1][i]) * scale;
                m[i] = static_cast<float>(beta1 * m[i] + (1 - beta1) * g);
                v[i] = static_cast<float>(beta2 * v[i] + (1 - beta2) * g * g);
                w[i] -= static_cast<float>(lr * (m[i] / c1) / (std::sqrt(v[i] / c2) + 1e-8));
            }
        }
        std::fprintf(stderr, "train_chars: pass %d, %.3f right\n", pass + 1,
                     static_cast<double>(right) / static_cast<double>(set.size()));
    }
}

} // namespace

int main(int argc, char** argv) {
    std::string out;
    std::string dumpDir;
    int perFont = 100;
    unsigned seed = 20261122;
    GlyphNet::Shape shape;
    int passes = 8;
    int batch = 64;
    double rate = 0.002;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--out") && i + 1 < argc)
            out = argv[++i];
        else if (!std::strcmp(argv[i], "--per-font") && i + 1 < argc)
            perFont = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--hidden") && i + 1 < argc)
            shape.hidden = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--conv1") && i + 1 < argc)
            shape.conv1 = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--conv2") && i + 1 < argc)
            shape.conv2 = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--passes") && i + 1 < argc)
            passes = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc)
            batch = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--rate") && i + 1 < argc)
            rate = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--dump") && i + 1 < argc)
            dumpDir = argv[++i];
    }
    if (out.empty() || perFont < 1 || passes < 1 || batch < 2 || shape.hidden < 1 ||
        shape.conv1 < 1 || shape.conv2 < 1) {
        std::fprintf(stderr, "usage: train_chars --out FILE [--per-font N] [--conv1 N] "
                             "[--conv2 N] [--hidden N] [--passes N] [--batch N] [--rate R] "
                             "[--seed S] [--dump DIR]\n");
        return 2;
    }
    // The two threads here are all the work; OpenCV's own would only compete.
    cv::setNumThreads(1);
    const size_t faces = loadFonts(nullptr).size();
    if (faces < 6) {
        std::fprintf(stderr,
                     "train_chars: only %zu of the fonts were found; install fonts-dejavu-core "
                     "fonts-dejavu-extra fonts-liberation fonts-liberation2 fonts-urw-base35 "
                     "fonts-freefont-ttf fonts-roboto-unhinted fonts-bebas-neue fonts-opendin "
                     "fonts-routed-gothic\n",
                     faces);
        return 1;
    }
    const auto started = std::chrono::steady_clock::now();
    const auto seconds = [&started] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    const Samples samples = makeSamples(perFont, seed, dumpDir);
    // Held out: other samples from the same generator, to tell learning from
    // memorising.
    const Samples check = makeSamples(std::max(2, perFont / 6), seed ^ 0x5eed5eedU, {});
    std::fprintf(stderr, "train_chars: %zu samples from %zu fonts (%zu held out) in %.0f s\n",
                 samples.size(), faces, check.size(), seconds());
    shape.outputs = static_cast<int>(std::strlen(pl::core::GlyphFeatures::classes)) + 1;
    GlyphNet net(shape);
    std::mt19937 rng(seed);
    train(net, samples, passes, batch, rate, rng);
    std::fprintf(stderr,
                 "train_chars: %.3f right on the training samples, %.3f held out (%.0f s)\n",
                 accuracy(net, samples), accuracy(net, check), seconds());
    cv::FileStorage storage(out, cv::FileStorage::WRITE);
    if (!storage.isOpened()) {
        std::fprintf(stderr, "train_chars: cannot write %s\n", out.c_str());
        return 1;
    }
    net.write(storage);
    return 0;
}
