#include "core/recognition/PlateDetector.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <opencv2/imgproc.hpp>
#include <utility>

namespace pl::core {

namespace {

struct Blob {
    cv::Rect box;
    double cx() const { return box.x + box.width / 2.0; }
    double cy() const { return box.y + box.height / 2.0; }
};

int findRoot(std::vector<int>& parent, int i) {
    while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    return i;
}

std::vector<Blob> charLikeBlobs(const cv::Mat& binary, int minHeight, int maxHeight) {
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    std::vector<Blob> blobs;
    for (int i = 1; i < count; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        if (h < minHeight || h > maxHeight || w > h * 1.1 || w * 8 < h)
            continue;
        const double fill = static_cast<double>(stats.at<int>(i, cv::CC_STAT_AREA)) / (w * h);
        if (fill < 0.15 || fill > 0.92)
            continue;
        blobs.push_back({cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT),
                                  stats.at<int>(i, cv::CC_STAT_TOP), w, h)});
    }
    return blobs;
}

// Rows of similar blobs side by side.
void groupRows(std::vector<Blob> blobs, std::vector<PlateDetector::Region>& regions,
               const cv::Size& size) {
    std::sort(blobs.begin(), blobs.end(),
              [](const Blob& a, const Blob& b) { return a.box.x < b.box.x; });
    const int n = static_cast<int>(blobs.size());
    std::vector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    for (int i = 0; i < n; ++i) {
        const Blob& a = blobs[i];
        const double h = a.box.height;
        for (int j = i + 1; j < n; ++j) {
            const Blob& b = blobs[j];
            if (b.box.x > a.box.x + a.box.width + 1.3 * h)
                break;
            if (std::abs(b.box.height - h) > 0.2 * h)
                continue;
            if (std::abs(b.cy() - a.cy()) > 0.3 * h)
                continue;
            if (b.box.x < a.box.x + a.box.width * 0.5)
                continue; // overlapping: not side by side
            parent[findRoot(parent, j)] = findRoot(parent, i);
        }
    }
    std::vector<std::vector<int>> groups(n);
    for (int i = 0; i < n; ++i)
        groups[findRoot(parent, i)].push_back(i);
    for (const std::vector<int>& group : groups) {
        if (group.size() < 4 || group.size() > 10)
            continue;
        cv::Rect row = blobs[group.front()].box;
        double heightSum = 0;
        std::vector<double> gaps;
        for (size_t k = 0; k < group.size(); ++k) {
            row |= blobs[group[k]].box;
            heightSum += blobs[group[k]].box.height;
            if (k > 0)
                gaps.push_back(blobs[group[k]].cx() - blobs[group[k - 1]].cx());
        }
        const double h = heightSum / group.size();
        // Regular spacing: the gaps between character centres vary little.
        const double meanGap = std::accumulate(gaps.begin(), gaps.end(), 0.0) / gaps.size();
        double var = 0;
        for (double g : gaps)
            var += (g - meanGap) * (g - meanGap);
        const double irregularity = std::sqrt(var / gaps.size()) / std::max(1.0, meanGap);
        const double count = static_cast<double>(group.size());
        const double countFit = count >= 5 && count <= 8 ? 1.0 : 0.6;
        const double score = countFit * std::max(0.0, 1.0 - irregularity * 1.5);
        if (score <= 0.1)
            continue;
        // Slope of the row, from the blobs' bottoms.
        double mx = 0, my = 0;
        for (int index : group) {
            mx += blobs[index].cx();
            my += blobs[index].box.br().y;
        }
        mx /= count;
        my /= count;
        double sxy = 0, sxx = 0;
        for (int index : group) {
            const double dx = blobs[index].cx() - mx;
            sxy += dx * (blobs[index].box.br().y - my);
            sxx += dx * dx;
        }
        const double slope = sxx > 0 ? sxy / sxx : 0;
        PlateDetector::Region region;
        // Tall enough to hold the whole plate around its characters (about
        // 2.6 character heights; 0.55 above and below read worse, 1.0 too).
        const int padX = static_cast<int>(h * 0.9);
        const int padY = static_cast<int>(h * 0.8);
        region.box =
            cv::Rect(row.x - padX, row.y - padY, row.width + 2 * padX, row.height + 2 * padY) &
            cv::Rect(0, 0, size.width, size.height);
        region.row = row;
        region.score = score;
        const cv::Rect& b = region.box;
        const float dy = static_cast<float>(slope * b.width / 2.0);
        region.corners = {cv::Point2f(b.x, b.y - dy), cv::Point2f(b.x + b.width, b.y + dy),
                          cv::Point2f(b.x + b.width, b.y + b.height + dy),
                          cv::Point2f(b.x, b.y + b.height - dy)};
        regions.push_back(region);
    }
}

