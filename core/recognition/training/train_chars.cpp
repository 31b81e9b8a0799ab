// Trains the plate character classifier at build time, from characters it
// renders itself with fonts from Debian packages and distorts the way plate
// photos do (condensed widths, stroke weight, blur, low resolution, slant,
// rotation, noise), then binarizes and crops exactly as the reader does.
// Nothing is downloaded; the same inputs give the same model (fixed seed).
//
//   train_chars --out plate-chars.yml [--per-font N] [--seed S]

#include "core/recognition/GlyphFeatures.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <opencv2/freetype.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/ml.hpp>
#include <random>
#include <string>
#include <vector>

namespace {

// Bold sans faces like those of US plates; from fonts-dejavu-core/-extra,
// fonts-liberation2, fonts-urw-base35, fonts-freefont-ttf,
// fonts-roboto-unhinted and fonts-bebas-neue.
const char* const fontFiles[] = {
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSansNarrow-Bold.otf",
    "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf",
    "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Bold.otf",
    "/usr/share/fonts/truetype/freefont/FreeSansBold.ttf",
    "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf",
    "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf",
    "/usr/share/fonts/opentype/bebas-neue/BebasNeue-Bold.otf",
    "/usr/share/fonts/opentype/bebas-neue/BebasNeue-Regular.otf",
};

// As the reader cuts a character: the box of its largest connected part.
cv::Mat largestPartCrop(const cv::Mat& binary) {
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    int best = 0;
    for (int i = 1; i < count; ++i) {
        if (best == 0 || stats.at<int>(i, cv::CC_STAT_AREA) > stats.at<int>(best, cv::CC_STAT_AREA))
            best = i;
    }
    if (best == 0)
        return {};
    const cv::Rect box(stats.at<int>(best, cv::CC_STAT_LEFT), stats.at<int>(best, cv::CC_STAT_TOP),
                       stats.at<int>(best, cv::CC_STAT_WIDTH),
                       stats.at<int>(best, cv::CC_STAT_HEIGHT));
    return binary(box).clone();
}

cv::Mat renderSample(cv::freetype::FreeType2& font, char c, std::mt19937& rng) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto between = [&](double a, double b) {
        return a + (b - a) * unit(rng);
    };
    const int height = 64;
    cv::Mat canvas(128, 128, CV_8UC3, cv::Scalar(0, 0, 0)); // FreeType2 draws on colour only
    const std::string text(1, c);
    int baseline = 0;
    const cv::Size size = font.getTextSize(text, height, -1, &baseline);
    font.putText(canvas, text, cv::Point((128 - size.width) / 2, (128 - size.height) / 2), height,
                 cv::Scalar(255, 255, 255), -1, cv::LINE_AA, false);
    cv::Mat gray;
    cv::cvtColor(canvas, gray, cv::COLOR_BGR2GRAY);
    cv::Mat glyph = largestPartCrop(gray > 127);
    if (glyph.empty())
        return {};
    // Condensed or widened, slanted and turned a little, on a margin.
    const double sx = between(0.55, 1.1);
    const double shear = between(-0.12, 0.12);
    const double angle = between(-4.0, 4.0) * CV_PI / 180.0;
    cv::Mat padded;
    cv::copyMakeBorder(glyph, padded, 16, 16, 16, 16, cv::BORDER_CONSTANT, cv::Scalar(0));
    const cv::Point2f centre(padded.cols / 2.0f, padded.rows / 2.0f);
    cv::Matx23d affine(sx * std::cos(angle), -std::sin(angle) + shear, 0, sx * std::sin(angle),
                       std::cos(angle), 0);
    affine(0, 2) = centre.x - affine(0, 0) * centre.x - affine(0, 1) * centre.y;
    affine(1, 2) = centre.y - affine(1, 0) * centre.x - affine(1, 1) * centre.y;
    cv::Mat moved;
    cv::warpAffine(padded, moved, affine, padded.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    // Stroke weight, a little either way.
    const double weight = unit(rng);
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
    if (weight < 0.2)
        cv::erode(moved, moved, kernel);
    else if (weight > 0.8)
        cv::dilate(moved, moved, kernel);
    // Low resolution and blur, then the reader's binarization.
    const double targetHeight = between(14.0, 48.0);
    const double down = targetHeight / std::max(1, glyph.rows);
    cv::Mat small;
    cv::resize(moved, small, cv::Size(), down, down, cv::INTER_AREA);
    const double sigma = between(0.0, 1.2);
    if (sigma > 0.3)
        cv::GaussianBlur(small, small, cv::Size(0, 0), sigma);
    cv::Mat noisy;
    small.convertTo(noisy, CV_32F);
    cv::Mat noise(small.size(), CV_32F);
    cv::randn(noise, 0, between(0.0, 20.0));
    noisy += noise;
    // Back to the size characters have in the reader (plates scaled to 100
    // px high: characters of about 40-56 px).
    const double upScale = between(38.0, 56.0) / targetHeight;
    cv::Mat up;
    cv::resize(noisy, up, cv::Size(), upScale, upScale, cv::INTER_CUBIC);
    cv::Mat binary = up > between(80.0, 170.0);
    return largestPartCrop(binary);
}

} // namespace

