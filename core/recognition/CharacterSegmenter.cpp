#include "core/recognition/CharacterSegmenter.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <opencv2/imgproc.hpp>

namespace pl::core {

namespace {

struct Blob {
    cv::Rect box;
    int area = 0;
    double cy() const { return box.y + box.height / 2.0; }
};

std::vector<Blob> characterBlobs(const cv::Mat& binary) {
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    const int height = binary.rows;
    std::vector<Blob> blobs;
    for (int i = 1; i < count; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (h < height * 0.22 || h > height * 0.92)
            continue;
        if (w > h * 1.15 || w < 2)
            continue;
        const double fill = static_cast<double>(area) / (w * h);
        // A solid block is a sticker or a frame's edge, but a 1 or an I in
        // many plate faces is a solid bar.
        if (fill < 0.12 || (fill > 0.95 && w > 0.3 * h))
            continue;
        blobs.push_back(
            {cv::Rect(stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), w, h),
             area});
    }
    return blobs;
}

// The largest set of blobs of one height on one line.
std::vector<Blob> bestLine(const std::vector<Blob>& blobs) {
    std::vector<Blob> best;
    for (const Blob& seed : blobs) {
        const double h = seed.box.height;
        std::vector<Blob> line;
        for (const Blob& other : blobs) {
            if (std::abs(other.box.height - h) > 0.18 * h)
                continue;
            if (std::abs(other.cy() - seed.cy()) > 0.35 * h)
                continue;
            line.push_back(other);
        }
        if (line.size() > best.size())
            best = line;
    }
    std::sort(best.begin(), best.end(),
              [](const Blob& a, const Blob& b) { return a.box.x < b.box.x; });
    // Blobs inside or mostly over another (holes, broken strokes) merge.
    std::vector<Blob> merged;
    for (const Blob& blob : best) {
        if (!merged.empty()) {
            Blob& last = merged.back();
            const int overlap = std::min(last.box.x + last.box.width, blob.box.x + blob.box.width) -
                                std::max(last.box.x, blob.box.x);
            if (overlap > 0.6 * std::min(last.box.width, blob.box.width)) {
                last.box |= blob.box;
                last.area += blob.area;
                continue;
            }
        }
        merged.push_back(blob);
    }
    return merged;
}

// A plate's frame or edge caught at either end of the row: a thin upright
// line at the image's border or set well apart from the characters.
void trimEnds(std::vector<Blob>& line, int imageWidth) {
    const auto isEdge = [&line, imageWidth](size_t at, size_t next) {
        const Blob& blob = line[at];
        const double h = line[next].box.height;
        if (blob.box.width > 0.12 * h)
            return false;
        const int gap =
            at < next ? line[next].box.x - blob.box.br().x : blob.box.x - line[next].box.br().x;
        return blob.box.x <= 1 || blob.box.br().x >= imageWidth - 1 || gap > 0.6 * h;
    };
    while (line.size() > 3 && isEdge(0, 1))
        line.erase(line.begin());
    while (line.size() > 3 && isEdge(line.size() - 1, line.size() - 2))
        line.pop_back();
}

double rowScore(const std::vector<Blob>& line, int imageHeight, int imageWidth) {
    if (line.size() < 3)
        return 0;
    std::vector<double> heights;
    for (const Blob& b : line) {
        heights.push_back(b.box.height);
    }
    const double mean = std::accumulate(heights.begin(), heights.end(), 0.0) / heights.size();
    double var = 0;
    for (double h : heights)
        var += (h - mean) * (h - mean);
    const double spread = std::sqrt(var / heights.size()) / mean;
    // Plates have 5-8 characters, most 6-7; a row filling much of the plate.
    const double n = static_cast<double>(line.size());
    const double countFit = n >= 5 && n <= 8 ? 1.0 : (n == 4 || n == 9 ? 0.6 : 0.3);
    const double span = (line.back().box.br().x - line.front().box.x) /
                        static_cast<double>(std::max(1, imageWidth));
    const double heightFit = std::min(1.0, mean / (0.45 * imageHeight));
    return countFit * (1.0 - std::min(0.9, spread * 3)) * std::min(1.0, span * 1.6) * heightFit;
}

// box and its glyph put into the row in their place from the left.
void insertCharacter(CharacterSegmenter::Row& row, const cv::Rect& box, const cv::Mat& glyph) {
    const auto at =
        std::lower_bound(row.chars.begin(), row.chars.end(), box,
                         [](const cv::Rect& a, const cv::Rect& b) { return a.x < b.x; });
    row.glyphs.insert(row.glyphs.begin() + (at - row.chars.begin()), glyph);
    row.chars.insert(at, box);
}

int median(std::vector<int> values) {
    if (values.empty())
        return 0;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// Characters the row lacks where it has room for them: one joined to the
// plate's artwork above or below, or two touching each other, fall out of
// the character blobs. In the middle of the row's band, where the artwork
// no longer joins them, they are looked for again in the gaps between the
// row's characters and, on a whole plate, just beyond its ends (not on a
// photo's region, where the car's edges would be taken); a part as wide as
// two characters is split at its thinnest. Members much wider than the
// row's characters are cut to the band and looked at again the same way.
void fillGaps(CharacterSegmenter::Row& row, CharacterSegmenter::Extent extent) {
    if (row.chars.size() < 3 || row.chars.size() >= 8)
        return;
    std::vector<int> tops, bottoms, widths;
    for (const cv::Rect& box : row.chars) {
        tops.push_back(box.y);
        bottoms.push_back(box.br().y);
    }
    const int top = median(tops);
    const int bottom = median(bottoms);
    const int h = bottom - top;
    if (h < 8)
        return;
    for (const cv::Rect& box : row.chars) {
        if (box.width > 0.35 * h)
            widths.push_back(box.width);
    }
    const int width = widths.empty() ? h / 2 : median(widths);
    const cv::Mat& binary = row.binary;
    // Artwork touching a character's top or bottom (a slogan, grass, a
    // picture) joins it to its neighbours through the band's margins; the
    // band's middle, without them, still shows each character whole.
    const int inset = std::max(1, h / 8);
    const int yi0 = top + inset;
    const int yi1 = bottom - inset;
    // Characters in a part of the band: between x0 and x1, where they may
    // touch the part's ends only if withEdges.
    const auto search = [&](int x0, int x1, bool withEdges) {
        std::vector<cv::Rect> out;
        const cv::Rect span(x0, yi0, x1 - x0, yi1 - yi0);
        const int ih = span.height;
        cv::Mat labels, stats, centroids;
        const int count =
            cv::connectedComponentsWithStats(binary(span), labels, stats, centroids, 8, CV_32S);
        for (int i = 1; i < count; ++i) {
            const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
            const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
            const int bh = stats.at<int>(i, cv::CC_STAT_HEIGHT);
            const double fill = static_cast<double>(stats.at<int>(i, cv::CC_STAT_AREA)) / (w * bh);
            if (bh < 0.9 * ih || fill < 0.15 || fill > 0.9)
                continue;
            if (!withEdges && (x == 0 || x + w == span.width))
                continue;
            const cv::Rect box(x0 + x, top, w, h);
            if (w >= 0.12 * h && w <= 1.3 * width) {
                out.push_back(box);
            } else if (w >= 1.6 * width && w <= 2.5 * width) {
                // Two characters touching: split at the column with the
                // least ink in the middle half (within a member, only
                // where that column is nearly empty).
                cv::Mat part = binary(cv::Rect(x0 + x, yi0, w, ih)) > 0;
                cv::Mat columns;
                cv::reduce(part / 255, columns, 0, cv::REDUCE_SUM, CV_32S);
                int cut = w / 2;
                for (int c = w / 4; c < 3 * w / 4; ++c) {
                    if (columns.at<int>(0, c) < columns.at<int>(0, cut))
                        cut = c;
                }
                if (withEdges && columns.at<int>(0, cut) > 0.12 * ih)
                    continue;
                out.emplace_back(box.x, box.y, cut, box.height);
                out.emplace_back(box.x + cut + 1, box.y, w - cut - 1, box.height);
            }
        }
        std::sort(out.begin(), out.end(),
                  [](const cv::Rect& a, const cv::Rect& b) { return a.x < b.x; });
        return out;
    };
    // A member much wider than the row's characters is a character joined
    // to the plate's artwork above or below it, or two characters touching:
    // cut to the band, it is looked at again.
    for (size_t i = 0; i < row.chars.size() && row.chars.size() < 8; ++i) {
        const cv::Rect member = row.chars[i];
        if (member.width < 1.5 * width || member.width < 0.9 * h)
            continue;
        const std::vector<cv::Rect> parts = search(member.x, member.br().x, true);
        if (parts.empty() || row.chars.size() + parts.size() - 1 > 8)
            continue;
        row.chars.erase(row.chars.begin() + static_cast<std::ptrdiff_t>(i));
        row.glyphs.erase(row.glyphs.begin() + static_cast<std::ptrdiff_t>(i));
        for (size_t k = 0; k < parts.size(); ++k) {
            row.chars.insert(row.chars.begin() + static_cast<std::ptrdiff_t>(i + k), parts[k]);
            row.glyphs.insert(row.glyphs.begin() + static_cast<std::ptrdiff_t>(i + k),
                              binary(parts[k]));
        }
        i += parts.size() - 1;
    }
    std::vector<std::pair<int, int>> spans;
    for (size_t i = 1; i < row.chars.size(); ++i)
        spans.emplace_back(row.chars[i - 1].br().x, row.chars[i].x);
    std::vector<cv::Rect> found;
    for (const auto& [x0, x1] : spans) {
        if (x1 - x0 < 0.3 * width)
            continue;
        for (const cv::Rect& box : search(x0, x1, false))
            found.push_back(box);
    }
    if (!found.empty() && row.chars.size() + found.size() <= 8) {
        for (const cv::Rect& box : found) {
            insertCharacter(row, box, binary(box));
            row.tentative.push_back(box);
        }
    }
    if (extent != CharacterSegmenter::Extent::Plate)
        return;
    std::vector<int> gaps;
    for (size_t i = 1; i < row.chars.size(); ++i)
        gaps.push_back(row.chars[i].x - row.chars[i - 1].br().x);
    const int gap = std::max(1, median(gaps));
    for (const bool left : {true, false}) {
        for (int k = 0; k < 2 && row.chars.size() < 8; ++k) {
            const cv::Rect end = left ? row.chars.front() : row.chars.back();
            const int reach = gap + static_cast<int>(1.4 * width);
            const int x0 = left ? std::max(0, end.x - reach) : end.br().x;
            const int x1 = left ? end.x : std::min(binary.cols, end.br().x + reach);
            if (x1 - x0 < 0.3 * width)
                break;
            const std::vector<cv::Rect> parts = search(x0, x1, true);
            if (parts.empty())
                break;
            const cv::Rect box = left ? parts.back() : parts.front();
            const int distance = left ? end.x - box.br().x : box.x - end.br().x;
            if (distance < 0 || distance > gap + 0.5 * width)
                break;
            // A plate's frame or an edge runs on above and below the band.
            const auto inkBeyond = [&](int y0, int y1) {
                y0 = std::clamp(y0, 0, binary.rows);
                y1 = std::clamp(y1, 0, binary.rows);
                if (y1 <= y0)
                    return 1.0;
                return cv::countNonZero(binary(cv::Rect(box.x, y0, box.width, y1 - y0))) /
                       static_cast<double>(box.width * (y1 - y0));
            };
            const int strip = std::max(2, h / 4);
            if (inkBeyond(top - strip, top - 1) > 0.25 &&
                inkBeyond(bottom + 1, bottom + strip) > 0.25)
                break;
            insertCharacter(row, box, binary(box));
            row.tentative.push_back(box);
        }
    }
}

// The best row, completed with characters other binarizations found on the
// same line where it has none.
CharacterSegmenter::Row fuse(const std::vector<CharacterSegmenter::Row>& rows, cv::Size size) {
    CharacterSegmenter::Row fused = rows.front();
    const double h = fused.charHeight;
    const auto centreY = [](const CharacterSegmenter::Row& row) {
        double sum = 0;
        for (const cv::Rect& box : row.chars)
            sum += box.y + box.height / 2.0;
        return sum / std::max<size_t>(1, row.chars.size());
    };
    const double cy = centreY(fused);
    for (size_t r = 1; r < rows.size(); ++r) {
        const CharacterSegmenter::Row& other = rows[r];
        if (other.darkText != fused.darkText || std::abs(other.charHeight - h) > 0.15 * h ||
            std::abs(centreY(other) - cy) > 0.3 * h)
            continue;
        for (size_t i = 0; i < other.chars.size(); ++i) {
            const cv::Rect& box = other.chars[i];
            const int left = fused.chars.front().x - static_cast<int>(1.3 * h);
            const int right = fused.chars.back().br().x + static_cast<int>(1.3 * h);
            if (box.x < left || box.br().x > right)
                continue;
            bool clear = true;
            for (const cv::Rect& have : fused.chars) {
                const int overlap = std::min(have.br().x, box.br().x) - std::max(have.x, box.x);
                if (overlap > 0.3 * std::min(have.width, box.width)) {
                    clear = false;
                    break;
                }
            }
            if (!clear)
                continue;
            insertCharacter(fused, box, other.glyphs[i]);
        }
    }
    if (fused.chars.size() > 9)
        return rows.front();
    std::vector<Blob> blobs;
    for (const cv::Rect& box : fused.chars)
        blobs.push_back({box, 0});
    fused.score = std::max(rows.front().score, rowScore(blobs, size.height, size.width));
    return fused;
}

} // namespace

std::vector<CharacterSegmenter::Row> CharacterSegmenter::segment(const cv::Mat& image, int maxRows,
                                                                 Extent extent) {
    std::vector<Row> rows;
    if (image.empty())
        return rows;
    cv::Mat gray;
    // Dark characters are dark and gray, while coloured artwork behind them
    // (a rainbow, an orange, a flag) is bright or coloured: gray plus the
    // colour's saturation (brightest less darkest channel) sets them apart
    // where gray alone joins them.
    cv::Mat uncoloured;
    if (image.channels() >= 3) {
        cv::cvtColor(image, gray, image.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
        std::vector<cv::Mat> channels;
        cv::split(image, channels);
        const cv::Mat brightest = cv::max(cv::max(channels[0], channels[1]), channels[2]);
        const cv::Mat darkest = cv::min(cv::min(channels[0], channels[1]), channels[2]);
        uncoloured = gray + (brightest - darkest);
    } else {
        gray = image;
    }
    cv::Mat equalized;
    cv::Ptr<cv::CLAHE> clahe = cv::createCLAHE(2.0, cv::Size(4, 2));
    clahe->apply(gray, equalized);
    const int block = std::max(3, (gray.rows / 3) | 1);
    for (const bool dark : {true, false}) {
        const int type = dark ? cv::THRESH_BINARY_INV : cv::THRESH_BINARY;
        std::vector<cv::Mat> binaries(3);
        cv::adaptiveThreshold(equalized, binaries[0], 255, cv::ADAPTIVE_THRESH_MEAN_C, type, block,
                              dark ? 7 : -7);
        cv::adaptiveThreshold(equalized, binaries[1], 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, type,
                              block | 1, dark ? 15 : -15);
        cv::threshold(equalized, binaries[2], 0, 255, type | cv::THRESH_OTSU);
        if (dark && !uncoloured.empty()) {
            binaries.emplace_back();
            cv::threshold(uncoloured, binaries.back(), 0, 255, type | cv::THRESH_OTSU);
        }
        for (cv::Mat& binary : binaries) {
            std::vector<Blob> line = bestLine(characterBlobs(binary));
            trimEnds(line, gray.cols);
            const double score = rowScore(line, gray.rows, gray.cols);
            if (score <= 0)
                continue;
            Row row;
            row.binary = binary;
            for (const Blob& b : line) {
                row.chars.push_back(b.box);
                row.glyphs.push_back(binary(b.box));
            }
            double h = 0;
            for (const Blob& b : line)
                h += b.box.height;
            row.charHeight = h / line.size();
            row.score = score;
            row.darkText = dark;
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.score > b.score; });
    if (!rows.empty()) {
        Row fused = fuse(rows, gray.size());
        if (fused.chars.size() > rows.front().chars.size())
            rows.insert(rows.begin(), std::move(fused));
        for (Row& row : rows)
            fillGaps(row, extent);
    }
    if (static_cast<int>(rows.size()) > maxRows)
        rows.resize(maxRows);
    return rows;
}

} // namespace pl::core