double overlap(const cv::Rect& a, const cv::Rect& b) {
    const double inter = (a & b).area();
    return inter / std::max(1, std::min(a.area(), b.area()));
}

} // namespace

std::vector<PlateDetector::Region> PlateDetector::detect(const cv::Mat& input, int maxRegions) {
    std::vector<Region> regions;
    if (input.empty())
        return regions;
    // Work at about 1280 px wide at most; plates' characters are then 8-120 px.
    const double scale = input.cols > 1280 ? 1280.0 / input.cols : 1.0;
    cv::Mat gray;
    if (scale < 1.0)
        cv::resize(input, gray, cv::Size(), scale, scale, cv::INTER_AREA);
    else
        gray = input;
    std::vector<Region> found;
    // Small characters set close together run into each other and into the
    // plate's frame at the usual offset; a stricter one keeps them apart.
    const std::pair<int, double> thresholds[] = {{15, 10}, {31, 10}, {15, 20}};
    for (const auto& [block, offset] : thresholds) {
        for (const bool dark : {true, false}) {
            cv::Mat binary;
            cv::adaptiveThreshold(gray, binary, 255, cv::ADAPTIVE_THRESH_MEAN_C,
                                  dark ? cv::THRESH_BINARY_INV : cv::THRESH_BINARY, block,
                                  dark ? offset : -offset);
            groupRows(charLikeBlobs(binary, 8, 120), found, gray.size());
        }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Region& a, const Region& b) { return a.score > b.score; });
    // A region is the same as one kept when their rows overlap, or their
    // plates do and their characters are of one size (a plate's heading is
    // kept beside its larger characters: the reader tells them apart).
    for (Region& region : found) {
        bool duplicate = false;
        for (const Region& kept : regions) {
            const double ratio =
                static_cast<double>(std::max(1, region.row.height)) / std::max(1, kept.row.height);
            const bool sameScale = ratio > 0.8 && ratio < 1.25;
            if (overlap(kept.row, region.row) > 0.5 ||
                (sameScale && overlap(kept.box, region.box) > 0.5)) {
                duplicate = true;
                break;
            }
        }
        if (duplicate)
            continue;
        regions.push_back(region);
        if (static_cast<int>(regions.size()) >= maxRegions)
            break;
    }
    if (scale < 1.0) {
        const auto back = [scale](const cv::Rect& r) {
            return cv::Rect(static_cast<int>(r.x / scale), static_cast<int>(r.y / scale),
                            static_cast<int>(r.width / scale), static_cast<int>(r.height / scale));
        };
        for (Region& region : regions) {
            region.box = back(region.box) & cv::Rect(0, 0, input.cols, input.rows);
            region.row = back(region.row) & cv::Rect(0, 0, input.cols, input.rows);
            for (cv::Point2f& p : region.corners)
                p = cv::Point2f(static_cast<float>(p.x / scale), static_cast<float>(p.y / scale));
        }
    }
    return regions;
}

} // namespace pl::core