int main(int argc, char** argv) {
    std::string out;
    int perFont = 60;
    unsigned seed = 20261122;
    int hidden = 96;
    int iterations = 300;
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
    }
    if (out.empty()) {
        std::fprintf(stderr, "usage: train_chars --out FILE [--per-font N] [--hidden N] "
                             "[--iterations N] [--seed S]\n");
        return 2;
    }
    std::vector<cv::Ptr<cv::freetype::FreeType2>> fonts;
    for (const char* path : fontFiles) {
        if (!std::filesystem::exists(path))
            continue;
        cv::Ptr<cv::freetype::FreeType2> font = cv::freetype::createFreeType2();
        font->loadFontData(path, 0);
        fonts.push_back(font);
    }
    if (fonts.size() < 6) {
        std::fprintf(stderr,
                     "train_chars: only %zu of the fonts were found; install fonts-dejavu-core "
                     "fonts-dejavu-extra fonts-liberation2 fonts-urw-base35 fonts-freefont-ttf "
                     "fonts-roboto-unhinted fonts-bebas-neue\n",
                     fonts.size());
        return 1;
    }
    const std::string classes = pl::core::GlyphFeatures::classes;
    std::mt19937 rng(seed);
    cv::Mat samples, responses;
    for (size_t f = 0; f < fonts.size(); ++f) {
        for (size_t k = 0; k < classes.size(); ++k) {
            for (int n = 0; n < perFont; ++n) {
                const cv::Mat glyph = renderSample(*fonts[f], classes[k], rng);
                if (glyph.empty())
                    continue;
                samples.push_back(pl::core::GlyphFeatures::describe(glyph));
                cv::Mat target(1, static_cast<int>(classes.size()), CV_32F, cv::Scalar(-1));
                target.at<float>(0, static_cast<int>(k)) = 1;
                responses.push_back(target);
            }
        }
    }
    std::fprintf(stderr, "train_chars: %d samples from %zu fonts\n", samples.rows, fonts.size());
    cv::Ptr<cv::ml::ANN_MLP> model = cv::ml::ANN_MLP::create();
    cv::Mat layers =
        (cv::Mat_<int>(1, 3) << samples.cols, hidden, static_cast<int>(classes.size()));
    model->setLayerSizes(layers);
    model->setActivationFunction(cv::ml::ANN_MLP::SIGMOID_SYM);
    model->setTrainMethod(cv::ml::ANN_MLP::RPROP);
    model->setTermCriteria(
        cv::TermCriteria(cv::TermCriteria::MAX_ITER + cv::TermCriteria::EPS, iterations, 1e-5));
    cv::theRNG().state = seed;
    if (!model->train(cv::ml::TrainData::create(samples, cv::ml::ROW_SAMPLE, responses))) {
        std::fprintf(stderr, "train_chars: training failed\n");
        return 1;
    }
    // Accuracy on the training samples, as a sanity check.
    cv::Mat predicted;
    model->predict(samples, predicted);
    int right = 0;
    for (int i = 0; i < samples.rows; ++i) {
        cv::Point a, b;
        cv::minMaxLoc(predicted.row(i), nullptr, nullptr, nullptr, &a);
        cv::minMaxLoc(responses.row(i), nullptr, nullptr, nullptr, &b);
        right += a.x == b.x;
    }
    std::fprintf(stderr, "train_chars: %.3f right on the training samples\n",
                 static_cast<double>(right) / samples.rows);
    model->save(out);
    return 0;
}
