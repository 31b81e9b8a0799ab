#include "core/recognition/PlateRecognizer.h"

#include "core/recognition/PlateDetector.h"
#include "core/recognition/PlateReader.h"
#include "core/recognition/Scaling.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace pl::core {

namespace {

cv::Mat toGray(const cv::Mat& image) {
    if (image.channels() == 1)
        return image;
    cv::Mat gray;
    cv::cvtColor(image, gray, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    return gray;
}

// The height a photo's region (about 2.6 character heights tall) is read
// at, and a cropped plate's (characters about half its height): 85 and 130
// read the photos worse, 100 and 130 the crops.
constexpr int regionHeight = 100;
constexpr int plateHeight = 120;

// A region centred this close to the photo's top or bottom edge (share of
// its height) counts captionWeight as much in the ranking.
constexpr double captionMargin = 0.06;
constexpr double captionWeight = 0.3;
// A region whose best reading came from a row the OCR counted differently
// from the segmenter (text, a grille, a badge more often than a plate)
// counts this much more weakly again.
constexpr double miscountWeight = 0.7;

// A region whose characters are this much smaller than those of a row on
// whose plate they lie is that plate's heading and counts headingWeight as
// much (0.4: the heading loses to the plate's row however it reads).
constexpr double headingRatio = 1.25;
constexpr double headingWeight = 0.4;

// The region turned so that its row of characters is level (the detector
// fits the row's slope through the characters' bottoms) where it slopes by
// more than levelAbove degrees (1 and 3 read worse on the scene set).
constexpr double levelAbove = 2.0;
cv::Mat levelled(const cv::Mat& gray, const PlateDetector::Region& region) {
    const cv::Mat crop = gray(region.box);
    if (region.corners.size() < 2)
        return crop;
    const cv::Point2f d = region.corners[1] - region.corners[0];
    const double degrees = std::atan2(d.y, d.x) * 180.0 / CV_PI;
    if (std::abs(degrees) < levelAbove)
        return crop;
    const cv::Point2f centre(crop.cols / 2.0f, crop.rows / 2.0f);
    cv::Mat turned;
    cv::warpAffine(crop, turned, cv::getRotationMatrix2D(centre, degrees, 1.0), crop.size(),
                   cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return turned;
}

// A plate seen from the side leans its characters: the region sheared
// back so that their upright strokes stand straight (the shear, of those
// tried, whose vertical edges pile up most sharply into columns).
cv::Mat upright(const cv::Mat& region) {
    if (region.rows < 8 || region.cols < 8)
        return region;
    // Measured at the reader's height: the shear is the same at any scale.
    const cv::Mat small = scaledToHeight(region, regionHeight, cv::INTER_LINEAR);
    cv::Mat edges;
    cv::Sobel(small, edges, CV_32F, 1, 0);
    edges = cv::abs(edges);
    const float centre = small.rows / 2.0f;
    const auto sharpness = [&edges, centre](double shear) {
        cv::Mat sheared;
        const cv::Mat m = (cv::Mat_<double>(2, 3) << 1, shear, -shear * centre, 0, 1, 0);
        cv::warpAffine(edges, sheared, m, edges.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT);
        cv::Mat columns;
        cv::reduce(sheared, columns, 0, cv::REDUCE_SUM, CV_64F);
        return columns.dot(columns);
    };
    const double straight = sharpness(0.0);
    double best = 0;
    double bestScore = straight;
    for (const double shear : {-0.3, -0.2, -0.1, 0.1, 0.2, 0.3}) {
        const double score = sharpness(shear);
        if (score > bestScore) {
            bestScore = score;
            best = shear;
        }
    }
    if (bestScore <= straight)
        return region;
    cv::Mat out;
    const cv::Mat m = (cv::Mat_<double>(2, 3) << 1, best, -best * region.rows / 2.0, 0, 1, 0);
    cv::warpAffine(region, out, m, region.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

QRect toQRect(const cv::Rect& r) {
    return QRect(r.x, r.y, r.width, r.height);
}

} // namespace

PlateRecognizer::PlateRecognizer(const Options& options, std::unique_ptr<PlateReader> reader)
    : m_options(options)
    , m_reader(std::move(reader)) {}

PlateRecognizer::~PlateRecognizer() = default;

Result<std::unique_ptr<PlateRecognizer>> PlateRecognizer::create(const Options& options) {
    PlateReader::Options readerOptions;
    readerOptions.maxCandidates = options.maxCandidates;
    readerOptions.tessdataDir = options.tessdataDir;
    readerOptions.characterModel = options.characterModel;
    auto reader = PlateReader::create(readerOptions);
    if (!reader)
        return reader.error();
    return std::unique_ptr<PlateRecognizer>(
        new PlateRecognizer(options, std::move(reader.value())));
}

QList<PlateResult> PlateRecognizer::recognizePlate(const cv::Mat& image) {
    QList<PlateResult> results;
    if (image.empty())
        return results;
    // In colour as given: the reader tells a cropped plate's characters from
    // coloured artwork by their colour.
    PlateReader::Reading reading =
        m_reader->read(image, plateHeight, CharacterSegmenter::Extent::Plate);
    if (reading.candidates.isEmpty())
        return results;
    PlateResult result;
    result.box = QRect(0, 0, image.cols, image.rows);
    result.corners = {QPointF(0, 0), QPointF(image.cols, 0), QPointF(image.cols, image.rows),
                      QPointF(0, image.rows)};
    result.candidates = reading.candidates;
    result.detectionScore = reading.rowScore;
    results.append(result);
    return results;
}

QList<PlateResult> PlateRecognizer::recognize(const cv::Mat& image) {
    QList<PlateResult> results;
    if (image.empty())
        return results;
    const cv::Mat gray = toGray(image);
    std::vector<PlateDetector::Region> regions = PlateDetector::detect(gray, m_options.maxRegions);
    // An image shaped like a plate and small may be a plate already (a
    // crop): read it whole too, as a cropped plate is read.
    const double aspect = static_cast<double>(image.cols) / image.rows;
    const bool plateShaped = aspect >= 1.3 && aspect <= 4.5 && image.rows <= 400;
    if (plateShaped) {
        PlateDetector::Region whole;
        whole.box = cv::Rect(0, 0, image.cols, image.rows);
        whole.score = 0.9;
        whole.corners = {cv::Point2f(0, 0), cv::Point2f(image.cols, 0),
                         cv::Point2f(image.cols, image.rows), cv::Point2f(0, image.rows)};
        regions.insert(regions.begin(), whole);
    }
    // Each reading ranked by its best candidate and how plate-like the
    // detector found the row; text along the photo's top or bottom edge is
    // most likely the camera's caption (date and time), not a plate.
    std::vector<std::pair<double, PlateResult>> ranked;
    for (const PlateDetector::Region& region : regions) {
        const bool whole = plateShaped && &region == &regions.front();
        PlateReader::Reading reading =
            whole ? m_reader->read(image, plateHeight, CharacterSegmenter::Extent::Plate)
                  : m_reader->read(upright(levelled(gray, region)), regionHeight);
        if (reading.candidates.isEmpty())
            continue;
        PlateResult result;
        result.box = toQRect(region.box);
        for (size_t i = 0; i < 4 && i < region.corners.size(); ++i)
            result.corners[i] = QPointF(region.corners[i].x, region.corners[i].y);
        result.candidates = reading.candidates;
        result.detectionScore = region.score;
        const double centreY = (region.box.y + region.box.height / 2.0) / image.rows;
        const bool caption = centreY < captionMargin || centreY > 1.0 - captionMargin;
        // Smaller lettering that lies on the plate of a row of much larger
        // characters is the plate's heading (the state's name, a slogan).
        bool heading = false;
        for (const PlateDetector::Region& other : regions) {
            if (&other == &region || other.row.empty() || region.row.empty())
                continue;
            if (other.row.height >= headingRatio * region.row.height &&
                (region.row & other.box).area() > 0.5 * region.row.area() &&
                other.row.x < region.row.br().x && region.row.x < other.row.br().x)
                heading = true;
        }
        const double rank = reading.candidates.first().confidence * (0.5 + 0.5 * region.score) *
                            (caption ? captionWeight : 1.0) *
                            (reading.countsAgree ? 1.0 : miscountWeight) *
                            (heading ? headingWeight : 1.0);
        ranked.emplace_back(rank, std::move(result));
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& entry : ranked)
        results.append(std::move(entry.second));
    return results;
}

} // namespace pl::core
