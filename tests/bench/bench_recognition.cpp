// Plate recognition benchmark: runs the engine over a folder of images with
// ground truth and prints accuracy and speed (see docs/benchmarks.md).
//
//   bench_recognition --plates DIR   cropped plates, DIR/groundtruth.csv:
//                                    image,state,text
//   bench_recognition --scenes DIR   whole photos, DIR/groundtruth.tsv:
//                                    image x y width height text
//   bench_recognition --glyphs DIR   the character classifier alone, on the
//                                    characters segmented from cropped plates
//                                    whose row has the plate's length
//
// Images are read from DIR/images. Text is compared after keeping A-Z and
// 0-9 only. Single thread; the first image is read once before timing.

#include "core/recognition/CharClassifier.h"
#include "core/recognition/CharacterSegmenter.h"
#include "core/recognition/OcrThreads.h"
#include "core/recognition/PlateReader.h"
#include "core/recognition/PlateRecognizer.h"
#include "core/recognition/PlateText.h"
#include "core/recognition/Scaling.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <numeric>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace pl;

namespace {

struct Truth {
    QString image;
    QString text;
    cv::Rect box; // scenes only
};

QList<Truth> loadTruth(const QString& dir, bool scenes) {
    QList<Truth> truths;
    QFile file(QDir(dir).filePath(scenes ? QStringLiteral("groundtruth.tsv")
                                         : QStringLiteral("groundtruth.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return truths;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts =
            line.split(scenes ? QLatin1Char('\t') : QLatin1Char(','), Qt::KeepEmptyParts);
        Truth truth;
        if (scenes && parts.size() >= 6) {
            truth.image = parts[0];
            truth.box =
                cv::Rect(parts[1].toInt(), parts[2].toInt(), parts[3].toInt(), parts[4].toInt());
            truth.text = core::PlateText::normalize(parts[5]);
        } else if (!scenes && parts.size() >= 3) {
            truth.image = parts[0];
            truth.text = core::PlateText::normalize(parts[2]);
        } else {
            continue;
        }
        truths.append(truth);
    }
    return truths;
}

double peakMiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The classifier's accuracy on segmented characters: only rows with as many
// characters as the plate are counted, so characters line up with the text.
int benchGlyphs(const QList<Truth>& truths, const QString& dir, const QString& model,
                const QString& dumpDir, bool verbose, QTextStream& out) {
    auto classifier =
        model.isEmpty() ? core::CharClassifier::builtIn() : core::CharClassifier::fromFile(model);
    if (!classifier) {
        out << classifier.error().message() << Qt::endl;
        return 1;
    }
    int plates = 0, glyphs = 0, top1 = 0, top3 = 0;
    for (const Truth& truth : truths) {
        const cv::Mat image = cv::imread(
            QFile::encodeName(QDir(dir).filePath(QStringLiteral("images/") + truth.image))
                .toStdString(),
            cv::IMREAD_GRAYSCALE);
        if (image.empty())
            continue;
        const cv::Mat gray = core::scaledToHeight(image, 100);
        const auto rows =
            core::CharacterSegmenter::segment(gray, 1, core::CharacterSegmenter::Extent::Plate);
        if (rows.empty() ||
            static_cast<qsizetype>(rows.front().glyphs.size()) != truth.text.size()) {
            if (verbose)
                out << "length " << truth.image << ' ' << truth.text.size() << ' '
                    << (rows.empty() ? 0 : rows.front().glyphs.size()) << Qt::endl;
            if (!dumpDir.isEmpty() && !rows.empty()) {
                cv::Mat shown;
                cv::cvtColor(gray, shown, cv::COLOR_GRAY2BGR);
                for (const cv::Rect& box : rows.front().chars)
                    cv::rectangle(shown, box, cv::Scalar(0, 0, 255), 1);
                cv::imwrite(
                    QFile::encodeName(QDir(dumpDir).filePath(QStringLiteral("len-") + truth.image))
                        .toStdString(),
                    shown);
            }
            continue;
        }
        ++plates;
        for (size_t i = 0; i < rows.front().glyphs.size(); ++i) {
            const QChar want = truth.text.at(static_cast<qsizetype>(i));
            const auto choices = classifier.value()->classify(rows.front().glyphs[i], 3);
            ++glyphs;
            top1 += !choices.empty() && choices.front().first == want;
            if (verbose && !choices.empty() && choices.front().first != want)
                out << want << "->" << choices.front().first << Qt::endl;
            for (const auto& choice : choices)
                top3 += choice.first == want;
            if (!dumpDir.isEmpty())
                cv::imwrite(
                    QFile::encodeName(
                        QDir(dumpDir).filePath(QStringLiteral("%1-%2-%3.png")
                                                   .arg(want)
                                                   .arg(truth.image.section(QLatin1Char('.'), 0, 0))
                                                   .arg(i)))
                        .toStdString(),
                    rows.front().glyphs[i]);
        }
    }
    const auto rate = [glyphs](int n) {
        return glyphs ? static_cast<double>(n) / glyphs : 0.0;
    };
    out << "plates          " << plates << " of " << truths.size() << " (row of the plate's length)"
        << Qt::endl;
    out << "characters      " << glyphs << Qt::endl;
    out << "top-1           " << QString::number(rate(top1), 'f', 3) << Qt::endl;
    out << "top-3           " << QString::number(rate(top3), 'f', 3) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    // Single thread: Tesseract's OpenMP and OpenCV's own pool.
    core::restartWithOneOcrThread(argv);
    cv::setNumThreads(1);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plate recognition benchmark."));
    parser.addHelpOption();
    const QCommandLineOption platesOption(QStringLiteral("plates"),
                                          QStringLiteral("Folder of cropped plates."),
                                          QStringLiteral("dir"));
    const QCommandLineOption scenesOption(
        QStringLiteral("scenes"), QStringLiteral("Folder of whole photos."), QStringLiteral("dir"));
    const QCommandLineOption candidatesOption(
        QStringLiteral("candidates"), QStringLiteral("Candidates per plate (N, default 10)."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption modelOption(
        QStringLiteral("char-model"),
        QStringLiteral("A character classifier file (default: the built-in one)."),
        QStringLiteral("file"));
    const QCommandLineOption regionsOption(
        QStringLiteral("regions"), QStringLiteral("Regions of a photo read at most (default 12)."),
        QStringLiteral("n"), QStringLiteral("12"));
    const QCommandLineOption glyphsOption(
        QStringLiteral("glyphs"),
        QStringLiteral("Folder of cropped plates: the character classifier alone."),
        QStringLiteral("dir"));
    const QCommandLineOption dumpOption(
        QStringLiteral("dump-glyphs"),
        QStringLiteral("With --glyphs: write each character image to this folder."),
        QStringLiteral("dir"));
    const QCommandLineOption truthBoxOption(
        QStringLiteral("truth-box"),
        QStringLiteral("With --scenes: read only each photo's true plate box, as a crop."));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print each image's result."));
    parser.addOptions({platesOption, scenesOption, glyphsOption, dumpOption, candidatesOption,
                       modelOption, regionsOption, truthBoxOption, verboseOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(glyphsOption)) {
        const QString glyphDir = parser.value(glyphsOption);
        return benchGlyphs(loadTruth(glyphDir, false), glyphDir, parser.value(modelOption),
                           parser.value(dumpOption), parser.isSet(verboseOption), out);
    }
    const bool scenes = parser.isSet(scenesOption);
    const QString dir = scenes ? parser.value(scenesOption) : parser.value(platesOption);
    if (dir.isEmpty()) {
        err << "give --plates DIR or --scenes DIR" << Qt::endl;
        return 2;
    }
    const QList<Truth> truths = loadTruth(dir, scenes);
    if (truths.isEmpty()) {
        err << "no ground truth found in " << dir << Qt::endl;
        return 1;
    }
    core::PlateRecognizer::Options options;
    options.maxCandidates = parser.value(candidatesOption).toInt();
    options.characterModel = parser.value(modelOption);
    options.maxRegions = parser.value(regionsOption).toInt();
    auto recognizer = core::PlateRecognizer::create(options);
    if (!recognizer) {
        err << recognizer.error().message() << Qt::endl;
        return 1;
    }
    const bool truthBox = scenes && parser.isSet(truthBoxOption);
    const auto recognize = [&](const cv::Mat& image) {
        return scenes && !truthBox ? recognizer.value()->recognize(image)
                                   : recognizer.value()->recognizePlate(image);
    };
    const auto load = [&dir](const Truth& truth) {
        return cv::imread(
            QFile::encodeName(QDir(dir).filePath(QStringLiteral("images/") + truth.image))
                .toStdString(),
            cv::IMREAD_COLOR);
    };
    // Warm up: the OCR model and the first allocations.
    recognize(load(truths.first()));

    int images = 0, found = 0, firstFound = 0, top1 = 0, topN = 0, unreadable = 0;
    std::vector<double> ms;
    for (const Truth& truth : truths) {
        cv::Mat image = load(truth);
        if (truthBox && !image.empty())
            image = image(truth.box & cv::Rect(0, 0, image.cols, image.rows)).clone();
        if (image.empty()) {
            ++unreadable;
            continue;
        }
        ++images;
        QElapsedTimer timer;
        timer.start();
        const QList<core::PlateResult> results = recognize(image);
        ms.push_back(timer.nsecsElapsed() / 1e6);
        bool isFound = false, isTop1 = false, isTopN = false;
        for (int r = 0; r < results.size(); ++r) {
            const core::PlateResult& result = results[r];
            const cv::Rect box(result.box.x(), result.box.y(), result.box.width(),
                               result.box.height());
            const bool overlaps = !scenes || truthBox || (box & truth.box).area() > 0;
            if (!overlaps)
                continue;
            isFound = true;
            firstFound += r == 0;
            for (int c = 0; c < result.candidates.size(); ++c) {
                if (result.candidates[c].text == truth.text) {
                    isTopN = true;
                    if (r == 0 && c == 0)
                        isTop1 = true;
                }
            }
        }
        found += isFound;
        top1 += isTop1;
        topN += isTopN;
        if (parser.isSet(verboseOption)) {
            QStringList texts;
            if (!results.isEmpty()) {
                for (const core::PlateCandidate& c : results.first().candidates)
                    texts.append(c.text);
            }
            out << (isTop1   ? "ok  "
                    : isTopN ? "topN"
                             : "miss")
                << ' ' << truth.image << ' ' << truth.text << " -> " << texts.join(QLatin1Char(' '))
                << Qt::endl;
        }
    }
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const double mean = ms.empty() ? 0 : std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size();
    const double median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    const auto rate = [images](int n) {
        return images ? static_cast<double>(n) / images : 0.0;
    };
    out << "images          " << images << " (" << (scenes ? "scenes" : "cropped plates") << ", "
        << dir << ")" << Qt::endl;
    if (unreadable)
        out << "unreadable      " << unreadable << Qt::endl;
    if (scenes)
        out << "found-rate      " << QString::number(rate(found), 'f', 3) << " (first result "
            << QString::number(rate(firstFound), 'f', 3) << ")" << Qt::endl;
    out << "top-1 exact     " << QString::number(rate(top1), 'f', 3) << Qt::endl;
    out << "top-" << options.maxCandidates << " contains  " << QString::number(rate(topN), 'f', 3)
        << Qt::endl;
    out << "ms per image    mean " << QString::number(mean, 'f', 1) << ", median "
        << QString::number(median, 'f', 1) << " (single thread, warm)" << Qt::endl;
    out << "peak memory     " << QString::number(peakMiB(), 'f', 1) << " MiB VmHWM" << Qt::endl;
    return 0;
}
