// Trains the plate character classifier at build time, from characters it
// renders itself with fonts from Debian packages and puts through what a
// plate photo and the reader do to them: set between two other characters
// on a plate-coloured background with uneven light, made bolder or thinner,
// condensed, slanted, turned and seen in slight perspective, shrunk to a
// camera's resolution with blur, noise and JPEG artefacts, scaled back to
// the reader's size, binarized as the segmenter binarizes and cut out as it
// cuts characters. Nothing is downloaded; the same inputs give the same
// model (fixed seed). A last output learns what is no character (emblems,
// pictures and symbols drawn the same way). Accuracy on held-out samples of
// the same kind is printed.
//
//   train_chars --out plate-chars.yml [--per-font N] [--hidden N]
//               [--iterations N] [--rprop] [--seed S] [--dump DIR]

#include "core/recognition/GlyphFeatures.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <opencv2/freetype.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/ml.hpp>
#include <random>
#include <string>
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
    cv::randn(noise, 0, between(0.0, 5.0));
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

// Synthetic samples: features and one-hot targets (+1 / -1), perFont of
// each character in each face.
struct Samples {
    cv::Mat features;
    cv::Mat targets;
    std::vector<int> labels;
};

Samples makeSamples(const std::vector<cv::Ptr<cv::freetype::FreeType2>>& fonts,
                    const std::vector<bool>& thin, int perFont, std::mt19937& rng,
                    const std::string& dumpDir) {
    const std::string classes = pl::core::GlyphFeatures::classes;
    const int outputs = static_cast<int>(classes.size()) + 1; // the last: not a character
    Samples set;
    const auto add = [&set, outputs](const cv::Mat& glyph, int label) {
        set.features.push_back(pl::core::GlyphFeatures::describe(glyph));
        cv::Mat target(1, outputs, CV_32F, cv::Scalar(-1));
        target.at<float>(0, label) = 1;
        set.targets.push_back(target);
        set.labels.push_back(label);
    };
    for (size_t f = 0; f < fonts.size(); ++f) {
        for (size_t k = 0; k < classes.size(); ++k) {
            for (int n = 0; n < perFont; ++n) {
                const cv::Mat glyph =
                    renderSample(*fonts[f], std::string(1, classes[k]), thin[f], rng);
                if (glyph.empty())
                    continue;
                if (!dumpDir.empty() && n < 2)
                    cv::imwrite(dumpDir + "/" + classes[k] + "-" + std::to_string(f) + "-" +
                                    std::to_string(n) + ".png",
                                glyph);
                add(glyph, static_cast<int>(k));
            }
        }
    }
    // As many non-characters as samples of two characters.
    std::uniform_int_distribution<size_t> pick(0, std::size(symbols) - 1);
    for (int n = 0; n < 2 * perFont * static_cast<int>(fonts.size()); ++n) {
        const cv::Mat glyph = renderSample(*fonts[0], symbols[pick(rng)], false, rng);
        if (glyph.empty())
            continue;
        if (!dumpDir.empty() && n < 40)
            cv::imwrite(dumpDir + "/symbol-" + std::to_string(n) + ".png", glyph);
        add(glyph, outputs - 1);
    }
    return set;
}

double accuracy(const cv::ml::ANN_MLP& model, const Samples& set) {
    cv::Mat predicted;
    model.predict(set.features, predicted);
    int right = 0;
    for (int i = 0; i < set.features.rows; ++i) {
        cv::Point best;
        cv::minMaxLoc(predicted.row(i), nullptr, nullptr, nullptr, &best);
        right += best.x == set.labels[static_cast<size_t>(i)];
    }
    return static_cast<double>(right) / std::max(1, set.features.rows);
}

} // namespace

int main(int argc, char** argv) {
    std::string out;
    std::string dumpDir;
    int perFont = 100;
    unsigned seed = 20261122;
    int hidden = 96;
    int iterations = 0; // passes over the samples; 0: the method's default
    bool rprop = false;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--out") && i + 1 < argc)
            out = argv[++i];
        else if (!std::strcmp(argv[i], "--per-font") && i + 1 < argc)
            perFont = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--hidden") && i + 1 < argc)
            hidden = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--iterations") && i + 1 < argc)
            iterations = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--rprop"))
            rprop = true;
        else if (!std::strcmp(argv[i], "--dump") && i + 1 < argc)
            dumpDir = argv[++i];
    }
    if (out.empty()) {
        std::fprintf(stderr, "usage: train_chars --out FILE [--per-font N] [--hidden N] "
                             "[--iterations N] [--seed S] [--dump DIR]\n");
        return 2;
    }
    std::vector<cv::Ptr<cv::freetype::FreeType2>> fonts;
    std::vector<bool> thin;
    for (const FontFile& file : fontFiles) {
        if (!std::filesystem::exists(file.path))
            continue;
        cv::Ptr<cv::freetype::FreeType2> font = cv::freetype::createFreeType2();
        font->loadFontData(file.path, 0);
        fonts.push_back(font);
        thin.push_back(file.thin);
    }
    if (fonts.size() < 6) {
        std::fprintf(stderr,
                     "train_chars: only %zu of the fonts were found; install fonts-dejavu-core "
                     "fonts-dejavu-extra fonts-liberation fonts-liberation2 fonts-urw-base35 "
                     "fonts-freefont-ttf fonts-roboto-unhinted fonts-bebas-neue fonts-opendin "
                     "fonts-routed-gothic\n",
                     fonts.size());
        return 1;
    }
    const std::string classes = pl::core::GlyphFeatures::classes;
    std::mt19937 rng(seed);
    const Samples train = makeSamples(fonts, thin, perFont, rng, dumpDir);
    // Held out: other samples from the same generator, to tell learning from
    // memorising.
    const Samples check = makeSamples(fonts, thin, std::max(2, perFont / 6), rng, {});
    std::fprintf(stderr, "train_chars: %d samples from %zu fonts (%d held out)\n",
                 train.features.rows, fonts.size(), check.features.rows);
    if (iterations <= 0)
        iterations = rprop ? 300 : 15;
    cv::Ptr<cv::ml::ANN_MLP> model = cv::ml::ANN_MLP::create();
    cv::Mat layers = (cv::Mat_<int>(1, 3) << train.features.cols, hidden, train.targets.cols);
    model->setLayerSizes(layers);
    model->setActivationFunction(cv::ml::ANN_MLP::SIGMOID_SYM);
    // Plain back-propagation (per sample) learns this many samples in far
    // fewer passes than RPROP (per pass over all).
    if (rprop)
        model->setTrainMethod(cv::ml::ANN_MLP::RPROP);
    else
        model->setTrainMethod(cv::ml::ANN_MLP::BACKPROP, 0.01, 0.1);
    model->setTermCriteria(
        cv::TermCriteria(cv::TermCriteria::MAX_ITER + cv::TermCriteria::EPS, iterations, 1e-5));
    cv::theRNG().state = seed;
    if (!model->train(
            cv::ml::TrainData::create(train.features, cv::ml::ROW_SAMPLE, train.targets))) {
        std::fprintf(stderr, "train_chars: training failed\n");
        return 1;
    }
    std::fprintf(stderr, "train_chars: %.3f right on the training samples, %.3f held out\n",
                 accuracy(*model, train), accuracy(*model, check));
    model->save(out);
    return 0;
}
